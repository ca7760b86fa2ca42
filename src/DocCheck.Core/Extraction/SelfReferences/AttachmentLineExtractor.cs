using System.Text.RegularExpressions;
using DocCheck.Extraction.Dates;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Extraction.SelfReferences;

/// <summary>
/// A line that attaches a part to a document by its number and date: "(Ban hành kèm theo Quyết định số 2568/QĐ-UBND
/// ngày 21 tháng 11 năm 2025 của …)", "*(Kèm theo Quyết định số ** /QĐ-UBND ngày ** /11/2025 …)*", "(Ban hành theo …)",
/// "(Phê duyệt kèm theo …)". The number and the date may be blank or partial (a draft, or blanks the Văn thư did not
/// fill when the header was).
/// </summary>
/// <param name="Span">From "kèm theo" (or "theo") to the end of the date (or of the number).</param>
/// <param name="TypeWord">"Quyết định", "Nghị quyết", "Kế hoạch" … as written.</param>
/// <param name="NumberSpan">The number and its symbol as written ("2568/QĐ-UBND", "** /QĐ-UBND", "/QĐ-UBND").</param>
/// <param name="Number">The number's digits, or null when blank.</param>
/// <param name="Symbol">The symbol after the number's slash, spaces around hyphens removed ("QĐ-UBND", "2025/QĐ-UBND").</param>
/// <param name="DateSpan">"ngày …" up to "của" or the closing parenthesis, when written.</param>
/// <param name="Date">The date when complete and valid.</param>
public sealed record AttachmentLine(TextSpan Span, string TypeWord, TextSpan NumberSpan, string? Number, string Symbol, TextSpan? DateSpan, DateOnly? Date)
{
    public bool NumberBlank => Number is null;
    /// <summary>The date is written in full but no calendar has it ("20/11/20225").</summary>
    public bool DateMalformed { get; init; }
    public bool DateBlank => DateSpan is not null && Date is null && !DateMalformed;
}

/// <summary>Finds every <see cref="AttachmentLine"/>; stateless, linear-time, gated on the words "kèm theo" and "hành theo".</summary>
public static partial class AttachmentLineExtractor
{
    [GeneratedRegex(@"\(\s*(?:(?:ban\s+hành|phê\s+duyệt)\s+)?(?<kt>kèm\s+theo|(?<=ban\s+hành\s+)theo)\s+(?<tw>quyết\s+định|nghị\s+quyết|kế\s+hoạch|chỉ\s+thị|tờ\s+trình|công\s+văn|thông\s+báo|báo\s+cáo|hướng\s+dẫn|chương\s+trình)\s+số\s*:?\s*(?<num>[\d\s.…_*]{0,24}?)\s*/\s*(?<sym>(?:(?:19|20)\d\d\s*/\s*)?\p{L}[\p{L}\d]*(?:\s*-\s*[\p{L}\d&][\p{L}\d&]*){0,4})(?:[\s,]+(?<dw>ngày)(?<date>[^()]{0,60}?))?(?=\s+của\b|\s*[)(]|\s*$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Line();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Spaces();

    /// <summary>The attachment lines of <paramref name="doc"/>, in document order.</summary>
    public static IReadOnlyList<AttachmentLine> Extract(NormalizedText doc)
    {
        string s = doc.Text;
        if (s.IndexOf("kèm theo", StringComparison.OrdinalIgnoreCase) < 0 && s.IndexOf("hành theo", StringComparison.OrdinalIgnoreCase) < 0) return [];
        var found = new List<AttachmentLine>();
        foreach (Match m in Line().Each(s))
        {
            // An annex's heading starts its line ("*(Kèm theo …" with Markdown emphasis at most); "(ban hành kèm theo
            // Nghị quyết số 140/NQ-CP …)" inside a sentence names another instrument's annex.
            if (!AtLineStart(s, m.Index)) continue;
            var num = m.Groups["num"];
            string digits = new(num.Value.Where(char.IsDigit).ToArray());
            // "Quyết định số 1 2/…" is no number the rules can compare: blank only when no digit at all.
            string written = num.Value.Trim();
            if (digits.Length > 0 && !written.All(char.IsDigit)) continue;
            string? number = digits.Length == 0 ? null : digits.TrimStart('0') is { Length: > 0 } d ? d : "0";
            var sym = m.Groups["sym"];
            string symbol = Spaces().Replace(sym.Value, "");
            var numberSpan = TextSpan.FromBounds(num.Length > 0 ? num.Index : SlashBefore(s, sym.Index), sym.Index + sym.Length);
            TextSpan? dateSpan = null;
            DateOnly? date = null;
            bool malformed = false;
            if (m.Groups["dw"].Success) (dateSpan, date, malformed) = WrittenDate.Read(s, m.Groups["dw"], m.Groups["date"]);
            int spanEnd = dateSpan?.End ?? numberSpan.End;
            found.Add(new AttachmentLine(TextSpan.FromBounds(m.Groups["kt"].Index, spanEnd), Spaces().Replace(m.Groups["tw"].Value, " "),
                numberSpan, number, symbol, dateSpan, date) { DateMalformed = malformed });
        }
        return found;
    }

    /// <summary>
    /// Whether a symbol written after a number's slash ("2025/QĐ-UBND", "QĐ-UBND") is the one of the document whose own
    /// number is <paramref name="own"/> (blank or not): same symbol, and the same year when both have one.
    /// </summary>
    public static bool IsOwnSymbol(string symbol, int? year, DocCheck.Structure.DocumentNumber own)
    {
        string sym = symbol;
        int slash = sym.IndexOf('/');
        if (slash > 0 && int.TryParse(sym.AsSpan(0, slash), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int y))
        {
            year ??= y;
            sym = sym[(slash + 1)..];
        }
        if (year is { } a && own.Year is { } b && a != b) return false;
        return string.Equals(Fold(sym), Fold(own.Symbol), StringComparison.OrdinalIgnoreCase);
    }

    private static string Fold(string s) => s.Replace('Đ', 'D').Replace('đ', 'd');

    private static bool AtLineStart(string s, int at)
    {
        for (int i = at - 1; i >= 0 && s[i] != '\n'; i--)
            if (!(char.IsWhiteSpace(s[i]) || s[i] is '*' or '_')) return false;
        return true;
    }

    /// <summary>The "/" before the symbol, so that a blank number's span starts there.</summary>
    private static int SlashBefore(string s, int symStart)
    {
        int i = symStart - 1;
        while (i > 0 && s[i] != '/') i--;
        return i;
    }
}
