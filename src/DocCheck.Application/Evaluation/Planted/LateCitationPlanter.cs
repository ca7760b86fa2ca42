using DocCheck.Extraction.Citations;
using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>
/// DC2003: the date of a citation becomes one after the document's own — its header date; for a draft whose header
/// date is incomplete ("ngày __ tháng 3 năm 2026"), after the last day it can be; for a document with no header date at
/// all, after every date the text holds (so it is surely later than the document).
/// </summary>
public sealed class LateCitationPlanter : IPlanter
{
    public DefectKind Kind => DefectKind.CitedAfterDocument;

    public IEnumerable<PlantedDefect> Candidates(PlantingSite site, Random random)
    {
        var doc = site.Document;
        DateOnly? reference = site.DocumentDate ?? PartialHeaderEnd(site) ?? doc.Dates.Where(d => d.IsValid && d.End is not null).Select(d => d.End!.Value).DefaultIfEmpty().Max();
        if (reference is not { } own || own == default) yield break;
        var late = own.AddDays(30 + random.Next(170));
        var bodyStarts = site.Body.Select(b => b.Span.Start).ToHashSet();
        var cites = doc.Citations.Where(c => !c.IsSelf && c.Kind != CitationKind.Standard && c.Date?.Value is not null && c.DateSpan is not null
            && bodyStarts.Contains(site.BlockAt(c.Span.Start).Span.Start)).ToList();
        // A year in the number would then differ from the date's (DC2002 too): prefer numbers without one, or with that year.
        var clean = cites.Where(c => c.Year is null || c.Year == late.Year).ToList();
        foreach (var c in clean.Count > 0 ? clean : cites)
        {
            var span = site.ToSource(c.DateSpan!.Value);
            string written = site.Source.Substring(span.Start, span.Length);
            string? replaced = PlantText.ReplaceDigits(written, late.Day, late.Month, late.Year);
            if (replaced is null) continue;
            string symbol = site.Normalized.Slice(c.SymbolSpan);
            string ownText = site.DocumentDate is { } d ? "văn bản ngày " + PlantText.Date(d)
                : site.Document.Structure.Header.PlaceDate is not null ? "ngày ở phần đầu chưa đủ" : "văn bản không có ngày ở phần đầu";
            yield return new PlantedDefect(Kind, [new TextEdit(span, replaced)], site.SourceOf(site.BlockAt(c.Span.Start)),
                $"{symbol} {PlantText.Quote(written)} → {PlantText.Quote(replaced)} ({ownText})");
        }
    }

    /// <summary>A draft's "ngày __ tháng 3 năm 2026": the last day it can be (31/03/2026; 31/12/2026 when the month is blank too).</summary>
    private static DateOnly? PartialHeaderEnd(PlantingSite site)
    {
        if (site.Document.Structure.Header.PlaceDate?.Date is not { Year: int y } d || y < 1900 || y > 2100) return null;
        int month = d.Month is int m and >= 1 and <= 12 ? m : 12;
        return new DateOnly(y, month, DateTime.DaysInMonth(y, month));
    }
}
