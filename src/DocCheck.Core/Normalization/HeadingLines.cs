using DocCheck.Lexicon;

namespace DocCheck.Normalization;

/// <summary>
/// What the words of a numbered heading's line tell <see cref="ReflowStep"/> about whether the heading ends there
/// ("2. Cải cách thủ tục hành chính" / "Thời gian thực hiện: …") or wraps onto the next line ("… trách nhiệm của" /
/// "Ủy ban nhân dân tỉnh…"), and the wrap width of hard-wrapped text.
/// </summary>
internal static class HeadingLines
{
    /// <summary>How long a numbered paragraph may be and still be a heading.</summary>
    public const int MaxLength = 200;

    // Positions ("BỘ TRƯỞNG", "CHỦ TỊCH") and the words that open a body's name ("VĂN PHÒNG", "SỞ"), in capitals.
    private static readonly string[] OfficesAndBodies = [.. VietnameseLexicon.SignaturePositions, .. VietnameseLexicon.IssuerWords];

    // The parts of an article a pinpoint names before the article itself ("khoản 3" / "Điều 22").
    private static readonly string[] PinpointWords = ["khoản", "điểm", "tiết"];

    private static readonly char[] SentencePunctuation = ['.', ',', ';', ':', '!', '?'];

    /// <summary>
    /// Where the text of a numbered heading starts in its first line ("2. Cải cách…" → 3), or -1 when the line does
    /// not start with a numbered label (a dash, a plus or a bullet is a list item, not a heading).
    /// </summary>
    public static int TextStart(string line)
    {
        if (line[0] is '-' or '+' or '•' or '–' or '—') return -1;
        var m = LinePatterns.OutlineLabel().Match(line);
        if (!m.Success) return -1;
        int k = m.Index + m.Length;
        while (k > 0 && k <= line.Length && char.IsLetter(line[k - 1])) k--; // "1.1 C" takes the first letter of the text
        while (k < line.Length && line[k] == ' ') k++;
        return k;
    }

    /// <summary>
    /// True when a heading whose (last) line is <paramref name="line"/> may end there because <paramref name="next"/>
    /// starts with a capitalized word and the heading does not stop inside a phrase ("… trách nhiệm của"), a name
    /// ("… do Chủ tịch" / "Ủy ban…", "… người lao động Việt" / "Nam…", "a) Bộ trưởng" / "Bộ Văn hóa…") or a pinpoint
    /// ("… khoản 3" / "Điều 22…"), and <paramref name="next"/> does not open with a cited instrument ("Điều 2. Bãi bỏ toàn
    /// bộ" / "Quyết định số 35/2015/QĐ-UBND…": the verb's object). <paramref name="textStart"/> is where the heading's text starts in the line, -1 when
    /// it started on an earlier line.
    /// </summary>
    public static bool MayEndBefore(string line, int textStart, string next)
    {
        if (line.Length == 0 || !(char.IsUpper(next[0]) && next.Length > 1 && char.IsLower(next[1]))) return false;
        char last = line[^1];
        if (!char.IsLetterOrDigit(last) && last != ')') return false;

        var words = line[Math.Max(textStart, 0)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int counted = words.Length - (textStart >= 0 ? 1 : 0); // the heading's first word is capitalized anyway
        if (counted < 1) return false;
        string lastWord = words[^1].Trim('(', ')', '“', '”', '"');
        if (VietnameseLexicon.PhraseContinuingWords.Contains(lastWord.ToLowerInvariant())) return false;
        if (StartsUpper(lastWord) || (counted >= 2 && StartsUpper(words[^2]))) return false;
        if (EndsWithOfficeOrBody(line) || CitesAnInstrument(next)) return false;
        return !(lastWord.Length > 0 && char.IsDigit(lastWord[0]) && counted >= 2 && Array.IndexOf(PinpointWords, words[^2].ToLowerInvariant()) >= 0);
    }

    /// <summary>A short line without punctuation ("Hợp đồng"): where its paragraph ends with it, it is the rest of a heading.</summary>
    public static bool IsShortUnpunctuated(string line) => line.Length <= 40 && line.IndexOfAny(SentencePunctuation) < 0;

    /// <summary>True when the first word of <paramref name="next"/> would have fitted on <paramref name="line"/>, with room to spare.</summary>
    public static bool NextWordFits(string line, string next, int wrapWidth)
    {
        int nextWord = next.IndexOf(' ');
        return CollapsedLength(line) + 1 + (nextWord < 0 ? next.Length : nextWord) <= wrapWidth * 3 / 4;
    }

    /// <summary>
    /// The length of a full line of hard-wrapped text: the median length of the lines that a sentence continues
    /// past (the next line starts in lower case), runs of spaces counted once; 0 when fewer than 5 lines show it.
    /// </summary>
    public static int WrapWidth(string text)
    {
        var lengths = new List<int>();
        int prev = 0, len = 0;
        bool inSpace = false, atStart = true;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : '\n';
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                prev = len;
                len = 0;
                inSpace = false;
                atStart = true;
                continue;
            }
            if (c is ' ' or '\t' or '\f' or '\v') { if (len > 0) inSpace = true; continue; }
            if (atStart)
            {
                if (prev > 0 && char.IsLower(c)) lengths.Add(prev);
                atStart = false;
            }
            if (inSpace) { len++; inSpace = false; }
            len++;
        }
        if (lengths.Count < 5) return 0;
        lengths.Sort();
        return lengths[lengths.Count / 2];
    }

    // "Quyết định số 35/2015/…", "Nghị định 61/2018/…": a line that opens by citing an instrument continues the sentence
    // before it ("… thay thế" / "Quyết định số …") far more often than it starts one under a heading.
    private static bool CitesAnInstrument(string next)
    {
        foreach (var type in VietnameseLexicon.DocumentTypes)
        {
            if (!next.StartsWith(type.Name, StringComparison.Ordinal) || next.Length <= type.Name.Length + 1 || next[type.Name.Length] != ' ') continue;
            var rest = next.AsSpan(type.Name.Length + 1);
            if (rest.StartsWith("số", StringComparison.Ordinal) || char.IsDigit(rest[0])) return true;
        }
        return false;
    }

    // Written as a name ("Bộ trưởng", "Văn phòng"), not as a common word ("nhiệm vụ", "nhà trường").
    private static bool EndsWithOfficeOrBody(string line)
    {
        string upper = line.ToUpperInvariant();
        foreach (string w in OfficesAndBodies)
            if (upper.EndsWith(w, StringComparison.Ordinal) && (upper.Length == w.Length || upper[^(w.Length + 1)] == ' ')
                && char.IsUpper(line[^w.Length])) return true;
        return false;
    }

    private static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);

    // The length of a trimmed line with each run of spaces counted once.
    private static int CollapsedLength(string line)
    {
        int len = 0;
        bool inSpace = false;
        foreach (char c in line)
        {
            if (c is ' ' or '\t' or '\f' or '\v') { inSpace = true; continue; }
            if (inSpace && len > 0) len++;
            inSpace = false;
            len++;
        }
        return len;
    }
}
