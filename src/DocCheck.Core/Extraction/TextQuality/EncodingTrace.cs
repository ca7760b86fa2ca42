using DocCheck.Text;

namespace DocCheck.Extraction.TextQuality;

/// <summary>
/// One kind of encoding trouble in the source text: how many places show it, and <see cref="Span"/>, the characters
/// of the normalized text that came from the first of them (normalization repairs some, so the source is searched).
/// </summary>
public sealed record EncodingTrace(EncodingTraceKind Kind, TextSpan Span, int Count);
