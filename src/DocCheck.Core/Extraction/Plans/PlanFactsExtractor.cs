using DocCheck.Extraction.Dates;
using DocCheck.Extraction.Quantities;
using DocCheck.Normalization;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Extraction.Plans;

/// <summary>
/// Reads a plan's period (<see cref="PlanPeriodReader"/>), the deadline of each task (<see cref="TableDeadlineReader"/>,
/// <see cref="TextDeadlineReader"/>), and its budget tables with their stated totals. Works on what earlier stages
/// found; never re-parses dates or amounts.
/// </summary>
public sealed class PlanFactsExtractor
{
    /// <summary>Builds the plan facts of a document.</summary>
    public PlanFacts Extract(NormalizedText doc, DocumentStructure structure, IReadOnlyList<DateMention> dates, IReadOnlyList<Quantity> quantities)
    {
        var period = Period(doc, structure, dates);
        var body = PlanPeriodReader.BodyPeriods(doc, structure, dates);
        var deadlines = new List<Deadline>();
        var lines = new List<BudgetLine>();
        var totals = new List<BudgetTotal>();
        foreach (var table in structure.Parts.SelectMany(p => p.Tables))
        {
            TableDeadlineReader.Read(doc.Text, table, dates, deadlines);
            TableBudget(table, quantities, lines, totals);
        }
        TextDeadlineReader.Read(doc, structure, dates, deadlines);
        deadlines.Sort((a, b) => a.When.Span.Start.CompareTo(b.When.Span.Start));
        var implied = period is null && PlanPeriodReader.DocumentYear(structure, dates) is int year
            ? new PlanPeriod(year, year + 1, default, year.ToString(System.Globalization.CultureInfo.InvariantCulture), false) { Implied = true }
            : null;
        return new PlanFacts(period, body, deadlines, lines, totals) { ImpliedPeriod = implied };
    }

    /// <summary>
    /// The period a plan gives itself: the years its title names ("năm 2021", "giai đoạn 2016-2020", "đến năm 2025"),
    /// else those of the sentence that issues it ("Ban hành kèm theo Quyết định này Kế hoạch … năm 2021"), or null.
    /// </summary>
    public static PlanPeriod? Period(NormalizedText doc, DocumentStructure structure, IReadOnlyList<DateMention> dates) =>
        PlanPeriodReader.Period(doc, structure, dates);

    // ---- budget ------------------------------------------------------------------------------------------------

    private static void TableBudget(Table table, IReadOnlyList<Quantity> quantities, List<BudgetLine> lines, List<BudgetTotal> totals)
    {
        var money = quantities.Where(q => q.Kind == QuantityKind.Money && table.Span.Contains(q.Span.Start)).ToList();
        if (money.Count == 0) return;
        var items = new List<BudgetLine>();
        BudgetTotal? total = null;
        foreach (var row in table.Rows)
        {
            var rowSpan = TextSpan.FromBounds(row.Cells[0].Span.Start, row.Cells[^1].Span.End);
            var inRow = money.Where(q => rowSpan.Contains(q.Span.Start) || q.Span.Start == rowSpan.End).ToList();
            string first = row.Cells[0].Text;
            bool isTotal = first.StartsWith("Tổng", StringComparison.OrdinalIgnoreCase) || first.StartsWith("Cộng", StringComparison.OrdinalIgnoreCase);
            if (isTotal)
            {
                var stated = inRow.FirstOrDefault(q => !q.FromWords);
                if (stated is not null)
                    total = new BudgetTotal(stated, inRow.FirstOrDefault(q => q.FromWords), items.ToList(), table.Span);
                continue;
            }
            // An item is a cell that holds only an amount; an amount inside a sentence ("- Tại TTHCC tỉnh: 70.000.000
            // đồng" in the notes column) is a remark, not a budget line.
            var task = TableDeadlineReader.TaskCell(row);
            foreach (var q in inRow.Where(q => !q.FromWords && row.Cells.Any(c => c.Span == q.Span || c.Text.Trim() == q.Text.Trim())))
                items.Add(new BudgetLine(q, task?.Text ?? first, rowSpan));
        }
        lines.AddRange(items);
        if (total is not null) totals.Add(total);
    }
}
