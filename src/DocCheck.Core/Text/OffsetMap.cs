namespace DocCheck.Text;

/// <summary>
/// Maps offsets of a derived (output) text back to the text it was derived from (input).
/// Each output character remembers the input range it came from; maps compose, so spans in the
/// final normalized text map back to the source exactly.
/// </summary>
public sealed class OffsetMap
{
    // For output char i: the input range [_start[i], _end[i]). Null arrays mean identity.
    private readonly int[]? _start;
    private readonly int[]? _end;

    private OffsetMap(int outputLength, int inputLength, int[]? start, int[]? end)
    {
        OutputLength = outputLength;
        InputLength = inputLength;
        _start = start;
        _end = end;
    }

    /// <summary>Length of the text this map starts from (the derived text).</summary>
    public int OutputLength { get; }

    /// <summary>Length of the text this map leads back to.</summary>
    public int InputLength { get; }

    /// <summary>True when every offset maps to itself.</summary>
    public bool IsIdentity => _start is null;

    /// <summary>The map of a step that changed nothing.</summary>
    public static OffsetMap Identity(int length) => new(length, length, null, null);

    internal static OffsetMap FromArrays(int inputLength, int[] start, int[] end)
    {
        if (start.Length != end.Length) throw new ArgumentException("start and end differ in length");
        return new OffsetMap(start.Length, inputLength, start, end);
    }

    /// <summary>Input offset where output offset <paramref name="offset"/> (0..OutputLength) starts.</summary>
    public int MapStart(int offset)
    {
        if ((uint)offset > (uint)OutputLength) throw new ArgumentOutOfRangeException(nameof(offset));
        if (_start is null) return offset;
        return offset == OutputLength ? InputLength : _start[offset];
    }

    /// <summary>Input offset where an output span ending at <paramref name="offset"/> (exclusive) ends.</summary>
    public int MapEnd(int offset)
    {
        if ((uint)offset > (uint)OutputLength) throw new ArgumentOutOfRangeException(nameof(offset));
        if (_end is null) return offset;
        return offset == 0 ? MapStart(0) : _end[offset - 1];
    }

    /// <summary>Maps a span of the output text to the smallest input span that produced it.</summary>
    public TextSpan MapSpan(TextSpan span)
    {
        int start = MapStart(span.Start);
        if (span.Length == 0) return new TextSpan(start, 0);
        int end = Math.Max(start, MapEnd(span.End));
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>
    /// Composes two maps: <c>this</c> maps text1 back to text0 and <paramref name="next"/> maps text2 back
    /// to text1; the result maps text2 back to text0.
    /// </summary>
    public OffsetMap Then(OffsetMap next)
    {
        if (next.InputLength != OutputLength) throw new ArgumentException("maps do not chain", nameof(next));
        if (next.IsIdentity) return this;
        if (IsIdentity) return next;
        int n = next.OutputLength;
        var start = new int[n];
        var end = new int[n];
        for (int i = 0; i < n; i++)
        {
            int s1 = next._start![i];
            int e1 = next._end![i];
            start[i] = MapStart(s1);
            end[i] = e1 > s1 ? _end![e1 - 1] : start[i];
        }
        return new OffsetMap(n, InputLength, start, end);
    }
}
