using DocCheck.Text;

namespace DocCheck.Rules;

/// <summary>One problem found: which rule, how serious, the message, where (a span of the normalized text), related places and, when certain, a fix.</summary>
public sealed record Finding(string RuleId, RuleLevel Level, string Message, TextSpan Span, IReadOnlyList<RelatedLocation> Related, SuggestedFix? Fix = null);
