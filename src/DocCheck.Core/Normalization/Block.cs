using DocCheck.Text;

namespace DocCheck.Normalization;

/// <summary>
/// One paragraph of the normalized text (blocks are separated by '\n'). A block that a table-cell
/// separator ("|" line or a Markdown row) closed has <see cref="EndsCell"/>; empty cells are blocks of length 0.
/// </summary>
public sealed record Block(int Index, TextSpan Span, bool EndsCell, bool StartsRow);
