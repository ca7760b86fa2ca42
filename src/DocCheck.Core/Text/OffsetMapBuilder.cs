using System.Buffers;

namespace DocCheck.Text;

/// <summary>Builds an output text together with the <see cref="OffsetMap"/> back to its input.</summary>
public sealed class OffsetMapBuilder
{
    private char[] _text;
    private OffsetMap.Runs _runs;
    private int _count;
    private readonly int _inputLength;

    public OffsetMapBuilder(int inputLength, int capacity = 0)
    {
        _inputLength = inputLength;
        capacity = Math.Max(16, capacity);
        // Rented: every normalization step that changes the text builds it here, as long as the whole text, and only
        // the string made of it outlives the step.
        _text = ArrayPool<char>.Shared.Rent(capacity);
        _runs = new OffsetMap.Runs(64);
    }

    /// <summary>Characters written so far.</summary>
    public int Length => _count;

    /// <summary>The last character written, or '\0'.</summary>
    public char Last => _count == 0 ? '\0' : _text[_count - 1];

    /// <summary>Appends one character that stands for input range [inputStart, inputEnd).</summary>
    public void Append(char c, int inputStart, int inputEnd)
    {
        Ensure(_count + 1);
        _text[_count] = c;
        _runs.Add(_count, inputStart, inputEnd);
        _count++;
    }

    /// <summary>Appends input characters unchanged; each maps to itself.</summary>
    public void AppendCopy(string input, int inputStart, int length)
    {
        Ensure(_count + length);
        input.CopyTo(inputStart, _text, _count, length);
        // Only the first character can start a run: the others continue it (Runs.Add would merge each of them).
        if (length > 0) _runs.Add(_count, inputStart, inputStart + 1);
        _count += length;
    }

    /// <summary>Appends a string that as a whole stands for input range [inputStart, inputEnd).</summary>
    public void AppendReplacement(string replacement, int inputStart, int inputEnd)
    {
        foreach (char c in replacement) Append(c, inputStart, inputEnd);
    }

    /// <summary>Removes the last character written (e.g. a trailing space before a break).</summary>
    public void RemoveLast()
    {
        if (_count == 0) return;
        _count--;
        _runs.Truncate(_count);
    }

    /// <summary>The text and its map.</summary>
    public (string Text, OffsetMap Map) Build()
    {
        var built = (new string(_text, 0, _count), _runs.ToMap(_count, _inputLength));
        ArrayPool<char>.Shared.Return(_text);
        _text = [];
        _count = 0;
        return built;
    }

    private void Ensure(int needed)
    {
        if (needed <= _text.Length) return;
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _text.Length * 2));
        _text.AsSpan(0, _count).CopyTo(larger);
        if (_text.Length > 0) ArrayPool<char>.Shared.Return(_text);
        _text = larger;
    }
}
