using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Extraction.TextQuality;

/// <summary>
/// Finds traces of mixed or broken encoding in the source text: decomposed letters, Icelandic Ð/ð, UTF-8 read as
/// Windows-1252, words in a legacy 8-bit font, Latin words with Cyrillic or Greek look-alike letters. Stateless and
/// thread-safe; one pass over the source, one linear-time pattern and a look at each word with a letter outside ASCII.
/// </summary>
public static partial class EncodingTraceExtractor
{
    [GeneratedRegex(@"Ã[\u0080-\u00BF]|áº|á»|Æ°|Ä‘|Ä\u0090|Ã´|Ã¢", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Utf8AsLatin1();

    /// <summary>The kinds of trouble <paramref name="doc"/>'s source shows, in the order of <see cref="EncodingTraceKind"/>.</summary>
    public static IReadOnlyList<EncodingTrace> Extract(NormalizedText doc)
    {
        // The source, not the normalized text: normalization composes NFD and turns Ð into Đ.
        string src = doc.Source.Text;
        int nfd = 0, firstNfd = -1, eth = 0, firstEth = -1;
        for (int i = 1; i < src.Length; i++)
        {
            char ch = src[i];
            if (ch is >= '\u0300' and <= '\u036F' && char.IsLetter(src[i - 1]) && CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                nfd++;
                if (firstNfd < 0) firstNfd = i - 1;
            }
            if (ch == '\u00D0' || ch == '\u00F0')
            {
                eth++;
                if (firstEth < 0) firstEth = i;
            }
        }
        var found = new List<EncodingTrace>();
        if (nfd > 0) found.Add(new EncodingTrace(EncodingTraceKind.Decomposed, FromSource(doc, firstNfd, 2), nfd));
        if (eth > 0) found.Add(new EncodingTrace(EncodingTraceKind.IcelandicEth, FromSource(doc, firstEth, 1), eth));
        var moji = Utf8AsLatin1().Matches(src);
        if (moji.Count > 0) found.Add(new EncodingTrace(EncodingTraceKind.Utf8AsLatin1, FromSource(doc, moji[0].Index, moji[0].Length), moji.Count));
        Words(doc, src, found);
        return found;
    }

    // TCVN3 (ABC) puts Vietnamese letters on Latin-1 signs ("¸" á, "µ" à, "¨" ă, "©" â, "ª" ê, "«" ô, "¬" ơ, "\u00AD" ư,
    // "®" đ …) and on letters Vietnamese does not use ("î" ợ, "ã" ó is shared, "ë" ở, "ï" ù …).
    private const string LegacySigns = "¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾";
    private const string ForeignLetters = "ÄÅÆÇËÎÏÑÖØÛÜÞßäåæçëîïñöøûüþÿ";

    // Asked of every letter of the source: a range test first, then a set (a string's Contains searched the whole
    // string for each character).
    private static readonly System.Buffers.SearchValues<char> LegacySignSet = System.Buffers.SearchValues.Create(LegacySigns);
    private static readonly System.Buffers.SearchValues<char> ForeignLetterSet = System.Buffers.SearchValues.Create(ForeignLetters);
    private static readonly System.Buffers.SearchValues<char> LookAlikeSet = System.Buffers.SearchValues.Create(LookAlikes);

    private static bool IsLegacySign(char c) => c is >= '\u00A1' and <= '\u00BE' && LegacySignSet.Contains(c);

    private static bool IsLatin(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' || c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c) || c is >= '\u1E00' and <= '\u1EFF';

    // Cyrillic and Greek letters drawn exactly like a Latin one (the ones a Russian keyboard layout or a copied
    // symbol slips in); "μg", "MΩ", "λi" are units and formulas, not look-alikes.
    private const string LookAlikes = "АВСЕНІЈКМОРЅТХУасеіјорѕхуΑΒΕΗΙΚΜΝΟΡΤΥΧΖο";

    /// <summary>A "-" or "/" at <paramref name="at"/> with a Latin letter or a digit beyond it (in the direction <paramref name="step"/>).</summary>
    private static bool JoinedToLatin(string s, int at, int step) =>
        at >= 0 && at < s.Length && s[at] is '-' or '/' && at + step >= 0 && at + step < s.Length
        && (IsLatin(s[at + step]) || char.IsAsciiDigit(s[at + step]));

    /// <summary>Words with a legacy font's signs or with look-alike letters: only words holding a character past ASCII are looked at.</summary>
    private static void Words(NormalizedText doc, string src, List<EncodingTrace> found)
    {
        int legacy = 0, firstLegacy = -1, legacyLen = 0, mixed = 0, firstMixed = -1, mixedLen = 0;
        int i = 0;
        while (i < src.Length)
        {
            char ch = src[i];
            if (!char.IsLetter(ch)) { i++; continue; }
            int st = i;
            bool wide = false;
            while (i < src.Length && (char.IsAsciiLetter(src[i]) || (src[i] > '\u007F' && (char.IsLetter(src[i]) || IsLegacySign(src[i]))))) { wide |= src[i] > '\u007F'; i++; }
            // A sign at the end is punctuation ("Ghi chú¹", "10 m²" are not words of a font).
            int end = i;
            while (end > st && IsLegacySign(src[end - 1])) end--;
            if (!wide || end - st < 2) continue;
            bool look = false, other = false, sign = false, foreign = false, capInside = false;
            int latin = 0, lowerAscii = 0;
            for (int k = st; k < end; k++)
            {
                char c = src[k];
                if (c is >= '\u0391' and <= '\u0458' && LookAlikeSet.Contains(c)) look = true;
                // A sign between letters ("s¸ch"); one that starts a word is a unit's ("µg").
                else if (IsLegacySign(c)) sign |= k > st;
                else if (IsLatin(c))
                {
                    latin++;
                    if (c is >= 'a' and <= 'z') lowerAscii++;
                    if (c >= '\u00C4' && ForeignLetterSet.Contains(c)) foreign = true;
                    // A Latin-1 capital after a small letter ("chÝnh"); "phườngĐông" is a lost space.
                    if (k > st && c is >= '\u00C0' and <= '\u00DE' && char.IsLower(src[k - 1])) capInside = true;
                }
                else other = true;
            }
            // A symbol's part joined to Latin ones: "NQ-СР" with Cyrillic С and Р.
            if (latin == 0 && look && !other && (JoinedToLatin(src, st - 1, -1) || JoinedToLatin(src, end, 1))) latin = 1;
            if (latin > 0 && look && !other)
            {
                if (mixed++ == 0) { firstMixed = st; mixedLen = end - st; }
            }
            // A legacy font's word has small letters of its own ("trî", "s¸ch"); two letters of binary debris that a
            // .doc converter left ("hü", "hÍY") are the converter's.
            else if (!look && !other && lowerAscii >= 2 && end - st >= 3 && (sign || foreign || capInside))
            {
                if (legacy++ == 0) { firstLegacy = st; legacyLen = end - st; }
            }
        }
        if (legacy >= 2) found.Add(new EncodingTrace(EncodingTraceKind.LegacyFont, FromSource(doc, firstLegacy, legacyLen), legacy));
        if (mixed > 0) found.Add(new EncodingTrace(EncodingTraceKind.MixedScript, FromSource(doc, firstMixed, mixedLen), mixed));
    }

    /// <summary>The span of the normalized text whose characters came from [<paramref name="sourceOffset"/>, + <paramref name="length"/>) of the source.</summary>
    private static TextSpan FromSource(NormalizedText doc, int sourceOffset, int length)
    {
        int n = doc.Text.Length, start = 0;
        while (start < n && doc.Map.MapEnd(start + 1) <= sourceOffset) start++;
        int end = start;
        while (end < n && doc.Map.MapStart(end) < sourceOffset + length) end++;
        return TextSpan.FromBounds(Math.Min(start, n), Math.Max(Math.Min(start, n), end));
    }
}
