using System.Text.RegularExpressions;
using DocCheck.Extraction.Dates;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Extraction.Plans;

/// <summary>
/// The deadlines of a task table: the cells of its time column ("Thời gian thực hiện", "Thời gian hoàn thành",
/// "Tiến độ"), whatever they say ("30/6/2021", "Ban hành kế hoạch trong tháng 01/2026"); in a table without such a
/// heading, the first cell of a row that reads as a time ("Trong năm 2020", "Quý II/2021", "Tháng 3/2021").
/// </summary>
internal static partial class TableDeadlineReader
{
    [GeneratedRegex(@"^(?:trong|tháng|quý|năm|thường\s+xuyên|từ|đến|6\s+tháng|9\s+tháng|hằng|hàng|kế\s+hoạch\s+cụ\s+thể|cụ\s+thể|định\s+kỳ|trước|chậm\s+nhất|hoàn\s+thành\s+trước)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex TimeCell();

    /// <summary>Adds the deadlines of <paramref name="table"/> to <paramref name="into"/>.</summary>
    public static void Read(string text, Table table, IReadOnlyList<DateMention> dates, List<Deadline> into)
    {
        var (column, width, headerRow) = TimeColumnOf(table);
        int usual = UsualWidth(table);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            if (r == headerRow) continue;
            foreach (var row in Split(table.Rows[r], usual))
                ReadRow(text, row, column, width, dates, into);
        }
    }

    /// <summary>The deadlines of one row: its task and the dates of its time cell.</summary>
    private static void ReadRow(string text, TableRow row, int column, int width, IReadOnlyList<DateMention> dates, List<Deadline> into)
    {
        var task = TaskCell(row);
        if (task is null) return;
        // A row as wide as the heading has its time where the heading says; merged rows fall back on the cells' words.
        var cell = column >= 0 && row.Cells.Count == width
            ? row.Cells[column]
            : row.Cells.FirstOrDefault(c => !ReferenceEquals(c, task) && c.Text.Length > 0 && TimeCell().IsMatch(c.Text));
        if (cell is null || ReferenceEquals(cell, task) || cell.Text.Length == 0) return;
        bool ongoing = cell.Text.StartsWith("Thường xuyên", StringComparison.OrdinalIgnoreCase);
        // A cell citing the rule it follows ("Theo Điều 17 Nghị định số 52/2015/NĐ-CP ngày …") gives no date of its own.
        var inCell = dates.Where(d => cell.Span.Contains(d.Span.Start) && d.Kind != DateKind.Recurring && !d.InCitation).ToList();
        foreach (var d in inCell) into.Add(new Deadline(d, task.Text, task.Span, FromTable: true, ongoing) { EndOfRange = DeadlineRanges.EndOfRange(text, d.Span) });
        if (inCell.Count == 0 && ongoing)
            into.Add(new Deadline(new DateMention { Kind = DateKind.Ongoing, Span = cell.Span, Text = cell.Text }, task.Text, task.Span, true, true));
    }

    /// <summary>The number of cells most rows have.</summary>
    private static int UsualWidth(Table table) =>
        table.Rows.Count == 0 ? 0 : table.Rows.GroupBy(r => r.Cells.Count).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

    /// <summary>
    /// A row holding two or three rows' worth of cells (rows inferred from labels, and an item without a label ran on
    /// into the one before it): each run of the usual width is a row of its own, with its own task and time.
    /// </summary>
    private static IEnumerable<TableRow> Split(TableRow row, int usual)
    {
        int n = row.Cells.Count;
        if (usual < 3 || n < 2 * usual || n % usual != 0) { yield return row; yield break; }
        for (int k = 0; k < n; k += usual) yield return new TableRow([.. row.Cells.Skip(k).Take(usual)]);
    }

    /// <summary>
    /// The time column: its index, the width of the heading it was read from, and the row that heading is when the
    /// table's own heading is empty (Word tables whose first row is the heading); -1 where there is none.
    /// </summary>
    private static (int Column, int Width, int HeaderRow) TimeColumnOf(Table table)
    {
        int c = IndexOfTime(table.Header);
        if (c >= 0) return (c, table.Header.Count, -1);
        if (table.Header.Count == 0 && table.Rows.Count > 0 && IndexOfTime(table.Rows[0].Cells) is var r0 and >= 0)
            return (r0, table.Rows[0].Cells.Count, 0);
        return (-1, 0, -1);
    }

    private static int IndexOfTime(IReadOnlyList<TableCell> cells)
    {
        for (int i = 0; i < cells.Count; i++)
            if (cells[i].Text.Length <= 60 && DeadlinePatterns.TimeColumn().IsMatch(cells[i].Text)) return i;
        return -1;
    }

    /// <summary>The cell naming a row's task: the first that opens an item below the group level, else the first long one.</summary>
    internal static TableCell? TaskCell(TableRow row)
    {
        foreach (var c in row.Cells)
        {
            var m = StructurePatterns.Label().Match(c.Text);
            if (m.Success && !m.Groups["roman"].Success) return c;
        }
        return row.Cells.FirstOrDefault(c => c.Text.Length >= 15 && !TimeCell().IsMatch(c.Text) && !StructurePatterns.Label().Match(c.Text).Groups["roman"].Success)
            ?? row.Cells.FirstOrDefault(c => c.Text.Length >= 15 && !TimeCell().IsMatch(c.Text));
    }
}
