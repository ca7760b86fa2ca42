using System.Text;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Extraction.TextQuality;

/// <summary>Words written twice in a row ("hoặc hoặc", "quy trình quy trình"): <see cref="Span"/> is the second copy.</summary>
/// <param name="Span">The repeated copy, to delete.</param>
/// <param name="Words">The words repeated, as written the first time.</param>
public sealed record RepeatedWords(TextSpan Span, string Words);

/// <summary>A syllable split by a stray space ("t ừ", "di đ ộng", "qu y định"): <see cref="Joined"/> is it written whole.</summary>
public sealed record SplitSyllable(TextSpan Span, string Joined);

/// <summary>
/// Slips of typing between words, found in one pass over the words of each line (no word list):
/// <list type="bullet">
/// <item>the same words written twice with only spaces between — two to eight words ("quy trình quy trình", "đơn vị sự
/// nghiệp công lập đơn vị sự nghiệp công lập"), or one function word that Vietnamese never doubles ("hoặc hoặc", "của
/// của"; doubled content words are often reduplication: "dần dần", "từ từ");</item>
/// <item>a lone lower-case initial consonant ("t", "đ", "qu", "ng") followed by a space and a lower-case rhyme that
/// completes it ("ừ", "ộng", "y"), outside numbers and codes ("5 m ở" is a unit).</item>
/// </list>
/// </summary>
public static partial class WordSlipExtractor
{
    // Function words: doubled, they are always a slip. Content words are left out (reduplication is a word-forming rule).
    private static readonly HashSet<string> Function = new(StringComparer.Ordinal)
    {
        // Only words that end no compound which another begins: "Trưởng ban Ban Kiểm soát", "quyết định định giá",
        // "Nghệ nhân nhân dân", "mã số số", "hiện tại tại", "tiếp theo theo", "chuẩn bị bị" are right, so "ban",
        // "định", "nhân", "số", "tại", "theo", "bị" are not here; "là là" is a word; "nhìn được được coi là" is right.
        "hoặc", "và", "của", "các", "những", "cho", "với", "trong", "đã", "sẽ", "để", "này", "thì", "về", "nếu", "nhưng",
    };

    // Initial consonants of Vietnamese syllables (the onset alone is never a word).
    private static readonly HashSet<string> Onsets = new(StringComparer.Ordinal)
    {
        "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s",
        "t", "th", "tr", "v", "x",
    };

    private const int MaxWords = 1;

    // A word by its bounds only: a string per word of the text was most of what this extractor allocated, and only
    // the few words that pass the first tests are ever read as strings.
    private readonly record struct Word(int Start, int End)
    {
        public int Length => End - Start;
        public ReadOnlySpan<char> In(string s) => s.AsSpan(Start, End - Start);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = Function.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OnsetWords = Onsets.GetAlternateLookup<ReadOnlySpan<char>>();

    public static (IReadOnlyList<RepeatedWords> Repeats, IReadOnlyList<SplitSyllable> Splits) Extract(NormalizedText doc)
    {
        string s = doc.Text;
        var repeats = new List<RepeatedWords>();
        var splits = new List<SplitSyllable>();
        var words = new List<Word>();
        int lineStart = 0;
        while (lineStart < s.Length)
        {
            int lineEnd = s.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = s.Length;
            words.Clear();
            for (int i = lineStart; i < lineEnd;)
            {
                if (!char.IsLetter(s[i])) { i++; continue; }
                int st = i;
                while (i < lineEnd && (char.IsLetter(s[i]) || char.GetUnicodeCategory(s[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)) i++;
                words.Add(new Word(st, i));
            }
            Repeats(doc, s, words, repeats);
            Splits(doc, s, words, splits);
            lineStart = lineEnd + 1;
        }
        return (repeats, splits);
    }

    private static bool SpacesOnly(string s, int from, int to)
    {
        if (to <= from) return false;
        for (int k = from; k < to; k++) if (s[k] is not (' ' or '\t')) return false;
        return true;
    }

    /// <summary>A word standing alone: not glued to digits or a code's punctuation.</summary>
    private static bool Free(string s, Word w) =>
        !(w.Start > 0 && (char.IsDigit(s[w.Start - 1]) || s[w.Start - 1] is '-' or '/' or '_' or '.' or '\'' or '@'))
        && !(w.End < s.Length && (char.IsDigit(s[w.End]) || s[w.End] is '-' or '/' or '_' or '@'));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\*\*)?(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.|\p{Ll}\)|Điều\s+\d+|Chương\b|Mục\b|Phần\b)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex HeadingStart();

    /// <summary>
    /// The two copies are on one source line, or on two where the first line is running text wrapped (60 characters or
    /// more, not a heading): a heading "4. Đơn vị báo cáo" whose body starts "Đơn vị báo cáo là …" is joined to it by
    /// reflow, and is no repetition.
    /// </summary>
    private static bool SameSourceLine(NormalizedText doc, string s, int from, int to)
    {
        var src = doc.ToSource(TextSpan.FromBounds(from, to));
        string t = doc.Source.Text;
        int nl = t.IndexOf('\n', src.Start, Math.Max(0, src.End - src.Start));
        if (nl < 0) return true;
        int ls = t.LastIndexOf('\n', Math.Max(0, nl - 1)) + 1;
        string line = t[ls..nl];
        return line.Trim().Length >= 60 && !HeadingStart().IsMatch(line);
    }

    /// <summary>The text from the line's start to <paramref name="at"/> is a heading marker and a title with no stop.</summary>
    private static bool EndsTitle(string s, int at)
    {
        int ls = at == 0 ? 0 : s.LastIndexOf('\n', at - 1) + 1;
        var m = HeadingStart().Match(s, ls, at - ls);
        if (!m.Success || m.Index != ls) return false;
        for (int k = m.Index + m.Length; k < at; k++)
            if (s[k] is ';' or ':' or ',' || s[k] == '.' && k > m.Index + m.Length + 1) return false;
        return true;
    }

    private static void Repeats(NormalizedText doc, string s, List<Word> w, List<RepeatedWords> found)
    {
        int i = 0;
        while (i < w.Count)
        {
            int best = 0;
            // Repeats of two words or more were measured on corpus-ext (44, about two thirds slips): a noun and its verb
            // ("người sử dụng lao động sử dụng lao động", "Ban Chỉ đạo chỉ đạo"), a table's header cells run together and
            // a title joined to its body repeat words on purpose, so only one function word doubled is reported.
            for (int n = Math.Min(MaxWords, (w.Count - i) / 2); n >= 1; n--)
            {
                bool same = true;
                for (int k = 0; k < n && same; k++)
                    same = w[i + k].In(s).SequenceEqual(w[i + n + k].In(s)) || n > 1 && k == 0 && w[i].In(s).Equals(w[i + n].In(s), StringComparison.OrdinalIgnoreCase) && w[i].In(s)[1..].SequenceEqual(w[i + n].In(s)[1..]);
                if (!same) continue;
                bool spaced = true;
                for (int k = i; k < i + 2 * n - 1 && spaced; k++) spaced = SpacesOnly(s, w[k].End, w[k + 1].Start);
                if (!spaced) continue;
                if (n == 1 && !FunctionWords.Contains(w[i].In(s))) continue;
                // "tù và" is a horn: "còi, tù và và dụng cụ" is right.
                if (n == 1 && w[i].In(s).SequenceEqual("và") && i > 0 && w[i - 1].In(s).SequenceEqual("tù")) continue;
                // Single letters are table marks and list letters ("x x", "h h").
                if (n == 1 && w[i].Length == 1) continue;
                // Upper-case runs are headings and table labels ("NỘI DUNG NỘI DUNG" is rare; "TT TT" a column pair).
                if (AllUpper(w[i].In(s)) && w[i].Length > 1) continue;
                // Two lower-case words twice are often a noun and its verb: "người nộp thuế nộp thuế", "Viện kiểm sát
                // kiểm sát", "Hội đồng định giá định giá tài sản", "các tổ chức tổ chức thực hiện". A capital makes it a
                // name or a heading word ("Liên đoàn Liên đoàn", "Căn cứ Căn cứ").
                if (n == 2 && !char.IsUpper(s[w[i].Start]) && !char.IsUpper(s[w[i + n].Start])) continue;
                if (w.Skip(i).Take(2 * n).All(x => x.Length == 1)) continue;
                if (!SameSourceLine(doc, s, w[i + n - 1].End, w[i + n].Start)) continue;
                // Alternatives and lists repeat on purpose: "bằng đất ở, nhà ở hoặc bằng nhà ở hoặc bằng tiền".
                if (n > 1 && w.Skip(i).Take(n).Any(x => x.In(s) is "hoặc" or "và")) continue;
                // A title and the body that starts by repeating it, on one line: "Điều 87. Chức năng của Kiểm ngư Kiểm
                // ngư là lực lượng …", "a) Vốn điều lệ Vốn điều lệ của Quỹ …".
                if (char.IsUpper(s[w[i + n].Start]) && EndsTitle(s, w[i].Start)) continue;
                best = n;
                break;
            }
            if (best == 0) { i++; continue; }
            var first = TextSpan.FromBounds(w[i].Start, w[i + best - 1].End);
            var second = TextSpan.FromBounds(w[i + best - 1].End, w[i + 2 * best - 1].End);
            found.Add(new RepeatedWords(second, s.Substring(first.Start, first.Length)));
            i += 2 * best;
        }
    }

    private static void Splits(NormalizedText doc, string s, List<Word> w, List<SplitSyllable> found)
    {
        for (int i = 0; i + 1 < w.Count; i++)
        {
            var a = w[i];
            var b = w[i + 1];
            if (a.Length > 3 || !OnsetWords.Contains(a.In(s)) || !SpacesOnly(s, a.End, b.Start) || b.Start - a.End != 1) continue;
            if (!Free(s, a) || !Free(s, b)) continue;
            // After a number the letter is a unit ("5 m ở hai bên"); after a capital word, part of a name or code.
            int before = a.Start - 1;
            while (before >= 0 && s[before] is ' ' or '\t') before--;
            if (before >= 0 && (char.IsDigit(s[before]) || s[before] is ')' or '(' or '.' or ':')) continue;
            string bText = b.In(s).ToString();
            if (bText.Length > 5 || !bText.All(char.IsLower) || !StartsWithVowel(bText)) continue;
            // On one source line: a letter alone on its line ("h", "p" of a PDF's broken layout) is joined to the next
            // line by reflow, and is no typing slip.
            var src = doc.ToSource(TextSpan.FromBounds(a.Start, b.End));
            if (doc.Source.Text.IndexOf('\n', src.Start, src.Length) >= 0) continue;
            string joined = string.Concat(a.In(s), bText);
            // A bare rhyme ("a", "o", "y") after a one-letter onset may be a list letter or an initial; after "qu", "ch",
            // "th" … it is the rest of the word ("qu y định").
            if (!OneVowelGroup(joined) || !Marked(bText) && a.Length < 2) continue;
            found.Add(new SplitSyllable(TextSpan.FromBounds(a.Start, b.End), joined));
        }
    }

    private static bool AllUpper(ReadOnlySpan<char> w)
    {
        foreach (char ch in w) if (!char.IsUpper(ch)) return false;
        return true;
    }

    private static string Base(string w) => new(w.Normalize(NormalizationForm.FormD).Where(ch => char.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark).Select(ch => ch == 'đ' ? 'd' : ch).ToArray());

    private static bool StartsWithVowel(string w) => Base(w) is { Length: > 0 } b && IsVowel(b[0]);

    /// <summary>The rhyme carries a mark of Vietnamese (a tone, a vowel mark): a bare "a", "o", "e" may be a list letter.</summary>
    private static bool Marked(string w) => w.Any(ch => ch > 127);

    private static bool OneVowelGroup(string w)
    {
        string b = Base(w);
        int groups = 0;
        for (int k = 0; k < b.Length; k++)
            if (IsVowel(b[k]) && (k == 0 || !IsVowel(b[k - 1]))) groups++;
        return groups == 1;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
