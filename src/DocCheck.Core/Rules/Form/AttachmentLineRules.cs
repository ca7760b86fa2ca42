using System.Globalization;
using DocCheck.Extraction.SelfReferences;
using DocCheck.Structure;

namespace DocCheck.Rules.Form;

/// <summary>What the two attachment-line rules share: the line names this document (its symbol is the header's).</summary>
internal static class AttachmentLines
{
    /// <summary>The lines whose symbol is the header's own ("2025/QĐ-UBND" and "QĐ-UBND" both match 84/2025/QĐ-UBND).</summary>
    public static IEnumerable<AttachmentLine> Own(RuleContext c, DocumentNumber own) =>
        c.Document.AttachmentLines.Where(a => AttachmentLineExtractor.IsOwnSymbol(a.Symbol, null, own));

    /// <summary>A date as Nghị định 30/2020/NĐ-CP writes it: a zero before days under 10 and months 1 and 2.</summary>
    public static string Nd30(DateOnly d) =>
        $"ngày {d.Day:00} tháng {(d.Month <= 2 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture))} năm {d.Year}";
}

/// <summary>
/// DC1009: a line that attaches a part to this document ("(Kèm theo Quyết định số 3006/QĐ-UBND …)") gives it another
/// number than its header (3005/QĐ-UBND). Reads the attachment lines and the header's number; the header's number is
/// given as the fix. (Another date on that line is DC2001's.)
/// </summary>
public sealed class SelfReferenceNumberRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC1009", RuleCategory.Form, RuleLevel.Warning,
        "Dòng kèm theo ghi số khác số của văn bản", "An attachment line gives the document another number",
        "Dòng kèm theo ghi số “{0}”, nhưng phần đầu ghi số {1}", "The attachment line gives the number “{0}”, but the header gives {1}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        if (c.Document.Structure.Header.Number is not { IsBlank: false, Number: { } ownNumber } own) yield break;
        foreach (var a in AttachmentLines.Own(c, own))
        {
            if (a.Number is null || a.Number == ownNumber.TrimStart('0')) continue;
            string written = c.Document.Normalized.Slice(a.NumberSpan);
            yield return c.Report(Rule, a.NumberSpan, [written, own.Display], [new RelatedLocation(own.Field.Span, own.Field.Text)]);
        }
    }
}

/// <summary>
/// DC1010: a line that attaches a part to this document leaves its number or date blank ("(Kèm theo Quyết định số
/// /QĐ-UBND ngày tháng năm 2025 …)") while the header has them: the Văn thư filled the header and not the annex.
/// The header's number or date is the one correction and is given as the fix. A draft whose header is blank too is
/// left to DC1001/DC1002.
/// </summary>
public sealed class AttachmentBlankRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC1010", RuleCategory.Form, RuleLevel.Warning,
        "Số hoặc ngày của văn bản để trống ở dòng kèm theo", "Number or date left blank in an attachment line",
        "Dòng kèm theo để trống {0} “{1}”, trong khi phần đầu ghi {2}", "The attachment line leaves the {0} blank (“{1}”), while the header gives {2}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        var h = c.Document.Structure.Header;
        if (h.Number is not { IsBlank: false } own) yield break;
        DateOnly? ownDate = h.PlaceDate?.Date.Value;
        bool en = c.Lang == "en";
        foreach (var a in AttachmentLines.Own(c, own))
        {
            if (a.NumberBlank)
                yield return c.Report(Rule, a.NumberSpan, [en ? "number" : "số", c.Document.Normalized.Slice(a.NumberSpan), (en ? "" : "số ") + own.Display],
                    [new RelatedLocation(own.Field.Span, own.Field.Text)], new SuggestedFix(a.NumberSpan, own.Display));
            if (a.DateBlank && a.DateSpan is { } ds && ownDate is { } d && h.PlaceDate is { } pd)
            {
                string right = AttachmentLines.Nd30(d);
                yield return c.Report(Rule, ds, [en ? "date" : "ngày", c.Document.Normalized.Slice(ds), right],
                    [new RelatedLocation(pd.Field.Span, pd.Field.Text)], new SuggestedFix(ds, right));
            }
        }
    }
}
