using DocCheck.Extraction.Dates;

namespace DocCheck.Rules.Dates;

/// <summary>DC3003: a deadline or activity year outside the plan's period (a 2021 plan whose rows say "Trong năm 2020").</summary>
public sealed class DeadlineOutsidePeriodRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC3003", RuleCategory.Dates, RuleLevel.Info,
        "Thời hạn nằm ngoài thời kỳ của kế hoạch", "Deadline outside the plan's period",
        "Thời hạn \"{0}\" nằm ngoài thời kỳ của kế hoạch ({1}): {2}", "Deadline \"{0}\" is outside the plan's period ({1}): {2}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        if (c.Period is not { } period) yield break;
        // Decisions announcing an index, reports, circulars have dates but no plan period to keep to.
        if (!c.IsPlan && c.Options.Period is null) yield break;
        foreach (var d in c.Document.Plan.Deadlines)
        {
            if (d.When.Start is not { } start || d.When.End is not { } end) continue;
            if (d.When.Kind == DateKind.Ongoing) continue;
            if (end.Year >= period.StartYear && start.Year <= period.EndYear) continue;
            // "giai đoạn 2027-2030" is an orientation, "Từ 01/7/2025" the start of something still running.
            if (d.When.Kind == DateKind.YearRange || (d.When.Qualifier == DateQualifier.From && start.Year < period.StartYear)) continue;
            // One end of "từ tháng 12/2020 đến tháng 3/2021": the range as a whole reaches into the period.
            if (d.EndOfRange) continue;
            // Preparing the plan itself ("ban hành kế hoạch trước 31/12/2025" in the 2026 plan) happens just before it.
            if (end.Year == period.StartYear - 1 && end.Month >= 10 && d.When.Kind is DateKind.Day or DateKind.Month or DateKind.Quarter) continue;
            // Reports, reviews and award files of the period are due early in the next year.
            if (start.Year == period.EndYear + 1 && start.Month <= 3 && d.IsWrapUp) continue;
            var related = period.Span.Length > 0 ? new[] { new RelatedLocation(period.Span, period.Text) } : [];
            yield return c.Report(Rule, d.When.Span, [c.Quote(d.When.Span), period.ToString(), DeadlineBeforeDocumentRule.Short(d.Task)], related);
        }
    }
}
