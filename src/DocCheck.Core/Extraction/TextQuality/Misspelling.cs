using DocCheck.Text;

namespace DocCheck.Extraction.TextQuality;

/// <summary>A common misspelling from Resources/misspellings.tsv ("Phân đấu") and the word meant ("Phấn đấu").</summary>
public sealed record Misspelling(TextSpan Span, string Correction);
