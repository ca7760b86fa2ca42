namespace DocCheck.Text;

/// <summary>
/// Maps offsets of a derived (output) text back to the text it was derived from (input).
/// Each output character remembers the input range it came from; maps compose, so spans in the
/// final normalized text map back to the source exactly.
/// </summary>
/// <remarks>
/// Stored as runs, not per character: in run k, output character <c>i</c> (from <c>_out[k]</c> up to the next run)
/// comes from input range <c>[_in[k] + d, _inEnd[k] + d)</c> with <c>d = i - _out[k]</c>. Copied text is one run
/// whatever its length, so a map costs a few bytes per line instead of eight per character (per-character arrays
/// of a 35 KB document went to the large-object heap and cost a Gen2 collection per document).
/// </remarks>
public sealed class OffsetMap
{
    // Null arrays mean identity.
    private readonly int[]? _out;
    private readonly int[]? _in;
    private readonly int[]? _inEnd;
    private readonly int _runs;

    private OffsetMap(int outputLength, int inputLength, int[]? @out, int[]? @in, int[]? inEnd, int runs)
    {
        OutputLength = outputLength;
        InputLength = inputLength;
        _out = @out;
        _in = @in;
        _inEnd = inEnd;
        _runs = runs;
    }

    /// <summary>Length of the text this map starts from (the derived text).</summary>
    public int OutputLength { get; }

    /// <summary>Length of the text this map leads back to.</summary>
    public int InputLength { get; }

    /// <summary>True when every offset maps to itself.</summary>
    public bool IsIdentity => _out is null;

    /// <summary>How many runs the map is stored as (0 for identity).</summary>
    internal int RunCount => _runs;

    /// <summary>The map of a step that changed nothing.</summary>
    public static OffsetMap Identity(int length) => new(length, length, null, null, null, 0);

    /// <summary>Input offset where output offset <paramref name="offset"/> (0..OutputLength) starts.</summary>
    public int MapStart(int offset)
    {
        if ((uint)offset > (uint)OutputLength) throw new ArgumentOutOfRangeException(nameof(offset));
        if (_out is null) return offset;
        if (offset == OutputLength) return InputLength;
        int k = Find(offset);
        return _in![k] + (offset - _out[k]);
    }

    /// <summary>Input offset where an output span ending at <paramref name="offset"/> (exclusive) ends.</summary>
    public int MapEnd(int offset)
    {
        if ((uint)offset > (uint)OutputLength) throw new ArgumentOutOfRangeException(nameof(offset));
        if (_out is null) return offset;
        if (offset == 0) return MapStart(0);
        int k = Find(offset - 1);
        return _inEnd![k] + (offset - 1 - _out[k]);
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
        var runs = new Runs(next._runs + _runs);
        int hint = 0;
        int endHint = 0;
        for (int k = 0; k < next._runs; k++)
        {
            int from = next._out![k], to = k + 1 < next._runs ? next._out[k + 1] : n;
            int width = next._inEnd![k] - next._in![k];
            // Within run k, and while its characters stay inside one run of this map (their starts) and one run
            // (their ends), the composed start and end grow by one per character: Runs.Add would merge all but the
            // first of them, so only the first of each such stretch is added. Same runs as adding every character.
            for (int i = from; i < to;)
            {
                int s1 = next._in[k] + (i - from);
                int e1 = s1 + width;
                if (s1 >= OutputLength || (e1 > s1 && e1 - 1 >= OutputLength))
                {
                    int start0 = StartAt(s1, ref hint);
                    runs.Add(i, start0, e1 > s1 ? EndAt(e1 - 1, ref hint) : start0);
                    i++;
                    continue;
                }
                int stretch = to - i;
                hint = Find(s1, hint);
                stretch = Math.Min(stretch, RunEnd(hint) - s1);
                int start = _in![hint] + (s1 - _out![hint]);
                int end = start;
                if (e1 > s1)
                {
                    endHint = Find(e1 - 1, endHint);
                    stretch = Math.Min(stretch, RunEnd(endHint) - (e1 - 1));
                    end = _inEnd![endHint] + (e1 - 1 - _out[endHint]);
                }
                runs.Add(i, start, end);
                i += stretch;
            }
        }
        return runs.ToMap(n, InputLength);
    }

    // Output offset where run k ends (exclusive).
    private int RunEnd(int k) => k + 1 < _runs ? _out![k + 1] : OutputLength;

    // Start of output character i (i may be OutputLength), looked up from a hint: composition walks forward.
    private int StartAt(int i, ref int hint)
    {
        if (i >= OutputLength) return InputLength;
        hint = Find(i, hint);
        return _in![hint] + (i - _out![hint]);
    }

    private int EndAt(int i, ref int hint)
    {
        hint = Find(i, hint);
        return _inEnd![hint] + (i - _out![hint]);
    }

    // The run holding output character i (0 <= i < OutputLength): the hint, its successor, or a binary search.
    private int Find(int i, int hint = -1)
    {
        var o = _out!;
        if (hint >= 0 && hint < _runs && o[hint] <= i)
        {
            if (hint + 1 >= _runs || o[hint + 1] > i) return hint;
            if (hint + 2 >= _runs || o[hint + 2] > i) return hint + 1;
        }
        int lo = 0, hi = _runs - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (o[mid] <= i) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>Collects runs from characters given in output order; a character that continues the last run adds nothing.</summary>
    internal struct Runs(int capacity)
    {
        private int[] _out = new int[Math.Max(4, capacity)];
        private int[] _in = new int[Math.Max(4, capacity)];
        private int[] _inEnd = new int[Math.Max(4, capacity)];
        private int _count;

        /// <summary>Output character <paramref name="i"/> (one more than the last given) came from [start, end).</summary>
        public void Add(int i, int start, int end)
        {
            if (_count > 0)
            {
                int k = _count - 1, d = i - _out[k];
                if (_in[k] + d == start && _inEnd[k] + d == end) return;
            }
            if (_count == _out.Length)
            {
                int size = _count * 2;
                Array.Resize(ref _out, size);
                Array.Resize(ref _in, size);
                Array.Resize(ref _inEnd, size);
            }
            _out[_count] = i;
            _in[_count] = start;
            _inEnd[_count] = end;
            _count++;
        }

        /// <summary>Forgets output characters from <paramref name="length"/> on (the text was cut back to that length).</summary>
        public void Truncate(int length)
        {
            while (_count > 0 && _out[_count - 1] >= length) _count--;
        }

        /// <summary>The map, with arrays of its own: appending after this does not change it.</summary>
        public readonly OffsetMap ToMap(int outputLength, int inputLength) =>
            new(outputLength, inputLength, _out[.._count], _in[.._count], _inEnd[.._count], _count);
    }
}
