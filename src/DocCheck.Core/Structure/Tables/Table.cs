using DocCheck.Text;

namespace DocCheck.Structure;

/// <summary>
/// A table recovered from "|" cell separators or Markdown rows. Plain-text layouts do not mark row ends,
/// so <see cref="RowsAreInferred"/> says when rows were inferred from the header's width and row-start labels.
/// </summary>
public sealed record Table(TextSpan Span, IReadOnlyList<TableCell> Header, IReadOnlyList<TableRow> Rows, bool RowsAreInferred);
