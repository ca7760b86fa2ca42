namespace DocCheck.Structure;

/// <summary>Finds the innermost outline item around an offset, and an item's parent, without scanning every item.</summary>
public sealed class OutlineIndex
{
    private readonly OutlineNode[] _nodes;            // document order (label start)
    private readonly Dictionary<OutlineNode, OutlineNode> _parents = new(ReferenceEqualityComparer.Instance);

    public OutlineIndex(IEnumerable<OutlineNode> nodes)
    {
        _nodes = nodes.OrderBy(n => n.LabelSpan.Start).ToArray();
        foreach (var n in _nodes)
            foreach (var c in n.Children) _parents[c] = n;
    }

    /// <summary>The deepest item whose span contains <paramref name="offset"/>, or null.</summary>
    public OutlineNode? Deepest(int offset)
    {
        int lo = 0, hi = _nodes.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_nodes[mid].LabelSpan.Start <= offset) lo = mid + 1; else hi = mid;
        }
        // The last item starting before the offset, or one of its ancestors, contains it.
        for (var n = lo > 0 ? _nodes[lo - 1] : null; n is not null; n = Parent(n))
            if (n.Span.Contains(offset)) return n;
        return null;
    }

    /// <summary>The item <paramref name="child"/> stands under, or null for a top-level item.</summary>
    public OutlineNode? Parent(OutlineNode child) => _parents.TryGetValue(child, out var p) ? p : null;
}
