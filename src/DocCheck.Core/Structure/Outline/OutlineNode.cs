using DocCheck.Text;

namespace DocCheck.Structure;

/// <summary>
/// One numbered or bulleted item. <see cref="Label"/> is as written ("I", "1.1", "a", "-", "Điều 3");
/// <see cref="Span"/> covers the item and everything under it; <see cref="Depth"/> is 1 at the top.
/// </summary>
public sealed record OutlineNode(LabelKind Kind, string Label, TextSpan LabelSpan, TextSpan Span, TextField Heading, int Depth, IReadOnlyList<OutlineNode> Children)
{
    /// <summary>The node and all nodes under it, in document order.</summary>
    public IEnumerable<OutlineNode> DescendantsAndSelf()
    {
        yield return this;
        foreach (var c in Children)
            foreach (var d in c.DescendantsAndSelf()) yield return d;
    }
}
