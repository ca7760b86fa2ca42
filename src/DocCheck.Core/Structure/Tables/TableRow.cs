namespace DocCheck.Structure;

/// <summary>A table row as recovered from the cell layout.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells);
