namespace DocCheck.Text;

/// <summary>An immutable set of spans answering "does anything overlap this span?" in logarithmic time.</summary>
public sealed class SpanSet
{
    private readonly TextSpan[] _spans;
    private readonly int[] _maxEnd; // running maximum of End, so a backwards scan can stop early

    public SpanSet(IEnumerable<TextSpan> spans)
    {
        _spans = spans.OrderBy(s => s.Start).ToArray();
        _maxEnd = new int[_spans.Length];
        int max = int.MinValue;
        for (int i = 0; i < _spans.Length; i++) { max = Math.Max(max, _spans[i].End); _maxEnd[i] = max; }
    }

    /// <summary>True when some span of the set overlaps <paramref name="span"/> (shares at least one character).</summary>
    public bool Overlaps(TextSpan span)
    {
        // Spans starting before span.End are candidates; scan them backwards while any could still reach span.Start.
        int lo = 0, hi = _spans.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[mid].Start < span.End) lo = mid + 1; else hi = mid;
        }
        for (int k = lo - 1; k >= 0 && _maxEnd[k] > span.Start; k--)
            if (_spans[k].End > span.Start && _spans[k].Length > 0) return true;
        return false;
    }

    /// <summary>True when some span of the set contains <paramref name="offset"/>.</summary>
    public bool Contains(int offset) => Overlaps(new TextSpan(offset, 1));
}
