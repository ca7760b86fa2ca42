using System.IO.Packaging;
using System.Xml;
using DocCheck.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace DocCheck.Reading.Docx;

/// <summary>
/// Reads Word documents (.docx): the main document body in reading order, with automatic numbering rendered as
/// labels and tables as row and cell marks (see <see cref="DocxTextWriter"/>). The package is checked before it is
/// opened (<see cref="DocxPackageCheck"/>: old .doc, encrypted, text, broken zip, zip bombs, too many entries, XML
/// too deep or not well-formed); external relationships are never resolved and nothing is fetched.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    /// <summary>Largest XML part, in characters, the SDK is allowed to load.</summary>
    private const long MaxCharactersInPart = 150L * 1024 * 1024;

    public IReadOnlyCollection<string> Extensions { get; } = [".docx", ".docm", ".dotx"];

    public ReadResult Read(string path, ReadOnlySpan<byte> bytes)
    {
        byte[] data = bytes.ToArray();
        try
        {
            if (DocxPackageCheck.Check(data) is { } problem) return ReadResult.Fail(path, problem.Kind, problem.Detail);
            string? text = null;
            string? failure = null;
            using (var stream = new MemoryStream(data, writable: false))
            using (var doc = WordprocessingDocument.Open(stream, false, new OpenSettings { AutoSave = false, MaxCharactersInPart = MaxCharactersInPart }))
            {
                var main = doc.MainDocumentPart;
                if (main is null) return ReadResult.Fail(path, ReadErrorKind.Corrupt, "no main document part (word/document.xml)");
                failure = CheckPart(main, "word/document.xml")
                    ?? (main.NumberingDefinitionsPart is { } np ? CheckPart(np, "word/numbering.xml") : null)
                    ?? (main.StyleDefinitionsPart is { } sp ? CheckPart(sp, "word/styles.xml") : null)
                    ?? (main.FootnotesPart is { } fp ? CheckPart(fp, "word/footnotes.xml") : null)
                    ?? (main.EndnotesPart is { } ep ? CheckPart(ep, "word/endnotes.xml") : null);
                if (failure is null)
                {
                    var body = main.Document?.Body;
                    if (body is null) return ReadResult.Fail(path, ReadErrorKind.Corrupt, "word/document.xml has no body");
                    var numbering = new DocxNumbering(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles);
                    text = DocxTextWriter.Write(body, numbering, main.FootnotesPart?.Footnotes, main.EndnotesPart?.Endnotes);
                }
            }
            if (failure is not null) return ReadResult.Fail(path, ReadErrorKind.Corrupt, failure);
            if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail(path, ReadErrorKind.Empty, "the document body has no text");
            return ReadResult.Ok(new SourceText(path, text), "docx");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever the SDK or the package throws on a hostile file is that file's problem, never the run's.
            return ReadResult.Fail(path, ReadErrorKind.Corrupt, Describe(e));
        }
    }

    private static string? CheckPart(OpenXmlPart part, string name)
    {
        using var s = part.GetStream(FileMode.Open, FileAccess.Read);
        return DocxPackageCheck.CheckXml(s, name);
    }

    private static string Describe(Exception e) => e switch
    {
        OpenXmlPackageException => "not a valid Word package: " + e.Message,
        XmlException => "the document XML is not well-formed: " + e.Message,
        FileFormatException or InvalidDataException => "broken package: " + e.Message,
        InvalidOperationException when e.Message.Contains("does not exist", StringComparison.OrdinalIgnoreCase) =>
            "a part the package points to is missing (word/document.xml?): " + e.Message,
        _ => e.GetType().Name + ": " + e.Message,
    };
}
