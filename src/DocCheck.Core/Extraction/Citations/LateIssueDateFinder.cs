using System.Text.RegularExpressions;
using DocCheck.Extraction.Dates;
using DocCheck.Text;

namespace DocCheck.Extraction.Citations;

/// <summary>
/// The issue date written after the issuing body or the title instead of after the number: "Quyết định số
/// 225/QĐ-TTg của Thủ tướng Chính phủ ngày 04/12/2016", "Luật số 102/2015/QH13 do Quốc hội khóa XIII ban hành ngày
/// 24/11/2015", "… phê duyệt Kế hoạch … giai đoạn 2016-2020 ban hành ngày 04/12/2016". The numbered finder reads the
/// issuer and the title up to the date and keeps the date inside them; this step takes it out as the citation's date,
/// so the issuer and the title quote what they are and DC2001 compares the date. Only a date that ends the issuer or
/// the title counts ("…, ngày 15/3/2018 UBND tỉnh đã …" starts another sentence).
/// </summary>
internal static partial class LateIssueDateFinder
{
    /// <summary>The words that say the date is the issue date: "ban hành", "ký", "thông qua", "được ban hành vào".</summary>
    [GeneratedRegex(@"\s(?:được\s+)?(?:ban\s+hành|ký|thông\s+qua)(?:\s+vào)?\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex IssuedLead();

    /// <summary>A word before "ngày" that makes it a bound or a start, not an issue date: "trước", "từ", "chậm nhất là", "đến hết".</summary>
    [GeneratedRegex(@"(?:trước|từ|đến|tới|sau|là|hết|nhất|kể|vào|trong|tại|đó|này)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex BoundLead();

    /// <summary>Moves a trailing issue date out of the issuer or the title of each undated citation of a block.</summary>
    public static void Apply(string block, int offset, List<Citation> inBlock)
    {
        for (int i = 0; i < inBlock.Count; i++)
        {
            var c = inBlock[i];
            if (c.Date is not null || c.Kind is CitationKind.NamedLaw or CitationKind.Standard) continue;
            // Right after the issuer, the date is the issue date unless a word makes it a bound; at the end of a title,
            // only "ban hành"/"ký" makes it one (a title runs on: "…, được sửa đổi bởi Nghị định số … ngày …").
            if (c.IssuerSpan is { } iss && Split(block, offset, iss, verbNeeded: false) is { } a)
                inBlock[i] = c with { Date = a.Date, DateSpan = a.DateSpan, Issuer = a.Before, IssuerSpan = a.BeforeSpan, Span = Cover(c.Span, a.DateSpan) };
            else if (c.SummarySpan is { } sum && Split(block, offset, sum, verbNeeded: true) is { } b)
                inBlock[i] = c with { Date = b.Date, DateSpan = b.DateSpan, Summary = b.Before, SummarySpan = b.BeforeSpan, Span = Cover(c.Span, b.DateSpan) };
        }
    }

    private sealed record Parts(PartialDate Date, TextSpan DateSpan, string Before, TextSpan BeforeSpan);

    private static Parts? Split(string block, int offset, TextSpan span, bool verbNeeded)
    {
        int start = span.Start - offset, end = span.End - offset;
        if (start < 0 || end > block.Length || end - start < 12) return null;
        string text = block[start..end];
        int at = text.LastIndexOf("ngày", StringComparison.OrdinalIgnoreCase);
        if (at < 0) at = text.LastIndexOf("ngay", StringComparison.OrdinalIgnoreCase);
        if (at <= 0) return null;
        // The date is read in the block: the issuer may stop inside it ("Quốc hội ngày 20 tháng 6" before "năm 2012").
        var m = DatePatterns.DayDate().Match(block, start + at, Math.Min(block.Length - start - at, MaxDate));
        if (!m.Success || m.Index != start + at || m.Index + m.Length < start + text.TrimEnd().Length) return null;
        var lead = IssuedLead().Match(text, 0, at);
        int cut;
        if (lead.Success) cut = lead.Index;
        else if (!verbNeeded && at > 0 && text[at - 1] == ' ' && !BoundLead().IsMatch(text.AsSpan(0, at))) cut = at - 1;
        else return null;
        string before = text[..cut].TrimEnd(' ', ',');
        // Another instrument's number before the date makes the date that one's.
        if (before.Length == 0 || before.Contains('/')) return null;
        return new Parts(DatePatterns.Parse(m), new TextSpan(offset + m.Index, m.Length), before, new TextSpan(span.Start, before.Length));
    }

    private const int MaxDate = 40;

    private static TextSpan Cover(TextSpan a, TextSpan b) => TextSpan.FromBounds(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));
}
