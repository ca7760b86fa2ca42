using DocCheck.Extraction.Dates;

namespace DocCheck.Rules.Dates;

/// <summary>DC3003: a deadline or activity year outside the plan's period (a 2021 plan whose rows say "Trong năm 2020").</summary>
public sealed class DeadlineOutsidePeriodRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC3003", RuleCategory.Dates, RuleLevel.Warning,
        "Thời hạn nằm ngoài thời kỳ của kế hoạch", "Deadline outside the plan's period",
        "Thời hạn \"{0}\" nằm ngoài thời kỳ của kế hoạch ({1}): {2}", "Deadline \"{0}\" is outside the plan's period ({1}): {2}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        if (c.Period is not { } period) yield break;
        foreach (var d in c.Document.Plan.Deadlines)
        {
            if (d.When.Start is not { } start || d.When.End is not { } end) continue;
            if (d.When.Kind == DateKind.Ongoing) continue;
            if (end.Year >= period.StartYear && start.Year <= period.EndYear) continue;
            var related = period.Span.Length > 0 ? new[] { new RelatedLocation(period.Span, period.Text) } : [];
            yield return c.Report(Rule, d.When.Span, [c.Quote(d.When.Span), period.ToString(), DeadlineBeforeDocumentRule.Short(d.Task)], related);
        }
    }
}
