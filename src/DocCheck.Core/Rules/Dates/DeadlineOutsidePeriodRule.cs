using DocCheck.Extraction.Dates;

namespace DocCheck.Rules.Dates;

/// <summary>DC3003: a deadline or activity year outside the plan's period (a 2021 plan whose rows say "Trong năm 2020").</summary>
public sealed class DeadlineOutsidePeriodRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC3003", RuleCategory.Dates, RuleLevel.Info,
        "Thời hạn nằm ngoài thời kỳ của kế hoạch", "Deadline outside the plan's period",
        "Thời hạn \"{0}\" nằm ngoài thời kỳ của kế hoạch ({1}): {2}", "Deadline \"{0}\" is outside the plan's period ({1}): {2}");

    public RuleDescriptor Descriptor => Rule;

    private static bool Stray(IReadOnlyList<Extraction.Plans.Deadline> all, Extraction.Plans.Deadline d, Extraction.Plans.PlanPeriod period)
    {
        int a = d.When.Start!.Value.Year, b = d.When.End!.Value.Year;
        if (a <= period.EndYear + 1) return false;
        foreach (var o in all)
        {
            if (o.When.Span == d.When.Span || o.When.Start is not { } os || o.When.End is not { } oe) continue;
            if (oe.Year >= a - 1 && os.Year <= b + 1) return false;
        }
        return true;
    }

    /// <summary>The other end of the range <paramref name="d"/> is one end of: the nearest other range end a few characters away.</summary>
    private static Extraction.Plans.Deadline? OtherEnd(IReadOnlyList<Extraction.Plans.Deadline> all, Extraction.Plans.Deadline d)
    {
        Extraction.Plans.Deadline? best = null;
        int bestGap = int.MaxValue;
        foreach (var o in all)
        {
            if (!o.EndOfRange || o.When.Span == d.When.Span) continue;
            int gap = o.When.Span.Start >= d.When.Span.End ? o.When.Span.Start - d.When.Span.End : d.When.Span.Start - o.When.Span.End;
            if (gap >= 0 && gap <= 16 && gap < bestGap) { best = o; bestGap = gap; }
        }
        return best;
    }

    public IEnumerable<Finding> Check(RuleContext c)
    {
        // Decisions announcing an index, reports, circulars have dates but no plan period to keep to.
        if (!c.IsPlan && c.Options.Period is null) yield break;
        // A plan that states no period is held to the year it was written and the next.
        if ((c.Period ?? c.Document.Plan.ImpliedPeriod) is not { } period) yield break;
        foreach (var d in c.Document.Plan.Deadlines)
        {
            if (d.When.Start is not { } start || d.When.End is not { } end) continue;
            if (d.When.Kind == DateKind.Ongoing) continue;
            if (end.Year >= period.StartYear && start.Year <= period.EndYear) continue;
            // "giai đoạn 2027-2030" is an orientation.
            if (d.When.Kind == DateKind.YearRange) continue;
            // "từ tháng 2/2021 đến tháng 12/2021" in a 2026–2030 plan: the range as a whole lies outside; it is
            // reported once, at its first end.
            bool wholeRangeOutside = d.EndOfRange && OtherEnd(c.Document.Plan.Deadlines, d) is { } other
                && other.When.Span.Start > d.When.Span.Start && other.When.Start is { } os && other.When.End is { } oe
                && (oe.Year < period.StartYear && end.Year < period.StartYear || os.Year > period.EndYear && start.Year > period.EndYear);
            if (!wholeRangeOutside)
            {
                // "Từ 01/7/2025" is the start of something still running.
                if (d.When.Qualifier == DateQualifier.From && start.Year < period.StartYear) continue;
                // One end of "từ tháng 12/2020 đến tháng 3/2021": the range as a whole reaches into the period.
                if (d.EndOfRange) continue;
            }
            // Held to the year it was written, a plan is only told of a time years after it and away from all its other
            // times ("quý II/2024" among the 2018 tasks of a 2018 plan); one that runs for years has neighbours. A time
            // years before it is more often a condition ("đất sử dụng trước ngày 01/7/2004") than a deadline.
            if (period.Implied && !Stray(c.Document.Plan.Deadlines, d, period)) continue;
            // Preparing the plan itself ("ban hành kế hoạch trước 31/12/2025" in the 2026 plan) happens just before it.
            if (end.Year == period.StartYear - 1 && end.Month >= 10 && d.When.Kind is DateKind.Day or DateKind.Month or DateKind.Quarter) continue;
            // Reports, reviews and award files of the period are due in the first half of the next year ("báo cáo kết
            // quả kiểm soát tài sản, thu nhập năm 2025 trước ngày 15/4/2026").
            if (start.Year == period.EndYear + 1 && start.Month <= 6 && d.IsWrapUp) continue;
            var related = period.Span.Length > 0 ? new[] { new RelatedLocation(period.Span, period.Text) } : [];
            string years = !period.Implied ? period.ToString()
                : c.Lang == "en" ? $"{period}, inferred from the document's year" : $"{period}, suy từ năm của văn bản";
            yield return c.Report(Rule, d.When.Span, [c.Quote(d.When.Span), years, DeadlineBeforeDocumentRule.Short(d.Task)], related);
        }
    }
}
