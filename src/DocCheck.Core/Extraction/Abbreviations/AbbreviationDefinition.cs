using DocCheck.Text;

namespace DocCheck.Extraction.Abbreviations;

/// <summary>
/// Where an abbreviation is first defined ("… cải cách hành chính (CCHC)"): <see cref="Span"/> covers the letters
/// inside the parentheses; <see cref="EarlierUse"/> is its first use in the body before that place, if any.
/// </summary>
public sealed record AbbreviationDefinition(string Abbreviation, TextSpan Span, TextSpan? EarlierUse);
