using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Text;

namespace DocCheck.Rules.TextQuality;

/// <summary>DC5001: mixed or broken encoding: decomposed (NFD) letters, Icelandic Ð for Đ, mojibake of UTF-8 or a legacy font.</summary>
public sealed partial class EncodingRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC5001", RuleCategory.Text, RuleLevel.Info,
        "Mã hóa ký tự hỗn hợp hoặc bị lỗi", "Mixed or broken character encoding",
        "{0} ({1} chỗ) — {2}", "{0} ({1} places) — {2}");

    [GeneratedRegex(@"Ã[\u0080-\u00BF]|áº|á»|Æ°|Ä‘|Ä\u0090|Ã´|Ã¢", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Utf8AsLatin1();

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        var doc = c.Document.Normalized;
        string src = doc.Source.Text;
        bool en = c.Lang == "en";
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
        if (nfd > 0)
            yield return At(c, firstNfd, 2, en ? "letters written decomposed (NFD): base letter + combining mark" : "chữ có dấu được viết tách (NFD): chữ cái + dấu rời", nfd,
                en ? "save the file as Unicode NFC (dựng sẵn)" : "lưu lại văn bản ở dạng Unicode dựng sẵn (NFC)");
        if (eth > 0)
            yield return At(c, firstEth, 1, en ? "Icelandic Ð/ð used for Đ/đ" : "dùng chữ Ð/ð của tiếng Iceland thay cho Đ/đ", eth,
                en ? "search by number will miss these" : "tìm kiếm theo số hiệu sẽ bỏ sót các chỗ này");
        var moji = Utf8AsLatin1().Matches(src);
        if (moji.Count > 0)
            yield return At(c, moji[0].Index, moji[0].Length, en ? "UTF-8 text read as Windows-1252 (mojibake)" : "văn bản UTF-8 bị đọc sai bảng mã (lỗi font)", moji.Count,
                en ? "reconvert the text from its original file" : "chuyển đổi lại từ tệp gốc");
    }

    // Findings point into the normalized text: the characters that came from the offending source text.
    private static Finding At(RuleContext c, int sourceOffset, int length, string what, int count, string advice)
    {
        var doc = c.Document.Normalized;
        int n = doc.Text.Length, start = 0;
        while (start < n && doc.Map.MapEnd(start + 1) <= sourceOffset) start++;
        int end = start;
        while (end < n && doc.Map.MapStart(end) < sourceOffset + length) end++;
        var span = TextSpan.FromBounds(Math.Min(start, n), Math.Max(Math.Min(start, n), end));
        return c.Report(Rule, span, [what, count, advice]);
    }
}
