using DocCheck.Extraction.Citations;

namespace DocCheck.Rules.Citations;

/// <summary>DC2001: the same instrument is cited with different dates in one document (225/QĐ-TTg: 04/12/2016 and 04/02/2016).</summary>
public sealed class ConflictingDatesRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC2001", RuleCategory.Citations, RuleLevel.Error,
        "Một văn bản được dẫn với hai ngày khác nhau", "Same instrument cited with different dates",
        "{0} được dẫn với ngày {1}, nhưng ở dòng {2} lại ghi ngày {3}", "{0} is cited as dated {1}, but line {2} gives {3}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        var doc = c.Document.Normalized;
        // Several laws share a name (Luật Giáo dục 2005, 2019), so named laws are not compared.
        // A number without a year (administrative, Party) is reused in other years ("01/KH-UBND" every January):
        // only mentions dated in the same year can be the same instrument.
        foreach (var group in c.Document.Citations.Where(x => !x.IsSelf && x.Date is { IsValid: true } && x.Kind is not (CitationKind.Standard or CitationKind.NamedLaw))
                     .GroupBy(x => x.Year is null ? (x.Key, x.Date!.Value!.Value.Year) : (x.Key, 0)))
        {
            string key = group.Key.Key;
            var byDate = group.GroupBy(x => x.Date!.Value!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).ToList();
            if (byDate.Count < 2) continue;
            // The date most mentions agree on is taken as the reference; every other date is reported once.
            var reference = byDate[0].First();
            foreach (var other in byDate.Skip(1))
            {
                var cite = other.First();
                int refLine = doc.SourcePosition(reference.DateSpan!.Value.Start).Line;
                yield return c.Report(Rule, cite.DateSpan ?? cite.SymbolSpan,
                    [key, Vi(cite.Date!.Value!.Value), refLine, Vi(reference.Date!.Value!.Value)],
                    [new RelatedLocation(reference.DateSpan!.Value, $"{key} {Vi(reference.Date!.Value!.Value)}")]);
            }
        }
    }

    internal static string Vi(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
