using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Structure;

/// <summary>Recovers tables from runs of cells, with their header and rows (marked by the reader, or inferred).</summary>
internal static class TableParser
{
    /// <summary>The tables wholly inside blocks <paramref name="start"/>..<paramref name="end"/>, each with its first and last block.</summary>
    public static List<(Table Table, int FirstBlock, int LastBlock)> Find(NormalizedText doc, IReadOnlyList<Block> blocks, CellIndex cells, int start, int end)
    {
        var result = new List<(Table, int, int)>();
        foreach (var run in cells.Runs)
        {
            if (run.Count < 6) continue;
            int first = run[0].FirstBlock, last = run[^1].LastBlock;
            if (first < start || last >= end) continue;
            var tableCells = run.Select(c => MakeCell(doc, blocks, c)).ToList();
            var rowStarts = run.Select(c => blocks[c.FirstBlock].StartsRow).ToList();
            var table = rowStarts.Count(x => x) >= 2 ? ExplicitTable(tableCells, rowStarts) : BuildTable(tableCells);
            result.Add((table, first, last));
        }
        return result;
    }

    private static TableCell MakeCell(NormalizedText doc, IReadOnlyList<Block> blocks, CellIndex.Cell c)
    {
        var span = TextSpan.FromBounds(blocks[c.FirstBlock].Span.Start, blocks[c.LastBlock].Span.End);
        return new TableCell(doc.Slice(span), span);
    }

    /// <summary>A table whose reader marked where rows start (DOCX, HTML, Markdown rows): the first row is the header.</summary>
    private static Table ExplicitTable(List<TableCell> cells, List<bool> rowStarts)
    {
        var rows = new List<TableRow>();
        var current = new List<TableCell>();
        for (int k = 0; k < cells.Count; k++)
        {
            if (rowStarts[k] && current.Count > 0) { rows.Add(new TableRow(current)); current = []; }
            current.Add(cells[k]);
        }
        if (current.Count > 0) rows.Add(new TableRow(current));
        var span = TextSpan.FromBounds(cells[0].Span.Start, cells[^1].Span.End);
        // A first row without any item label or number is a header row.
        bool header = rows.Count > 1 && !rows[0].Cells.Any(c => StructurePatterns.Label().IsMatch(c.Text) || c.Text.Any(char.IsDigit));
        return header
            ? new Table(span, rows[0].Cells, rows.Skip(1).ToList(), RowsAreInferred: false)
            : new Table(span, [], rows, RowsAreInferred: false);
    }

    private static Table BuildTable(List<TableCell> cells)
    {
        var span = TextSpan.FromBounds(cells[0].Span.Start, cells[^1].Span.End);
        // Header: the leading cells before the first cell that opens an item ("I. …", "1. …", "- …").
        int headerCount = 0;
        for (int k = 0; k < cells.Count && k < 24; k++)
        {
            if (StructurePatterns.Label().IsMatch(cells[k].Text)) { headerCount = k; break; }
        }
        var header = cells.Take(headerCount).ToList();
        var rows = new List<TableRow>();
        var current = new List<TableCell>();
        for (int k = headerCount; k < cells.Count; k++)
        {
            var c = cells[k];
            // A one-paragraph cell that opens an item ("1. …", "- …") starts a row; a cell listing several
            // "- …" lines is an agency list inside a row. Without a label, a long task-like text after a
            // full row's worth of cells starts one too.
            var label = StructurePatterns.Label().Match(c.Text);
            bool listLabel = label.Groups["dash"].Success || label.Groups["plus"].Success || label.Groups["bullet"].Success;
            bool opensItem = label.Success && !(listLabel && c.Text.Contains('\n'));
            bool taskLike = c.Text.Length >= 20 && !c.Text.Contains('\n') && !IsNoteLike(c.Text) && !TableCellPatterns.TimeOrAgency().IsMatch(c.Text);
            int fullRow = 9 + GroupCells(current);
            if (current.Count > 0 && ((opensItem && current.Count >= 3) || (taskLike && current.Count >= fullRow)))
            {
                rows.Add(new TableRow(current));
                current = [];
            }
            current.Add(c);
        }
        if (current.Count > 0) rows.Add(new TableRow(current));
        return new Table(span, header, rows, RowsAreInferred: true);
    }

    // Leading cells of a row that name its group ("II. CẢI CÁCH THỂ CHẾ", "Xây dựng, kiểm tra…") before the item.
    private static int GroupCells(List<TableCell> row)
    {
        if (row.Count == 0 || !StructurePatterns.Label().Match(row[0].Text).Groups["roman"].Success) return 0;
        return row.Count > 1 && StructurePatterns.Label().IsMatch(row[1].Text) ? 1 : 2;
    }

    private static bool IsNoteLike(string t) =>
        t.StartsWith("Thông tư", StringComparison.Ordinal) || t.StartsWith("Quyết định", StringComparison.Ordinal) ||
        t.StartsWith("QĐ", StringComparison.Ordinal) || t.StartsWith("TT ", StringComparison.Ordinal) ||
        t.StartsWith("Nghị định", StringComparison.Ordinal) || t.StartsWith("Giao ", StringComparison.Ordinal) ||
        t.StartsWith("Thời lượng", StringComparison.Ordinal) || t.StartsWith("Thực hiện theo", StringComparison.Ordinal) ||
        t.StartsWith("(", StringComparison.Ordinal);
}
