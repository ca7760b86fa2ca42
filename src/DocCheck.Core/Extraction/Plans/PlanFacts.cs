namespace DocCheck.Extraction.Plans;

/// <summary>What a plan says about time and money: its period, deadlines per task, and budget tables with totals.</summary>
public sealed record PlanFacts(PlanPeriod? Period, IReadOnlyList<PlanPeriod> BodyPeriods, IReadOnlyList<Deadline> Deadlines, IReadOnlyList<BudgetLine> BudgetLines, IReadOnlyList<BudgetTotal> Totals)
{
    public static PlanFacts Empty { get; } = new(null, [], [], [], []);

    /// <summary>
    /// For a plan that states no period, the years its tasks may be expected in: the year it was written and the next
    /// (a plan written in November is for the coming year). The year is the header's, else that of the latest
    /// instrument it cites, which it cannot be older than. Null when the plan states a period or no year is known.
    /// </summary>
    public PlanPeriod? ImpliedPeriod { get; init; }
}
