using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace DocCheck.Reading.Encodings;

/// <summary>Turns the bytes of a plain-text file into text, detecting UTF-8/UTF-16 and legacy Vietnamese encodings.</summary>
/// <remarks>
/// Order of decisions: byte order mark; empty or whitespace only; binary; strict UTF-8 (which includes ASCII);
/// UTF-8 cut off in its last character; otherwise a legacy 8-bit file, for which Windows-1258, TCVN3 and VNI are each
/// tried and the decoding that reads most like Vietnamese wins if it reads enough like it. Deterministic, and linear
/// in the input size. The text is returned as decoded, not normalized. UTF-16 is recognised only by its byte order
/// mark; without one, its NUL bytes make it binary.
/// </remarks>
public static class TextDecoder
{
    /// <summary>Minimum <see cref="VietnameseLikeness.Score"/> for a legacy decoding to be accepted.</summary>
    internal const double LegacyThreshold = 0.5;

    /// <summary>Legacy detection looks at this many leading bytes; the winner then decodes the whole file.</summary>
    internal const int LegacySampleBytes = 256 * 1024;

    /// <summary>More C0 control bytes than 1 in this many (tab, LF, FF, CR excepted) means binary.</summary>
    private const int ControlShareDivisor = 20;

    /// <summary>An incomplete UTF-8 sequence is at most 3 bytes (a 4-byte lead plus two continuations).</summary>
    private const int MaxTruncatedUtf8Tail = 3;

    /// <summary>Candidates in tie-break order: Windows-1258 first, since its letters are also plain Latin-1 letters.</summary>
    private static readonly TextEncodingKind[] LegacyCandidates =
        [TextEncodingKind.Windows1258, TextEncodingKind.Tcvn3, TextEncodingKind.Vni];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly UnicodeEncoding StrictUtf16LE =
        new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    private static readonly UnicodeEncoding StrictUtf16BE =
        new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the bytes of a plain-text file; never throws for any input.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8WithBom(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes[2..], StrictUtf16LE, TextEncodingKind.Utf16LE);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], StrictUtf16BE, TextEncodingKind.Utf16BE);
        }

        if (IsWhitespaceOnly(bytes))
        {
            return DecodeResult.Failed(DecodeFailure.Empty, TextEncodingKind.Utf8, hadBom: false);
        }

        if (LooksBinary(bytes))
        {
            return DecodeResult.Failed(DecodeFailure.Binary, TextEncodingKind.Utf8, hadBom: false);
        }

        if (Utf8.IsValid(bytes))
        {
            return DecodeResult.Decoded(StrictUtf8.GetString(bytes), TextEncodingKind.Utf8, hadBom: false);
        }

        // A UTF-8 file cut off inside its last character is common (truncated downloads, byte-limited exports).
        // When the valid part already contains UTF-8 multi-byte characters that is the likely story; when it is
        // pure ASCII, a legacy file ending in one high byte is just as likely, so the legacy guess goes first.
        int tail = TruncatedUtf8TailLength(bytes);
        if (tail > 0 && !Ascii.IsValid(bytes[..^tail]))
        {
            return DecodeTruncatedUtf8(bytes, tail, hadBom: false);
        }

        var legacy = DecodeLegacy(bytes);
        if (!legacy.Success && tail > 0)
        {
            return DecodeTruncatedUtf8(bytes, tail, hadBom: false);
        }

        return legacy;
    }

    private static DecodeResult DecodeUtf8WithBom(ReadOnlySpan<byte> body)
    {
        if (IsWhitespaceOnly(body))
        {
            return DecodeResult.Failed(DecodeFailure.Empty, TextEncodingKind.Utf8, hadBom: true);
        }

        if (LooksBinary(body))
        {
            return DecodeResult.Failed(DecodeFailure.Binary, TextEncodingKind.Utf8, hadBom: true);
        }

        if (Utf8.IsValid(body))
        {
            return DecodeResult.Decoded(StrictUtf8.GetString(body), TextEncodingKind.Utf8, hadBom: true);
        }

        // The BOM says UTF-8, so no legacy guess: either a cut-off last character or not decodable.
        int tail = TruncatedUtf8TailLength(body);
        return tail > 0
            ? DecodeTruncatedUtf8(body, tail, hadBom: true)
            : DecodeResult.Failed(DecodeFailure.UnknownEncoding, TextEncodingKind.Utf8, hadBom: true);
    }

    private static DecodeResult DecodeUtf16(ReadOnlySpan<byte> body, UnicodeEncoding encoding, TextEncodingKind kind)
    {
        string text;
        try
        {
            // Strict decoding rejects unpaired surrogates and an odd trailing byte.
            text = encoding.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return DecodeResult.Failed(DecodeFailure.UnknownEncoding, kind, hadBom: true);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodeResult.Failed(DecodeFailure.Empty, kind, hadBom: true);
        }

        return LooksBinary(text)
            ? DecodeResult.Failed(DecodeFailure.Binary, kind, hadBom: true)
            : DecodeResult.Decoded(text, kind, hadBom: true);
    }

    /// <summary>Decodes all but the cut-off tail as UTF-8 and stands U+FFFD in for the lost character.</summary>
    private static DecodeResult DecodeTruncatedUtf8(ReadOnlySpan<byte> bytes, int tail, bool hadBom) =>
        DecodeResult.Decoded(StrictUtf8.GetString(bytes[..^tail]) + "\uFFFD", TextEncodingKind.Utf8, hadBom);

    /// <summary>
    /// Length of an incomplete but well-formed UTF-8 sequence ending the input, if everything before it is valid
    /// UTF-8; otherwise 0.
    /// </summary>
    private static int TruncatedUtf8TailLength(ReadOnlySpan<byte> bytes)
    {
        for (int length = 1; length <= MaxTruncatedUtf8Tail && length <= bytes.Length; length++)
        {
            var status = Rune.DecodeFromUtf8(bytes[^length..], out _, out int consumed);
            if (status == OperationStatus.NeedMoreData && consumed == length)
            {
                return Utf8.IsValid(bytes[..^length]) ? length : 0;
            }
        }

        return 0;
    }

    private static DecodeResult DecodeLegacy(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > LegacySampleBytes ? bytes[..LegacySampleBytes] : bytes;
        var best = TextEncodingKind.Windows1258;
        string? bestText = null;
        var bestLikeness = new VietnameseLikeness(-1, 0);
        foreach (var kind in LegacyCandidates)
        {
            string text = DecodeWith(kind, sample);
            var likeness = VietnameseTextScorer.Score(text);

            // Strictly greater, so ties keep the earlier candidate: the choice does not depend on anything else.
            if (likeness.Score > bestLikeness.Score)
            {
                (best, bestText, bestLikeness) = (kind, text, likeness);
            }
        }

        if (bestText is null || bestLikeness.Evidence == 0 || bestLikeness.Score < LegacyThreshold)
        {
            return DecodeResult.Failed(DecodeFailure.UnknownEncoding, TextEncodingKind.Utf8, hadBom: false);
        }

        string full = sample.Length == bytes.Length ? bestText : DecodeWith(best, bytes);
        return DecodeResult.Decoded(full, best, hadBom: false);
    }

    private static string DecodeWith(TextEncodingKind kind, ReadOnlySpan<byte> bytes) => kind switch
    {
        TextEncodingKind.Windows1258 => LegacyCodePages.Windows1258.GetString(bytes),
        TextEncodingKind.Tcvn3 => Tcvn3Codec.Decode(bytes),
        TextEncodingKind.Vni => VniCodec.Decode(bytes),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a legacy encoding."),
    };

    private static bool IsWhitespaceOnly(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOfAnyExcept((ReadOnlySpan<byte>)[0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D]) < 0;

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        // A few stray NULs occur in real text (checkbox glyphs in PDF extractions); binaries and UTF-16 without
        // a BOM have many, and in runs.
        int nuls = 0;
        int run = 0;
        foreach (byte b in bytes)
        {
            if (b != 0) { run = 0; continue; }
            nuls++;
            if (++run >= 4) return true;
        }
        if (nuls > 0 && (long)nuls * 1000 > bytes.Length)
        {
            return true;
        }

        int controls = 0;
        foreach (byte b in bytes)
        {
            if (IsNoiseControl(b))
            {
                controls++;
            }
        }

        return (long)controls * ControlShareDivisor > bytes.Length;
    }

    private static bool LooksBinary(ReadOnlySpan<char> text)
    {
        if (text.Contains('\0'))
        {
            return true;
        }

        int controls = 0;
        foreach (char c in text)
        {
            if (IsNoiseControl(c))
            {
                controls++;
            }
        }

        return (long)controls * ControlShareDivisor > text.Length;
    }

    /// <summary>C0 control characters other than the layout ones text files use (tab, LF, FF, CR); NUL counts apart.</summary>
    private static bool IsNoiseControl(int c) => c is > 0 and < 0x20 && c is not (0x09 or 0x0A or 0x0C or 0x0D);
}
