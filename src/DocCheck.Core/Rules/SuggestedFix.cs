using DocCheck.Text;

namespace DocCheck.Rules;

/// <summary>A replacement DocCheck is sure of: put <see cref="Replacement"/> in place of the text at <see cref="Span"/>.</summary>
public sealed record SuggestedFix(TextSpan Span, string Replacement);
