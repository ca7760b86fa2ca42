namespace DocCheck.Reading.Encodings;

/// <summary>Decoders and encoders for the pre-Unicode Vietnamese font encodings TCVN3 (ABC) and VNI-Windows.</summary>
/// <remarks>
/// Decoders never fail: bytes an encoding leaves unassigned become U+FFFD (TCVN3) or their Windows-1252 character.
/// Encoders normalize their input to NFC first and throw <see cref="ArgumentException"/> for a character the encoding
/// cannot write.
/// </remarks>
public static class LegacyVietnameseEncodings
{
    /// <summary>Decodes TCVN3 bytes; uppercase toned vowels (written with the .VnTimeH font) come out lowercase.</summary>
    public static string DecodeTcvn3(ReadOnlySpan<byte> bytes) => Tcvn3Codec.Decode(bytes);

    /// <summary>Decodes VNI-Windows bytes into precomposed (NFC) letters.</summary>
    public static string DecodeVni(ReadOnlySpan<byte> bytes) => VniCodec.Decode(bytes);

    /// <summary>Encodes text as TCVN3, writing uppercase toned vowels with their lowercase codes as .VnTimeH did.</summary>
    public static byte[] EncodeTcvn3(string text) => Tcvn3Codec.Encode(text);

    /// <summary>Encodes text as VNI-Windows (base letter followed by a diacritic byte).</summary>
    public static byte[] EncodeVni(string text) => VniCodec.Encode(text);
}
