using System.Text;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Extraction.TextQuality;

/// <summary>A written syllable no Vietnamese word has ("Viêt", "Luât", "thưc", "bỉệt"), with why.</summary>
/// <param name="Span">The word.</param>
/// <param name="Why">"no-tone-on-stop": a syllable closed by p, t, c or ch takes the sắc or nặng tone; "two-tones";
/// "half-horn": the vowel pair ươ written with one horn ("nguời", "đưọc").</param>
public sealed record ImpossibleSyllable(TextSpan Span, string Why);

/// <summary>
/// Finds syllables that break Vietnamese spelling rules, by the rules alone (no word list): a syllable ending in p, t,
/// c or ch carries the sắc or nặng tone ("Việt", "luật", "thực"; "Viêt", "luât", "thưc" are typos), and no syllable
/// carries two tones, and the vowel pair ươ carries its horn on both letters ("người", "được"; "nguời", "đưọc" are typos;
/// "thuở", "huơ" end on the ơ). Only words that are one syllable (one vowel group), written in lower case or with a capital first,
/// and marked as Vietnamese (a vowel mark, a tone or đ) are judged: acronyms ("BKHĐT"), English words ("chat"), loan
/// words of two syllables ("bôxit") and words run together ("vàcác") are left alone. Stateless, one linear pass.
/// </summary>
public static class SyllableExtractor
{
    private const char Acute = '\u0301', Dot = '\u0323', Grave = '\u0300', Hook = '\u0309', Tilde = '\u0303';

    public static IReadOnlyList<ImpossibleSyllable> Extract(NormalizedText doc)
    {
        string s = doc.Text;
        var found = new List<ImpossibleSyllable>();
        int i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetter(s[i])) { i++; continue; }
            int start = i;
            while (i < s.Length && char.IsLetter(s[i])) i++;
            // "Đồng/nguời" is a unit, and misspelt all the same.
            if (i - start is >= 2 and <= 7 && HalfHorned(s.AsSpan(start, i - start))
                && !(start > 0 && char.IsDigit(s[start - 1])) && !(i < s.Length && char.IsDigit(s[i])))
            {
                found.Add(new ImpossibleSyllable(new TextSpan(start, i - start), "half-horn"));
                continue;
            }
            // A word glued to digits ("10năm") or inside a code ("TT-BKHĐT") is another matter.
            if ((start > 0 && (char.IsDigit(s[start - 1]) || s[start - 1] is '-' or '/' or '_')) || (i < s.Length && (char.IsDigit(s[i]) || s[i] is '-' or '/' or '_'))) continue;
            int len = i - start;
            if (len < 2 || len > 7) continue;
            // Most words cannot be wrong in either way: only one ending in p, t, c or ch, or with two letters outside
            // ASCII (two tones need two marked vowels), is decomposed and judged.
            var w = s.AsSpan(start, len);
            if (!(char.ToLowerInvariant(w[^1]) is 'p' or 't' or 'c' or 'h') && !TwoNonAscii(w)) continue;
            if (JudgeRemembered(w) is { } why) found.Add(new ImpossibleSyllable(new TextSpan(start, len), why));
        }
        return found;
    }

    // Written words repeat (a plan of 60 KB has about 1,500 different ones among its 10,000 judged): each thread
    // keeps the verdicts it has reached, so a word is decomposed once and not at each occurrence. Bounded: a corpus
    // of odd text starts the table again rather than grow it without end.
    [ThreadStatic] private static Dictionary<string, string?>? t_verdicts;
    private const int MaxVerdicts = 50_000;

    private static string? JudgeRemembered(ReadOnlySpan<char> word)
    {
        var verdicts = t_verdicts ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        var lookup = verdicts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out string? known)) return known;
        string? why = Judge(word);
        if (verdicts.Count >= MaxVerdicts) verdicts.Clear();
        verdicts[word.ToString()] = why;
        return why;
    }

    /// <summary>Why <paramref name="word"/> cannot be a Vietnamese syllable, or null.</summary>
    internal static string? Judge(ReadOnlySpan<char> word)
    {
        for (int k = 1; k < word.Length; k++) if (char.IsUpper(word[k])) return null;
        string d = word.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(d.Length);
        int tones = 0;
        char tone = '\0';
        bool marked = false;
        foreach (char ch in d)
        {
            switch (ch)
            {
                case Acute or Dot or Grave or Hook or Tilde: tones++; tone = ch; marked = true; break;
                case '\u0302' or '\u0306' or '\u031B': marked = true; break;
                default:
                    if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) return null;
                    if (ch == 'đ') marked = true;
                    else if (ch is < 'a' or > 'z') return null;
                    letters.Append(ch);
                    break;
            }
        }
        if (!marked) return null;
        string b = letters.ToString();
        // One vowel group ("qu" and "gi" keep their vowel in the group: "quốc", "giết" are one syllable anyway).
        int groups = 0;
        for (int k = 0; k < b.Length; k++)
            if (IsVowel(b[k]) && (k == 0 || !IsVowel(b[k - 1]))) groups++;
        if (groups != 1) return null;
        if (tones > 1) return "two-tones";
        bool stop = b.EndsWith("ch", StringComparison.Ordinal) || b[^1] is 'p' or 't' or 'c';
        if (stop && !IsVowel(b[^1]) && tone is not (Acute or Dot)) return "no-tone-on-stop";
        return null;
    }

    private const string HornedO = "ơớờởỡợ", PlainO = "oóòỏõọôốồổỗộ", PlainU = "uúùủũụ";
    private static readonly System.Buffers.SearchValues<char> Horned = System.Buffers.SearchValues.Create("ưứừửữựƯỨỪỬỮỰ" + HornedO);

    /// <summary>
    /// ư followed by an o without its horn, or a u without its horn followed by ơ and more letters (after q the u is
    /// the onset's: "quở"). Lower case, or a capital first, as <see cref="Judge"/> reads.
    /// </summary>
    internal static bool HalfHorned(ReadOnlySpan<char> w)
    {
        // Most words have neither ư nor ơ: one vectorized look settles them (this runs on every short word).
        if (w.IndexOfAny(Horned) < 0) return false;
        for (int k = 1; k < w.Length; k++) if (char.IsUpper(w[k])) return false;
        for (int k = 0; k + 1 < w.Length; k++)
        {
            char a = char.ToLowerInvariant(w[k]), b = w[k + 1];
            if (a is 'ư' or 'ứ' or 'ừ' or 'ử' or 'ữ' or 'ự' && PlainO.Contains(b)) return true;
            if (PlainU.Contains(a) && HornedO.Contains(b) && k + 2 < w.Length && char.IsLetter(w[k + 2])
                && !(k > 0 && char.ToLowerInvariant(w[k - 1]) == 'q')) return true;
        }
        return false;
    }

    private static bool TwoNonAscii(ReadOnlySpan<char> w)
    {
        int n = 0;
        foreach (char ch in w) if (ch > 127 && ++n == 2) return true;
        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
