namespace DocCheck.Extraction.TextQuality;

/// <summary>The ways a file shows mixed or broken encoding.</summary>
public enum EncodingTraceKind
{
    /// <summary>Letters written decomposed (NFD): a base letter followed by a combining mark.</summary>
    Decomposed,

    /// <summary>Icelandic Ð/ð typed for Vietnamese Đ/đ.</summary>
    IcelandicEth,

    /// <summary>UTF-8 text read as Windows-1252 ("áº", "á»", "Æ°").</summary>
    Utf8AsLatin1,
}
