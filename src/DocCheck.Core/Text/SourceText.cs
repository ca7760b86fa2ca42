namespace DocCheck.Text;

/// <summary>The text of one input exactly as decoded, with its line starts, so any offset maps to a 1-based line and column.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The path as the user gave it (or a synthetic name for in-memory text).</summary>
    public string Path { get; }

    /// <summary>The decoded text, unchanged.</summary>
    public string Text { get; }

    /// <summary>Number of lines (a final line without a line break counts).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Offset where 1-based <paramref name="line"/> starts.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>The text of 1-based <paramref name="line"/> without its line break.</summary>
    public string LineText(int line)
    {
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && Text[end - 1] is '\n' or '\r' or '\u2028' or '\u2029') end--;
        return Text[start..end];
    }

    /// <summary>Maps an offset (0..Length) to a 1-based line and column.</summary>
    public LinePosition GetPosition(int offset)
    {
        if ((uint)offset > (uint)Text.Length) throw new ArgumentOutOfRangeException(nameof(offset));
        int index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return new LinePosition(index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>
    /// The same lines, with the text of every line but <paramref name="keepLines"/> (1-based) left out and the line
    /// breaks kept: line numbers and <see cref="LineText"/> of a kept line answer as before, for a fraction of the
    /// memory. A lint report over thousands of files keeps this, not each whole text.
    /// </summary>
    public SourceText Excerpt(IEnumerable<int> keepLines)
    {
        var keep = new HashSet<int>(keepLines);
        var b = new System.Text.StringBuilder(LineCount + keep.Count * 80);
        for (int line = 1; line <= LineCount; line++)
        {
            int start = _lineStarts[line - 1], end = line < LineCount ? _lineStarts[line] : Text.Length;
            if (keep.Contains(line)) { b.Append(Text, start, end - start); continue; }
            int content = end;
            while (content > start && Text[content - 1] is '\n' or '\r' or '\u2028' or '\u2029') content--;
            // After a lone "\r", a line left as only its "\n" would join it into one "\r\n" break: one space keeps them apart.
            if (content < end && Text[content] == '\n' && b.Length > 0 && b[^1] == '\r') b.Append(' ');
            b.Append(Text, content, end - content);
        }
        return new SourceText(Path, b.ToString());
    }

    /// <summary>The source text covered by <paramref name="span"/>.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n' || c == '\u2028' || c == '\u2029')
            {
                starts.Add(i + 1);
            }
        }
        // A trailing line break does not open a new, empty line.
        if (starts.Count > 1 && starts[^1] == text.Length) starts.RemoveAt(starts.Count - 1);
        return starts.ToArray();
    }
}
