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
        // Only a plan has a period of its own; a law or a report names other plans' periods.
        if (!c.IsPlan) yield break;
        // The body's own period: the one it repeats most; one that shares a year with the title's is consistent (a title
        // names every year it covers: "… năm 2025 và phương hướng, nhiệm vụ năm 2026" is 2025–2026, and its body's 2025 fits).
        var body = c.Document.Plan.BodyPeriods
            .GroupBy(p => (p.StartYear, p.EndYear)).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (body is null || body.Count() < 2) yield break;
        var p = body.First();
        if (p.StartYear <= title.EndYear && p.EndYear >= title.StartYear) yield break;
        yield return c.Report(Rule, p.Span, [title.ToString(), p.ToString()], [new RelatedLocation(title.Span, title.Text)]);
    }
}
