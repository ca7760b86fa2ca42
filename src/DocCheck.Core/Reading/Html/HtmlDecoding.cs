using System.Text;
using System.Text.RegularExpressions;
using DocCheck.Reading.Encodings;

namespace DocCheck.Reading.Html;

/// <summary>
/// Decodes the bytes of an HTML page: byte order mark, then UTF-8 (the default and what every portal serves),
/// then the legacy Vietnamese encodings <see cref="TextDecoder"/> detects; a charset the page declares in a meta
/// tag is used only when neither reads the bytes.
/// </summary>
internal static partial class HtmlDecoding
{
    /// <summary>How far into the page a meta charset is looked for.</summary>
    private const int SniffBytes = 4096;

    public static (string? Text, string Encoding, ReadErrorKind? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Success) return (decoded.Text, PlainTextReader.EncodingName(decoded.Encoding), null);
        switch (decoded.Failure)
        {
            case DecodeFailure.Empty: return (null, "", ReadErrorKind.Empty);
            case DecodeFailure.Binary: return (null, "", ReadErrorKind.Binary);
        }
        // Not Vietnamese-looking in any legacy encoding: trust a declared charset if .NET knows it.
        if (DeclaredCharset(bytes) is { } name && GetEncoding(name) is { } enc)
        {
            try
            {
                return (enc.GetString(bytes), enc.WebName, null);
            }
            catch (DecoderFallbackException)
            {
                // fall through
            }
        }
        return (null, "", ReadErrorKind.UnknownEncoding);
    }

    /// <summary>The charset named by a &lt;meta charset&gt; or http-equiv Content-Type near the top of the page.</summary>
    internal static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = bytes.Length > SniffBytes ? bytes[..SniffBytes] : bytes;
        string ascii = Encoding.Latin1.GetString(head);
        var m = MetaCharset().Match(ascii);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    private static Encoding? GetEncoding(string name)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]{0,300}?charset\s*=\s*[""']?(?<cs>[A-Za-z0-9_.:-]{1,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MetaCharset();
}
