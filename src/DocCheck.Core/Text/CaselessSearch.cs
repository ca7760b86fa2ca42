namespace DocCheck.Text;

/// <summary>
/// Case-insensitive tests for a fixed word, as <see cref="StringComparison.OrdinalIgnoreCase"/> answers them, found by
/// a vectorized search for the word's first letter in either case. The runtime's own search for a word with letters
/// outside ASCII compares case-folded characters at every position, which was a visible part of a lint.
/// </summary>
public static class CaselessSearch
{
    /// <summary>True when <paramref name="text"/> holds <paramref name="word"/> in any letter case.</summary>
    public static bool Contains(ReadOnlySpan<char> text, string word) => IndexOf(text, word) >= 0;

    /// <summary>Where <paramref name="word"/> first stands in <paramref name="text"/> in any letter case, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, string word)
    {
        if (word.Length == 0) return 0;
        char lower = char.ToLowerInvariant(word[0]), upper = char.ToUpperInvariant(word[0]);
        int from = 0;
        while (from <= text.Length - word.Length)
        {
            int k = text[from..(text.Length - word.Length + 1)].IndexOfAny(lower, upper);
            if (k < 0) return -1;
            int at = from + k;
            if (text.Slice(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)) return at;
            from = at + 1;
        }
        return -1;
    }
}
