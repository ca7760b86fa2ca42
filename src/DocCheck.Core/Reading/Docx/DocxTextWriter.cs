using System.Text;
using DocumentFormat.OpenXml;

namespace DocCheck.Reading.Docx;

/// <summary>
/// Walks the main document body in reading order and writes it in the reader convention: paragraphs with their
/// numbering labels, tables as "||" rows and "|" cells (a gridSpan cell once, a vMerge continuation as an empty cell,
/// nested tables flattened into their cell). Text boxes, drawings, VML shapes, embedded objects, field codes, deleted
/// text, hidden runs and comment references are left out; inserted text and field results are kept; footnotes and
/// endnotes follow the body.
/// </summary>
internal sealed class DocxTextWriter
{
    private const string MathNs = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    private readonly ExtractedTextBuilder _out = new();
    private readonly DocxNumbering _numbering;
    // Open complex fields (w:fldChar begin … separate … end): true while in the field's code, before "separate".
    private readonly List<bool> _fields = [];

    private DocxTextWriter(DocxNumbering numbering) => _numbering = numbering;

    // Footnote and endnote ids in the order the body refers to them.
    private readonly List<(bool Endnote, string Id)> _notes = [];

    public static string Write(OpenXmlElement body, DocxNumbering numbering, OpenXmlElement? footnotes = null, OpenXmlElement? endnotes = null)
    {
        var w = new DocxTextWriter(numbering);
        w.Blocks(body, 0);
        w.Notes(footnotes, endnotes);
        return w._out.ToString();
    }

    /// <summary>
    /// Footnotes and endnotes after the body, one paragraph each in the order they are referred to, as "[1] …":
    /// provincial reports put the instruments they cite there ("¹ Công văn số 5612/CV-BCĐ ngày …"). They go after
    /// the body so that its lines keep their numbers, and never inside a sentence.
    /// </summary>
    private void Notes(OpenXmlElement? footnotes, OpenXmlElement? endnotes)
    {
        if (_notes.Count == 0) return;
        var byId = new Dictionary<(bool, string), OpenXmlElement>();
        foreach (var (part, endnote) in new[] { (footnotes, false), (endnotes, true) })
        {
            if (part is null) continue;
            foreach (var n in part.ChildElements)
                if (n.NamespaceUri == Ooxml.W && n.LocalName is "footnote" or "endnote" && Ooxml.Attr(n, "id") is { } id)
                    byId.TryAdd((endnote, id), n);
        }
        var seen = new HashSet<(bool, string)>();
        int number = 0;
        foreach (var key in _notes)
        {
            if (!seen.Add(key) || !byId.TryGetValue(key, out var note)) continue;
            number++;
            var sb = new StringBuilder();
            foreach (var p in note.ChildElements)
            {
                if (p.NamespaceUri != Ooxml.W || p.LocalName != "p") continue;
                var one = new StringBuilder();
                Inline(p, one, 1);
                _fields.Clear();
                if (one.Length > 0) sb.Append(sb.Length > 0 ? " " : "").Append(one.ToString().Replace('\n', ' ').Trim());
            }
            string text = sb.ToString().Trim();
            if (text.Length > 0) _out.Paragraph($"[{number}] {text}");
        }
    }

    // Nesting is bounded by the XML depth check (DocxPackageCheck.MaxXmlDepth); the depth guard is a second fence.
    private const int MaxDepth = DocxPackageCheck.MaxXmlDepth + 8;

    private void Blocks(OpenXmlElement container, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var el in container.ChildElements)
        {
            if (el.NamespaceUri != Ooxml.W)
            {
                if (el is AlternateContent ac && Branch(ac) is { } branch) Blocks(branch, depth + 1);
                continue;
            }
            switch (el.LocalName)
            {
                case "p": Paragraph(el, depth); break;
                case "tbl":
                    if (_out.InCell) FlattenedTable(el, depth);
                    else Table(el, depth);
                    break;
                case "sdt": Blocks(Ooxml.Child(el, "sdtContent") ?? el, depth + 1); break;
                case "customXml" or "ins" or "moveTo" or "smartTag": Blocks(el, depth + 1); break;
                // del, moveFrom, altChunk (imported external content), sectPr, bookmarks…: not body text.
            }
        }
    }

    private void Paragraph(OpenXmlElement p, int depth)
    {
        var pPr = Ooxml.Child(p, "pPr");
        var sb = new StringBuilder();
        Inline(p, sb, depth + 1);
        // A field code never runs past its paragraph in practice; one that seems to is closed here so a broken
        // field cannot hide the rest of the document.
        while (_fields.Count > 0 && _fields[^1]) _fields.RemoveAt(_fields.Count - 1);

        string? label = _numbering.Next(pPr);
        string text = sb.ToString();
        if (string.IsNullOrWhiteSpace(text)) return;
        _out.Paragraph(label is null ? text : label + " " + text.TrimStart());
    }

    private void Inline(OpenXmlElement container, StringBuilder sb, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var el in container.ChildElements)
        {
            if (el.NamespaceUri == MathNs)
            {
                if (el.LocalName is "oMath" or "oMathPara" && !InFieldCode) sb.Append(el.InnerText);
                continue;
            }
            if (el.NamespaceUri != Ooxml.W)
            {
                if (el is AlternateContent ac && Branch(ac) is { } branch) Inline(branch, sb, depth + 1);
                continue;
            }
            switch (el.LocalName)
            {
                case "r": Run(el, sb); break;
                case "hyperlink" or "smartTag" or "customXml" or "ins" or "moveTo" or "fldSimple" or "bdo" or "dir":
                    Inline(el, sb, depth + 1);
                    break;
                case "sdt": Inline(Ooxml.Child(el, "sdtContent") ?? el, sb, depth + 1); break;
                // del, moveFrom, pPr, bookmarks, comment ranges, proofErr: nothing to read.
            }
        }
    }

    private bool InFieldCode => _fields.Count > 0 && _fields.Contains(true);

    private void Run(OpenXmlElement r, StringBuilder sb)
    {
        var rPr = Ooxml.Child(r, "rPr");
        bool hidden = Ooxml.IsOn(Ooxml.Child(rPr, "vanish")) || Ooxml.IsOn(Ooxml.Child(rPr, "specVanish"));
        foreach (var el in r.ChildElements)
        {
            if (el.NamespaceUri != Ooxml.W) continue; // mc:AlternateContent (drawings), anything else
            switch (el.LocalName)
            {
                case "fldChar":
                    switch (Ooxml.Attr(el, "fldCharType"))
                    {
                        case "begin": _fields.Add(true); break;
                        case "separate": if (_fields.Count > 0) _fields[^1] = false; break;
                        case "end": if (_fields.Count > 0) _fields.RemoveAt(_fields.Count - 1); break;
                    }
                    break;
                case "t":
                    if (!hidden && !InFieldCode) sb.Append(el.InnerText);
                    break;
                case "tab" or "ptab":
                    if (!hidden && !InFieldCode) sb.Append(' ');
                    break;
                case "br" or "cr":
                    if (!hidden && !InFieldCode) sb.Append('\n');
                    break;
                case "footnoteReference" or "endnoteReference":
                    if (!hidden && Ooxml.Attr(el, "id") is { } noteId) _notes.Add((el.LocalName == "endnoteReference", noteId));
                    break;
                case "noBreakHyphen":
                    if (!hidden && !InFieldCode) sb.Append('-');
                    break;
                // instrText, delText, delInstrText, drawing, pict, object, footnote/endnote/comment references,
                // softHyphen, lastRenderedPageBreak: not text of the body.
            }
        }
    }

    private void Table(OpenXmlElement tbl, int depth)
    {
        bool any = false;
        foreach (var row in Unwrap(tbl, "tr", depth))
        {
            var cells = Unwrap(row, "tc", depth).ToList();
            if (cells.Count == 0) continue;
            _out.RowStart();
            any = true;
            foreach (var tc in cells)
            {
                var tcPr = Ooxml.Child(tc, "tcPr");
                var vMerge = Ooxml.Child(tcPr, "vMerge");
                if (vMerge is not null && Ooxml.Val(vMerge) is null or "continue")
                {
                    // The cell above spans into this row: an empty cell keeps the columns aligned.
                    _out.EmptyCell();
                    continue;
                }
                _out.CellStart();
                Blocks(tc, depth + 2);
                _out.CellEnd();
            }
        }
        if (any) _out.TableEnd();
    }

    /// <summary>A table inside a cell: its cells' paragraphs become paragraphs of the outer cell.</summary>
    private void FlattenedTable(OpenXmlElement tbl, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var row in Unwrap(tbl, "tr", depth))
            foreach (var tc in Unwrap(row, "tc", depth))
                Blocks(tc, depth + 2);
    }

    /// <summary>Children named <paramref name="localName"/>, looking through content controls and custom XML.</summary>
    private static IEnumerable<OpenXmlElement> Unwrap(OpenXmlElement parent, string localName, int depth)
    {
        if (depth > MaxDepth) yield break;
        foreach (var el in parent.ChildElements)
        {
            if (el.NamespaceUri != Ooxml.W) continue;
            if (el.LocalName == localName) yield return el;
            else if (el.LocalName is "sdt" or "customXml" or "ins" or "moveTo")
            {
                var inner = el.LocalName == "sdt" ? Ooxml.Child(el, "sdtContent") ?? el : el;
                foreach (var x in Unwrap(inner, localName, depth + 1)) yield return x;
            }
        }
    }

    /// <summary>One branch of markup-compatibility content: the first choice, else the fallback.</summary>
    private static OpenXmlElement? Branch(AlternateContent ac)
    {
        foreach (var c in ac.ChildElements) if (c is AlternateContentChoice) return c;
        foreach (var c in ac.ChildElements) if (c is AlternateContentFallback) return c;
        return null;
    }
}
