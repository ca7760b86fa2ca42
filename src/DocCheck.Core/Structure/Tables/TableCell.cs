using DocCheck.Text;

namespace DocCheck.Structure;

/// <summary>One table cell: its text (blocks joined by '\n') and span; empty cells have length 0.</summary>
public sealed record TableCell(string Text, TextSpan Span);
