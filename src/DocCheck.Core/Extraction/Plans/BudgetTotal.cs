using DocCheck.Extraction.Quantities;
using DocCheck.Text;

namespace DocCheck.Extraction.Plans;

/// <summary>
/// A table's stated total ("Tổng kinh phí thực hiện | 1.752.580.000 | (Một tỷ, … đồng)") beside the items it should
/// sum, and the amount in words when given.
/// </summary>
public sealed record BudgetTotal(Quantity Stated, Quantity? InWords, IReadOnlyList<BudgetLine> Items, TextSpan TableSpan)
{
    /// <summary>Sum of the items.</summary>
    public decimal ItemsSum => Items.Sum(i => i.Amount.Value);
}
