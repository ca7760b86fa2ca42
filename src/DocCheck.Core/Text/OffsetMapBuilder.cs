using System.Text;

namespace DocCheck.Text;

/// <summary>Builds an output text together with the <see cref="OffsetMap"/> back to its input.</summary>
public sealed class OffsetMapBuilder
{
    private readonly StringBuilder _text;
    private int[] _start;
    private int[] _end;
    private int _count;
    private readonly int _inputLength;

    public OffsetMapBuilder(int inputLength, int capacity = 0)
    {
        _inputLength = inputLength;
        capacity = Math.Max(16, capacity);
        _text = new StringBuilder(capacity);
        _start = new int[capacity];
        _end = new int[capacity];
    }

    /// <summary>Characters written so far.</summary>
    public int Length => _count;

    /// <summary>The last character written, or '\0'.</summary>
    public char Last => _count == 0 ? '\0' : _text[_count - 1];

    /// <summary>Appends one character that stands for input range [inputStart, inputEnd).</summary>
    public void Append(char c, int inputStart, int inputEnd)
    {
        Ensure(_count + 1);
        _text.Append(c);
        _start[_count] = inputStart;
        _end[_count] = inputEnd;
        _count++;
    }

    /// <summary>Appends input characters unchanged; each maps to itself.</summary>
    public void AppendCopy(string input, int inputStart, int length)
    {
        Ensure(_count + length);
        _text.Append(input, inputStart, length);
        for (int k = 0; k < length; k++)
        {
            _start[_count] = inputStart + k;
            _end[_count] = inputStart + k + 1;
            _count++;
        }
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
        _text.Length = _count;
    }

    /// <summary>The text and its map.</summary>
    public (string Text, OffsetMap Map) Build()
    {
        Array.Resize(ref _start, _count);
        Array.Resize(ref _end, _count);
        return (_text.ToString(), OffsetMap.FromArrays(_inputLength, _start, _end));
    }

    private void Ensure(int needed)
    {
        if (needed <= _start.Length) return;
        int size = Math.Max(needed, _start.Length * 2);
        Array.Resize(ref _start, size);
        Array.Resize(ref _end, size);
    }
}
