using System.Globalization;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>
/// DC4006: in a budget table whose amounts add up to its "Tổng cộng" row, the total — or one item, as when a row was
/// changed and the total was not — is changed by a round amount. Tables are read from the structure with their cells;
/// only a table with one total row whose amount cells add up exactly is used (so no column of other figures is summed).
/// </summary>
public sealed class BudgetTotalPlanter : IPlanter
{
    public DefectKind Kind => DefectKind.BudgetTotal;

    public IEnumerable<PlantedDefect> Candidates(PlantingSite site, Random random)
    {
        foreach (var table in site.Document.Structure.Parts.SelectMany(p => p.Tables))
        {
            var totals = table.Rows.Where(IsTotal).ToList();
            if (totals.Count != 1) continue;
            var totalRow = totals[0];
            var stated = totalRow.Cells.FirstOrDefault(c => PlantPatterns.AmountCell().IsMatch(c.Text));
            if (stated is null) continue;
            var items = table.Rows.TakeWhile(r => !ReferenceEquals(r, totalRow))
                .SelectMany(r => r.Cells).Where(c => PlantPatterns.AmountCell().IsMatch(c.Text)).ToList();
            if (items.Count < 2 || items.Sum(Value) != Value(stated)) continue;
            decimal smallest = items.Min(Value);
            decimal unit = (decimal)Math.Pow(10, Math.Max(3, smallest.ToString(CultureInfo.InvariantCulture).Length - 2));
            decimal delta = unit * (1 + random.Next(9));
            bool changeTotal = random.Next(2) == 0;
            var cell = changeTotal ? stated : items[random.Next(items.Count)];
            decimal now = Value(cell), planted = random.Next(2) == 0 || now <= delta ? now + delta : now - delta;
            string digits = cell.Text.Trim();
            var at = site.ToSource(new TextSpan(cell.Span.Start + cell.Text.IndexOf(digits, StringComparison.Ordinal), digits.Length));
            string written = PlantText.Amount(planted, dots: true);
            yield return new PlantedDefect(Kind, [new TextEdit(at, written)], site.ToSource(table.Span),
                $"{(changeTotal ? "tổng" : "khoản")} {digits} → {written} (tổng ghi {stated.Text.Trim()}, {items.Count} khoản)");
        }
    }

    private static bool IsTotal(TableRow row) => row.Cells.Count > 0 && row.Cells.Take(2).Any(c =>
        c.Text.TrimStart().StartsWith("Tổng", StringComparison.OrdinalIgnoreCase) || c.Text.TrimStart().StartsWith("Cộng", StringComparison.OrdinalIgnoreCase));

    private static decimal Value(TableCell c) => decimal.Parse(c.Text.Trim().Replace(".", ""), CultureInfo.InvariantCulture);
}
