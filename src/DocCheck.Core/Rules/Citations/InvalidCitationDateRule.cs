namespace DocCheck.Rules.Citations;

/// <summary>DC2007: the date written with a citation is not a real date ("ngày 31/02/2018").</summary>
public sealed class InvalidCitationDateRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC2007", RuleCategory.Citations, RuleLevel.Error,
        "Ngày của văn bản được dẫn không hợp lệ", "Invalid date in a citation",
        "{0} được ghi ngày {1}/{2}/{3}, không có ngày này", "{0} is dated {1}/{2}/{3}, which does not exist");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var x in c.Document.Citations)
        {
            if (x.IsSelf || x.Date is not { IsValid: false } d || x.DateSpan is null) continue;
            yield return c.Report(Rule, x.DateSpan.Value, [x.Key, d.Day, d.Month, d.Year]);
        }
    }
}
