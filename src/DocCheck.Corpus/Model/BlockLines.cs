namespace DocCheck.Corpus;

/// <summary>
/// The source line of each paragraph, packed for storage: each line as its difference from the one before, in 7-bit
/// groups (most differences take one byte). Paragraph lines never go down.
/// </summary>
public static class BlockLines
{
    public static byte[] Pack(IReadOnlyList<int> lines)
    {
        var bytes = new List<byte>(lines.Count + 4);
        int previous = 0;
        foreach (int line in lines)
        {
            uint delta = (uint)Math.Max(0, line - previous);
            previous = Math.Max(previous, line);
            while (delta >= 0x80) { bytes.Add((byte)(delta | 0x80)); delta >>= 7; }
            bytes.Add((byte)delta);
        }
        return bytes.ToArray();
    }

    public static int[] Unpack(byte[]? packed)
    {
        if (packed is null || packed.Length == 0) return [];
        var lines = new List<int>(packed.Length);
        int line = 0, shift = 0;
        uint delta = 0;
        foreach (byte b in packed)
        {
            delta |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) != 0) { shift += 7; continue; }
            line += (int)delta;
            lines.Add(line);
            delta = 0;
            shift = 0;
        }
        return lines.ToArray();
    }

    /// <summary>The line of the paragraph that holds <paramref name="offset"/> of <paramref name="text"/>, or null when the lines are unknown.</summary>
    public static int? LineAt(string text, IReadOnlyList<int> lines, int offset)
    {
        if (lines.Count == 0) return null;
        int paragraph = 0;
        for (int i = text.IndexOf('\n'); i >= 0 && i < offset; i = text.IndexOf('\n', i + 1)) paragraph++;
        return lines[Math.Min(paragraph, lines.Count - 1)];
    }
}
