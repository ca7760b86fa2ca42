using DocCheck.Extraction.Quantities;
using DocCheck.Text;

namespace DocCheck.Extraction.Plans;

/// <summary>An amount in a budget table, with the task of its row.</summary>
public sealed record BudgetLine(Quantity Amount, string Task, TextSpan RowSpan);
