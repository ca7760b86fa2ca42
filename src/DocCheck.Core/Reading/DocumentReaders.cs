namespace DocCheck.Reading;

/// <summary>Chooses a reader by file extension and reads files without ever throwing for bad input.</summary>
public sealed class DocumentReaders
{
    /// <summary>Largest file DocCheck reads.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    private readonly Dictionary<string, IDocumentReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    public DocumentReaders(IEnumerable<IDocumentReader> readers)
    {
        foreach (var r in readers)
            foreach (string ext in r.Extensions) _byExtension[ext] = r;
    }

    /// <summary>The readers DocCheck ships.</summary>
    public static DocumentReaders Default { get; } = new([new PlainTextReader(), new Html.HtmlReader(), new Docx.DocxReader()]);

    /// <summary>Extensions with a reader.</summary>
    public IReadOnlyCollection<string> Extensions => _byExtension.Keys;

    /// <summary>True when a reader takes files named like <paramref name="path"/>.</summary>
    public bool CanRead(string path) => _byExtension.ContainsKey(Path.GetExtension(path));

    /// <summary>Reads a file from disk.</summary>
    public ReadResult ReadFile(string path)
    {
        if (!_byExtension.TryGetValue(Path.GetExtension(path), out var reader))
            return ReadResult.Fail(path, ReadErrorKind.UnsupportedType, Path.GetExtension(path));
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return ReadResult.Fail(path, Directory.Exists(path) ? ReadErrorKind.UnsupportedType : ReadErrorKind.NotFound);
            if (info.Length > MaxFileBytes) return ReadResult.Fail(path, ReadErrorKind.TooLarge, $"{info.Length:N0} bytes");
            bytes = File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException) { return ReadResult.Fail(path, ReadErrorKind.AccessDenied); }
        catch (FileNotFoundException) { return ReadResult.Fail(path, ReadErrorKind.NotFound); }
        catch (DirectoryNotFoundException) { return ReadResult.Fail(path, ReadErrorKind.NotFound); }
        catch (IOException e) { return ReadResult.Fail(path, ReadErrorKind.IoError, e.Message); }
        return Read(path, bytes, reader);
    }

    /// <summary>Reads bytes that came from <paramref name="path"/> (its extension picks the reader).</summary>
    public ReadResult ReadBytes(string path, byte[] bytes)
    {
        if (!_byExtension.TryGetValue(Path.GetExtension(path), out var reader))
            return ReadResult.Fail(path, ReadErrorKind.UnsupportedType, Path.GetExtension(path));
        return Read(path, bytes, reader);
    }

    private static ReadResult Read(string path, byte[] bytes, IDocumentReader reader)
    {
        try
        {
            return reader.Read(path, bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader bug on one hostile file must not stop a bulk run; the file is reported, the run goes on.
            return ReadResult.Fail(path, ReadErrorKind.Corrupt, e.GetType().Name + ": " + e.Message);
        }
    }
}
