using DocCheck.Text;

namespace DocCheck.Extraction.TextQuality;

/// <summary>A blank left to be filled in ("……", ".....", "xxx", "[…]", "(...)", "____"), as written.</summary>
public sealed record Placeholder(TextSpan Span, string Text);
