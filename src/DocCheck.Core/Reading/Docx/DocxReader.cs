namespace DocCheck.Reading.Docx;

/// <summary>Placeholder.</summary>
public sealed class DocxReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public ReadResult Read(string path, ReadOnlySpan<byte> bytes) => ReadResult.Fail(path, ReadErrorKind.UnsupportedType);
}
