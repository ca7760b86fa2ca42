namespace DocCheck.Extraction.Plans;

/// <summary>What a plan says about time and money: its period, deadlines per task, and budget tables with totals.</summary>
public sealed record PlanFacts(PlanPeriod? Period, IReadOnlyList<PlanPeriod> BodyPeriods, IReadOnlyList<Deadline> Deadlines, IReadOnlyList<BudgetLine> BudgetLines, IReadOnlyList<BudgetTotal> Totals)
{
    public static PlanFacts Empty { get; } = new(null, [], [], [], []);
}
