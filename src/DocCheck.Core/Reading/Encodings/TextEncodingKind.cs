namespace DocCheck.Reading.Encodings;

/// <summary>The byte encoding a plain-text file was decoded with.</summary>
public enum TextEncodingKind
{
    /// <summary>UTF-8, with or without a byte order mark; also used for pure ASCII.</summary>
    Utf8,

    /// <summary>UTF-16 little-endian, recognised only by its byte order mark (FF FE).</summary>
    Utf16LE,

    /// <summary>UTF-16 big-endian, recognised only by its byte order mark (FE FF).</summary>
    Utf16BE,

    /// <summary>Microsoft code page 1258 (Vietnamese), which writes tones as separate combining marks.</summary>
    Windows1258,

    /// <summary>TCVN 5712:1993 VN3 ("TCVN3", "ABC"), the encoding of the .VnTime/.VnTimeH fonts.</summary>
    Tcvn3,

    /// <summary>VNI-Windows, the encoding of the VNI-Times family of fonts (base letter plus diacritic bytes).</summary>
    Vni,
}
