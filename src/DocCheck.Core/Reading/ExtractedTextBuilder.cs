using System.Text;

namespace DocCheck.Reading;

/// <summary>
/// Writes extracted text in the convention the rest of the pipeline reads: one paragraph per line with a blank
/// line after it; a table row starts with a "||" line, each cell is its paragraphs (written the same way) followed
/// by a "|" line. Used by the HTML and DOCX readers.
/// </summary>
/// <remarks>
/// Paragraphs inside cells also end with a blank line: without it the reflow step joins consecutive cell lines
/// that do not look like new items, and a header cell "Độc lập - Tự do - Hạnh phúc" / "Lâm Đồng, ngày …" (the
/// rule between them is a drawing, not text) becomes one block in which the place and date are not found.
/// </remarks>
internal sealed class ExtractedTextBuilder
{
    private readonly StringBuilder _sb = new();
    private int _cellDepth;
    private bool _rowWritten;

    /// <summary>Characters written so far.</summary>
    public int Length => _sb.Length;

    /// <summary>True while a cell is open.</summary>
    public bool InCell => _cellDepth > 0;

    /// <summary>
    /// Writes one paragraph. Line breaks inside it ('\n') are kept as line breaks of the paragraph (the reflow step
    /// decides whether they join); each line is trimmed, whitespace runs become one space, empty lines and lines
    /// made only of '|' (which would read as table marks) are dropped.
    /// </summary>
    public void Paragraph(string text)
    {
        bool any = false;
        foreach (string raw in text.Split('\n'))
        {
            string line = Collapse(raw);
            if (line.Length == 0 || IsPipesOnly(line)) continue;
            _sb.Append(line).Append('\n');
            any = true;
        }
        if (any) _sb.Append('\n');
    }

    /// <summary>Marks the start of a table row.</summary>
    public void RowStart()
    {
        _sb.Append("||\n");
        _rowWritten = true;
    }

    /// <summary>Opens a cell: its paragraphs follow.</summary>
    public void CellStart() => _cellDepth++;

    /// <summary>Closes the open cell with a "|" line.</summary>
    public void CellEnd()
    {
        if (_cellDepth > 0) _cellDepth--;
        _sb.Append("|\n");
    }

    /// <summary>An empty cell: the continuation of a vertically merged cell.</summary>
    public void EmptyCell() => _sb.Append("|\n");

    /// <summary>Ends a table: a blank line after its last cell (nothing for a table that wrote no row).</summary>
    public void TableEnd()
    {
        if (_cellDepth == 0 && _rowWritten) _sb.Append('\n');
        _rowWritten = false;
    }

    public override string ToString() => _sb.ToString();

    /// <summary>Trims and collapses whitespace (any Unicode space, tab or line separator) to single spaces.</summary>
    internal static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsPipesOnly(string line)
    {
        foreach (char c in line) if (c != '|' && c != ' ') return false;
        return true;
    }
}
