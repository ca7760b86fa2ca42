using DocCheck.Extraction.Citations;
using DocCheck.Structure;

namespace DocCheck.Rules.Form;

/// <summary>
/// DC1011: an instrument named in the text with its number left blank ("Giám đốc Sở Nội vụ tại Tờ trình số /TTr-SNV
/// ngày tháng 3 năm 2025"). It must be filled before the document is signed. Reads the blank citations, the header's
/// number and the attachment lines. Silent in templates (a form's blanks are for whoever fills it) unless the blank
/// has this document's own symbol and year while the header is numbered (a form annexed to a decision citing
/// "Quyết định số …/2025/QĐ-UBND"): then the message gives the header's number and date. The header's own
/// line is DC1001's; an attachment line ("Kèm theo Quyết định số /QĐ-UBND") is DC1010's.
/// </summary>
public sealed class BlankCitationRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC1011", RuleCategory.Form, RuleLevel.Warning,
        "Văn bản được dẫn chưa có số", "A cited instrument's number is left blank",
        "{0} “{1}” được dẫn mà chưa điền số{2}", "{0} “{1}” is cited with its number left blank{2}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        var blanks = c.Document.BlankCitations;
        if (blanks.Count == 0) yield break;
        var h = c.Document.Structure.Header;
        var own = h.Number is { IsBlank: false } n ? n : null;
        bool en = c.Lang == "en";
        foreach (var b in blanks)
        {
            if (h.Number is { } hn && hn.Field.Span.Contains(b.NumberSpan.Start)) continue;
            // The document's own attachment line is DC1010's (or, in a draft whose header is blank too, DC1001's). A
            // part with no number of its own (a charter approved by a decision) has only that line to fill: reported.
            if (b.IsOwnAttachment && h.Number is not null) continue;
            bool self = own is not null && IsOwn(b, own);
            if (!self && c.InTemplate(b.Span.Start)) continue;
            string written = c.Document.Normalized.Slice(b.NumberSpan);
            string hint = "";
            if (self)
            {
                string date = h.PlaceDate?.Date.Value is { } d ? AttachmentLines.Nd30(d) : "";
                hint = en ? $"; if it is this document, the header gives {own!.Display}{(date.Length > 0 ? " " + date : "")}"
                          : $"; nếu là văn bản này thì phần đầu ghi số {own!.Display}{(date.Length > 0 ? " " + date : "")}";
            }
            yield return c.Report(Rule, b.NumberSpan, [b.TypeWord, written, hint],
                own is not null && self ? [new RelatedLocation(own.Field.Span, own.Field.Text)] : []);
        }
    }

    private static bool IsOwn(BlankCitation b, DocumentNumber own) => Extraction.SelfReferences.AttachmentLineExtractor.IsOwnSymbol(b.Symbol, b.Year, own);
}
