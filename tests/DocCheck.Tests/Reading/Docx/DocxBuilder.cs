using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Wps = DocumentFormat.OpenXml.Office2010.Word.DrawingShape;

namespace DocCheck.Tests.Reading.Docx;

/// <summary>Builds .docx files in memory with the Open XML SDK, the way Word writes them.</summary>
internal static class DocxBuilder
{
    /// <summary>A package whose body <paramref name="fill"/> writes; returns its bytes.</summary>
    public static byte[] Build(Action<MainDocumentPart, Body> fill)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document, true))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body());
            fill(main, main.Document.Body!);
            main.Document.Save();
        }
        return ms.ToArray();
    }

    public static Paragraph P(string text) => new(new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static Paragraph P(params OpenXmlElement[] content) => new(content);

    public static Run R(string text) => new(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A paragraph numbered by list <paramref name="numId"/> at level <paramref name="ilvl"/>.</summary>
    public static Paragraph Numbered(int numId, int ilvl, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = ilvl }, new NumberingId { Val = numId })), R(text));

    /// <summary>A numbering level: start 1, the format and the text ("%1.", "%2)", a bullet glyph).</summary>
    public static Level Lvl(int ilvl, NumberFormatValues format, string text, int start = 1) =>
        new(new StartNumberingValue { Val = start }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = ilvl };

    /// <summary>Adds numbering.xml with one abstract definition per list; list n (from 1) uses abstract n-1.</summary>
    public static void AddNumbering(MainDocumentPart main, params Level[][] lists)
    {
        var numbering = new Numbering();
        for (int i = 0; i < lists.Length; i++)
            numbering.Append(new AbstractNum(lists[i].Select(l => (OpenXmlElement)l.CloneNode(true))) { AbstractNumberId = i });
        for (int i = 0; i < lists.Length; i++)
            numbering.Append(new NumberingInstance(new AbstractNumId { Val = i }) { NumberID = i + 1 });
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
    }

    /// <summary>A table; each row is a list of cells.</summary>
    public static Table Table(params TableRow[] rows)
    {
        var t = new Table(new TableProperties(new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto }));
        foreach (var r in rows) t.Append(r);
        return t;
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);

    /// <summary>A cell with one paragraph per text.</summary>
    public static TableCell Cell(params string[] paragraphs) => new(paragraphs.Length == 0 ? [new Paragraph()] : paragraphs.Select(p => (OpenXmlElement)P(p)));

    public static TableCell CellOf(params OpenXmlElement[] content) => new(content);

    public static TableCell Span(int columns, string text) => new(new TableCellProperties(new GridSpan { Val = columns }), P(text));

    public static TableCell MergeStart(string text) => new(new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }), P(text));

    public static TableCell MergeContinue() => new(new TableCellProperties(new VerticalMerge()), new Paragraph());

    public static TableCell EmptyCell() => new(new Paragraph());

    /// <summary>
    /// A run holding a floating text box (DrawingML with its VML fallback), anchored at offsets whose digits
    /// naive extractions leak ("59261620764500").
    /// </summary>
    public static Run TextBoxRun(string boxText)
    {
        var anchor = new Wp.Anchor(
            new Wp.SimplePosition { X = 0, Y = 0 },
            new Wp.HorizontalPosition(new Wp.PositionOffset("5926162")) { RelativeFrom = Wp.HorizontalRelativePositionValues.Column },
            new Wp.VerticalPosition(new Wp.PositionOffset("0764500")) { RelativeFrom = Wp.VerticalRelativePositionValues.Paragraph },
            new Wp.Extent { Cx = 914400, Cy = 457200 },
            new Wp.WrapNone(),
            new Wp.DocProperties { Id = 1U, Name = "Text Box 1" },
            new A.Graphic(new A.GraphicData(
                new Wps.WordprocessingShape(
                    new Wps.TextBoxInfo2(new TextBoxContent(P(boxText))),
                    new Wps.TextBodyProperties()))
            { Uri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 114300U, DistanceFromRight = 114300U,
            SimplePos = false, RelativeHeight = 251659264U, BehindDoc = false, Locked = false, LayoutInCell = true, AllowOverlap = true,
        };
        var vml = new Picture(new DocumentFormat.OpenXml.Vml.Shape(
            new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(P(boxText))))
        { Id = "Text Box 1", Style = "position:absolute;margin-left:466.6pt;margin-top:60.2pt" });
        var ac = new AlternateContent(
            new AlternateContentChoice(new Drawing(anchor)) { Requires = "wps" },
            new AlternateContentFallback(vml));
        return new Run(ac);
    }

    /// <summary>Rewrites one entry of a zip package.</summary>
    public static byte[] ReplaceEntry(byte[] package, string entry, string? content)
    {
        using var ms = new MemoryStream();
        ms.Write(package);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entry)?.Delete();
            if (content is not null)
            {
                using var w = new StreamWriter(zip.CreateEntry(entry).Open());
                w.Write(content);
            }
        }
        return ms.ToArray();
    }

    /// <summary>A zip with the given entries (name, bytes).</summary>
    public static byte[] Zip(IEnumerable<(string Name, byte[] Bytes)> entries, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var s = zip.CreateEntry(name, level).Open();
                s.Write(bytes);
            }
        }
        return ms.ToArray();
    }
}
