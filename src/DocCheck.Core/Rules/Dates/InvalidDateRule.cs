namespace DocCheck.Rules.Dates;

/// <summary>DC3001: an impossible calendar date, month or quarter anywhere in the text (31/02, tháng 13, quý V).</summary>
public sealed class InvalidDateRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC3001", RuleCategory.Dates, RuleLevel.Error,
        "Ngày, tháng hoặc quý không tồn tại", "Invalid calendar date, month or quarter",
        "\"{0}\": {1}", "\"{0}\": {1}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var d in c.Document.Dates)
        {
            if (d.IsValid || d.InCitation) continue; // dates of citations: DC2007
            yield return c.Report(Rule, d.Span, [c.Quote(d.Span), d.Problem ?? ""]);
        }
    }
}
