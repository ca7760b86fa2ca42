using DocCheck.Text;

namespace DocCheck.Extraction.References;

/// <summary>
/// A reference to a section of the same part ("điểm 9 Mục II", "các khoản 1, 2 và 3 Mục III"): the numbers it names
/// inside the section (<see cref="Numbers"/>) and the section's Roman numeral (<see cref="Section"/>, as written).
/// </summary>
public sealed record InternalReference(int Part, TextSpan Span, string Text, IReadOnlyList<ReferenceNumber> Numbers, string Section, TextSpan SectionSpan);
