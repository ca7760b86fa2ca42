using DocCheck.Text;

namespace DocCheck.Extraction.Counts;

/// <summary>
/// A count the text states of things it named before ("cả 02 Chỉ số này"): the number, the noun as written, and the
/// items of the nearest list of that noun before it in the same paragraph ("các Chỉ số PAR INDEX, PAPI, PCI"), with
/// <see cref="ListSpan"/> covering them. No list found: <see cref="Items"/> is empty and <see cref="ListSpan"/> null.
/// </summary>
public sealed record StatedCount(TextSpan Span, string Text, int Count, string Noun, IReadOnlyList<string> Items, TextSpan? ListSpan);
