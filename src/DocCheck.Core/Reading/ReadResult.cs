using System.Diagnostics.CodeAnalysis;
using DocCheck.Text;

namespace DocCheck.Reading;

/// <summary>The text read from one file, or why it could not be read.</summary>
public sealed record ReadResult(SourceText? Source, string? Encoding, ReadError? Error)
{
    /// <summary>Facts the reader found beside the text (portal panels, relationship diagrams), if any.</summary>
    public DocumentMetadata? Metadata { get; init; }

    /// <summary>True when <see cref="Source"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Source))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Source is not null;

    public static ReadResult Ok(SourceText source, string encoding) => new(source, encoding, null);

    public static ReadResult Fail(string path, ReadErrorKind kind, string? detail = null) => new(null, null, new ReadError(path, kind, detail));
}
