using System.Diagnostics.CodeAnalysis;

namespace DocCheck.Reading.Encodings;

/// <summary>Outcome of decoding a plain-text file: the text and its encoding, or why there is no text.</summary>
/// <param name="Text">The decoded text without byte order mark, not normalized; null exactly when decoding failed.</param>
/// <param name="Encoding">The encoding the text was read with; on failure, the encoding that was assumed (a BOM's, else <see cref="TextEncodingKind.Utf8"/>).</param>
/// <param name="HadBom">Whether the bytes started with a byte order mark.</param>
/// <param name="Failure">Why decoding failed, or <see cref="DecodeFailure.None"/>.</param>
public sealed record DecodeResult(string? Text, TextEncodingKind Encoding, bool HadBom, DecodeFailure Failure)
{
    /// <summary>True when decoding succeeded and <see cref="Text"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Text))]
    public bool Success => Failure == DecodeFailure.None;

    /// <summary>A successful result.</summary>
    public static DecodeResult Decoded(string text, TextEncodingKind encoding, bool hadBom)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DecodeResult(text, encoding, hadBom, DecodeFailure.None);
    }

    /// <summary>A failed result (no text).</summary>
    public static DecodeResult Failed(DecodeFailure failure, TextEncodingKind encoding, bool hadBom)
    {
        if (failure == DecodeFailure.None)
        {
            throw new ArgumentException("A failed result needs a failure reason.", nameof(failure));
        }

        return new DecodeResult(null, encoding, hadBom, failure);
    }
}
