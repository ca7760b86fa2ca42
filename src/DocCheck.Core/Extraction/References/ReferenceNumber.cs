using DocCheck.Text;

namespace DocCheck.Extraction.References;

/// <summary>One number of an internal reference ("3" in "các khoản 1, 2 và 3 Mục III"), as written.</summary>
public sealed record ReferenceNumber(string Label, TextSpan Span);
