using DocCheck.Extraction.Citations;

namespace DocCheck.Rules.Citations;

/// <summary>DC2002: the year in a normative number differs from the year of its date ("61/2018/NĐ-CP ngày 23/4/2017").</summary>
public sealed class NumberYearRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC2002", RuleCategory.Citations, RuleLevel.Error,
        "Năm trong số hiệu khác năm ban hành", "Year in the number differs from the year of the date",
        "{0} mang năm {1} trong số hiệu nhưng được ghi ban hành ngày {2}", "{0} carries the year {1} but is dated {2}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var x in c.Document.Citations)
        {
            if (x.IsSelf || x.Year is not { } y || x.Kind is CitationKind.NamedLaw or CitationKind.Standard || x.Date is not { IsValid: true } d) continue;
            if (d.Year == y) continue;
            yield return c.Report(Rule, x.DateSpan ?? x.SymbolSpan, [x.Key, y, ConflictingDatesRule.Vi(d.Value!.Value)], [new RelatedLocation(x.SymbolSpan, x.Key)]);
        }
    }
}
