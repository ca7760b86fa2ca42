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

    /// <summary>
    /// Words typed in a legacy 8-bit Vietnamese font (TCVN3/ABC, ".VnTime"), or a PDF whose font maps glyphs wrong:
    /// "chÝnh s¸ch trî gióp" — Latin-1 signs between letters, letters Vietnamese does not use, a capital inside a word.
    /// Reported from two such words up.
    /// </summary>
    LegacyFont,

    /// <summary>A word that mixes Latin letters with Cyrillic or Greek look-alikes ("BТС" with Cyrillic Т and С).</summary>
    MixedScript,
}
