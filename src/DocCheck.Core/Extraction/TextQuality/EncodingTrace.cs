using DocCheck.Text;

namespace DocCheck.Extraction.TextQuality;

/// <summary>
/// One kind of encoding trouble in the source text: how many places show it, and <see cref="Span"/>, the characters
/// of the normalized text that came from the first of them (normalization repairs some, so the source is searched).
/// </summary>
public sealed record EncodingTrace(EncodingTraceKind Kind, TextSpan Span, int Count)
{
    /// <summary>
    /// The text itself is garbled, so that spelling checks would only report the encoding's debris: every kind but a
    /// look-alike letter, and a legacy font only where much of the text is in it (one pasted phrase garbles nothing
    /// else).
    /// </summary>
    public bool Garbles => Kind switch
    {
        EncodingTraceKind.MixedScript => false,
        EncodingTraceKind.LegacyFont => Count >= 10,
        _ => true,
    };
}
