using DocCheck.Text;

namespace DocCheck.Rules;

/// <summary>Another place a finding points to ("the other mention, with the other date"), with a short note.</summary>
public sealed record RelatedLocation(TextSpan Span, string Note);
