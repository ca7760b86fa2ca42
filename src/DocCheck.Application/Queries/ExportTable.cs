namespace DocCheck.Application.Queries;

/// <summary>A corpus table to export: its column names and its rows, read from the store as they are printed.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IEnumerable<IReadOnlyList<ExportValue>> Rows);
