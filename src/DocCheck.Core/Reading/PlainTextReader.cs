using DocCheck.Reading.Encodings;
using DocCheck.Text;

namespace DocCheck.Reading;

/// <summary>Reads .txt and .md files in UTF-8, UTF-16, Windows-1258, TCVN3 or VNI.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".md", ".text", ".markdown"];

    public ReadResult Read(string path, ReadOnlySpan<byte> bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Success) return ReadResult.Ok(new SourceText(path, decoded.Text), EncodingName(decoded.Encoding));
        var kind = decoded.Failure switch
        {
            DecodeFailure.Empty => ReadErrorKind.Empty,
            DecodeFailure.Binary => ReadErrorKind.Binary,
            _ => ReadErrorKind.UnknownEncoding,
        };
        return ReadResult.Fail(path, kind);
    }

    /// <summary>The name DocCheck prints for an encoding.</summary>
    public static string EncodingName(TextEncodingKind kind) => kind switch
    {
        TextEncodingKind.Utf8 => "utf-8",
        TextEncodingKind.Utf16LE => "utf-16le",
        TextEncodingKind.Utf16BE => "utf-16be",
        TextEncodingKind.Windows1258 => "windows-1258",
        TextEncodingKind.Tcvn3 => "tcvn3",
        TextEncodingKind.Vni => "vni",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
