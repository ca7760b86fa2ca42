namespace DocCheck.Reading;

/// <summary>Turns the bytes of one kind of file into a <see cref="Text.SourceText"/>.</summary>
public interface IDocumentReader
{
    /// <summary>File extensions this reader takes, lower case with the dot (".txt").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Reads <paramref name="bytes"/>, which came from <paramref name="path"/>. Never throws for bad input.</summary>
    ReadResult Read(string path, ReadOnlySpan<byte> bytes);
}
