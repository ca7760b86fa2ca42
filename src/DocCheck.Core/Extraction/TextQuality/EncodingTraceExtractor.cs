using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Extraction.TextQuality;

/// <summary>
/// Finds traces of mixed or broken encoding in the source text: decomposed letters, Icelandic Ð/ð, UTF-8 read as
/// Windows-1252. Stateless and thread-safe; one pass over the source and one linear-time pattern.
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
        return found;
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
