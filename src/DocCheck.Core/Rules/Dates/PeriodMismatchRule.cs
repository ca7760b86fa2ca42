namespace DocCheck.Rules.Dates;

/// <summary>DC3004: the period in the title differs from the period the body gives the plan.</summary>
public sealed class PeriodMismatchRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC3004", RuleCategory.Dates, RuleLevel.Info,
        "Thời kỳ ở trích yếu khác thời kỳ trong nội dung", "Period in the title differs from the body",
        "Trích yếu ghi thời kỳ {0}, nhưng nội dung nói về {1}", "The title gives the period {0}, but the body speaks of {1}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        if (c.Document.Plan.Period is not { FromTitle: true } title) yield break;
        // The body's own period: the one it repeats most; one that includes the title's years is consistent.
        var body = c.Document.Plan.BodyPeriods
            .GroupBy(p => (p.StartYear, p.EndYear)).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (body is null || body.Count() < 2) yield break;
        var p = body.First();
        if (p.StartYear <= title.StartYear && p.EndYear >= title.EndYear) yield break;
        yield return c.Report(Rule, p.Span, [title.ToString(), p.ToString()], [new RelatedLocation(title.Span, title.Text)]);
    }
}
