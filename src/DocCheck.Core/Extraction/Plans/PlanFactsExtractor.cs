using System.Text.RegularExpressions;
using DocCheck.Extraction.Dates;
using DocCheck.Extraction.Quantities;
using DocCheck.Normalization;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Extraction.Plans;

/// <summary>
/// Reads a plan's period from its title, the deadline of each task (table rows and "Thời gian thực hiện:" lines),
/// and its budget tables with their stated totals. Works on what earlier stages found; never re-parses dates or amounts.
/// </summary>
public sealed partial class PlanFactsExtractor
{
    [GeneratedRegex(@"^(?:[a-zđ]\)\s*|\d+(?:\.\d+)*\.\s*|[-+]\s*)?(?:thời\s+gian\s+(?:thực\s+hiện|hoàn\s+thành)|thời\s+hạn(?:\s+hoàn\s+thành)?)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex TimeLine();

    [GeneratedRegex(@"^(?:trong|tháng|quý|năm|thường\s+xuyên|từ|đến|6\s+tháng|9\s+tháng|hằng|hàng|kế\s+hoạch\s+cụ\s+thể|cụ\s+thể|định\s+kỳ)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex TimeCell();

    /// <summary>"Kế hoạch CCHC năm 2021", "Chương trình cải cách hành chính giai đoạn 2021 - 2025": a plan's own period, words only in between.</summary>
    [GeneratedRegex(@"(?:kế\s+hoạch|chương\s+trình|đề\s+án)(?:\s+[\p{L}&]+){0,8}\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex PlanPhraseBefore();

    /// <summary>Builds the plan facts of a document.</summary>
    public PlanFacts Extract(NormalizedText doc, DocumentStructure structure, IReadOnlyList<DateMention> dates, IReadOnlyList<Quantity> quantities)
    {
        var period = TitlePeriod(structure, dates);
        var body = BodyPeriods(doc, structure, dates);
        var deadlines = new List<Deadline>();
        var lines = new List<BudgetLine>();
        var totals = new List<BudgetTotal>();
        foreach (var table in structure.Parts.SelectMany(p => p.Tables))
        {
            TableDeadlines(doc.Text, table, dates, deadlines);
            TableBudget(table, quantities, lines, totals);
        }
        TextDeadlines(doc, structure, dates, deadlines);
        deadlines.Sort((a, b) => a.When.Span.Start.CompareTo(b.When.Span.Start));
        return new PlanFacts(period, body, deadlines, lines, totals);
    }

    // ---- period ------------------------------------------------------------------------------------------------

    /// <summary>The period a plan's title gives ("năm 2021", "giai đoạn 2016-2020"), or null.</summary>
    public static PlanPeriod? TitlePeriod(DocumentStructure structure, IReadOnlyList<DateMention> dates)
    {
        // The plan itself may be carried by a decision ("QUYẾT ĐỊNH ban hành Kế hoạch … năm 2021"): any title will do,
        // the main part's first.
        foreach (var part in structure.Parts)
        {
            if (part.Header.Title is not { } title) continue;
            var inTitle = dates.Where(d => title.Span.Contains(d.Span.Start) && !d.InCitation && d.IsValid).ToList();
            var range = inTitle.FirstOrDefault(d => d.Kind == DateKind.YearRange);
            if (range is not null) return new PlanPeriod(range.Year!.Value, range.EndYear!.Value, range.Span, range.Text, true);
            var year = inTitle.FirstOrDefault(d => d.Kind == DateKind.Year);
            if (year is not null)
            {
                // "đến năm 2025": from the document's own year, if known, to that year.
                int start = year.Qualifier == DateQualifier.Until && structure.Header.PlaceDate?.Date.Year is int docYear && docYear < year.Year ? docYear : year.Year!.Value;
                return new PlanPeriod(start, year.Year!.Value, year.Span, year.Text, true);
            }
        }
        return null;
    }

    private static List<PlanPeriod> BodyPeriods(NormalizedText doc, DocumentStructure structure, IReadOnlyList<DateMention> dates)
    {
        var titles = structure.Parts.Select(p => p.Header.Title?.Span).Where(s => s is not null).Select(s => s!.Value).ToList();
        var result = new List<PlanPeriod>();
        foreach (var d in dates)
        {
            if (d.InCitation || !d.IsValid || titles.Any(t => t.Contains(d.Span.Start))) continue;
            if (d.Kind is not (DateKind.Year or DateKind.YearRange)) continue;
            // "… Kế hoạch CCHC năm 2021", "nhiệm vụ … giai đoạn 2021-2025": a period the body gives the plan.
            string before = doc.Text[Math.Max(0, d.Span.Start - 60)..d.Span.Start];
            if (!PlanPhraseBefore().IsMatch(before)) continue;
            int a = d.Year!.Value, b = d.EndYear ?? a;
            result.Add(new PlanPeriod(a, b, d.Span, d.Text, false));
        }
        return result;
    }

    // ---- deadlines ---------------------------------------------------------------------------------------------

    private static void TableDeadlines(string text, Table table, IReadOnlyList<DateMention> dates, List<Deadline> into)
    {
        foreach (var row in table.Rows)
        {
            var task = TaskCell(row);
            if (task is null) continue;
            foreach (var cell in row.Cells)
            {
                if (ReferenceEquals(cell, task) || cell.Text.Length == 0 || !TimeCell().IsMatch(cell.Text)) continue;
                bool ongoing = cell.Text.StartsWith("Thường xuyên", StringComparison.OrdinalIgnoreCase);
                var inCell = dates.Where(d => cell.Span.Contains(d.Span.Start) && d.Kind != DateKind.Recurring).ToList();
                foreach (var d in inCell) into.Add(new Deadline(d, task.Text, task.Span, FromTable: true, ongoing) { EndOfRange = EndOfRange(text, d.Span) });
                if (inCell.Count == 0 && ongoing)
                    into.Add(new Deadline(new DateMention { Kind = DateKind.Ongoing, Span = cell.Span, Text = cell.Text }, task.Text, task.Span, true, true));
                break;
            }
        }
    }

    /// <summary>The cell naming a row's task: the first that opens an item below the group level, else the first long one.</summary>
    private static TableCell? TaskCell(TableRow row)
    {
        foreach (var c in row.Cells)
        {
            var m = StructurePatterns.Label().Match(c.Text);
            if (m.Success && !m.Groups["roman"].Success) return c;
        }
        return row.Cells.FirstOrDefault(c => c.Text.Length >= 15 && !TimeCell().IsMatch(c.Text) && !StructurePatterns.Label().Match(c.Text).Groups["roman"].Success)
            ?? row.Cells.FirstOrDefault(c => c.Text.Length >= 15 && !TimeCell().IsMatch(c.Text));
    }

    private static void TextDeadlines(NormalizedText doc, DocumentStructure structure, IReadOnlyList<DateMention> dates, List<Deadline> into)
    {
        var tables = structure.Parts.SelectMany(p => p.Tables).Select(t => t.Span).ToList();
        var nodes = structure.Parts.SelectMany(p => p.AllNodes()).ToList();
        var outline = new OutlineIndex(nodes);
        var headers = structure.Parts.SelectMany(p => new[] { p.Header.Title?.Span, p.Header.PlaceDate?.Field.Span, p.Header.AttachedTo?.Span })
            .Where(s => s is not null).Select(s => s!.Value).ToList();
        // Per block, computed once: a block holding thousands of dates must not be sliced and scanned per date.
        Block? block = null;
        string text = "";
        bool timeLine = false;
        int[]? lastOpen = null, nextClose = null;
        foreach (var d in dates)
        {
            if (d.InCitation || tables.Any(t => t.Contains(d.Span.Start)) || headers.Any(h => h.Contains(d.Span.Start))) continue;
            var here = doc.BlockAt(d.Span.Start);
            if (block is null || here.Span != block.Span)
            {
                block = here;
                text = doc.Slice(block.Span);
                timeLine = TimeLine().IsMatch(text);
                lastOpen = nextClose = null;
            }
            int inBlock = d.Span.Start - block.Span.Start;
            bool bound = d.Qualifier is DateQualifier.NoLaterThan or DateQualifier.Before
                || (d.Qualifier == DateQualifier.Within && d.Kind is not DateKind.Recurring && !Bracketed(text, inBlock, ref lastOpen, ref nextClose));
            if (!timeLine && !bound) continue;
            // The task is the item the time belongs to: the item around a "Thời gian thực hiện:" line, else the item itself.
            var own = outline.Deepest(d.Span.Start);
            var taskNode = timeLine && own is not null && own.LabelSpan.Start >= block.Span.Start ? outline.Parent(own) ?? own : own;
            string task = taskNode?.Heading.Text ?? text;
            var span = taskNode?.Heading.Span ?? block.Span;
            if (timeLine && taskNode is not null) (task, span) = TaskBeforeTimeLine(doc, taskNode.Heading, block) ?? (task, span);
            into.Add(new Deadline(d, task, span, FromTable: false, Ongoing: false) { EndOfRange = EndOfRange(doc.Text, d.Span) });
        }
    }

    /// <summary>
    /// A heading that is a block of its own ("2. Cải cách thủ tục hành chính") names the task only in part: what the
    /// task is ("Báo cáo tổng kết …") stands in the blocks between it and the "Thời gian thực hiện:" line. The task is
    /// then the heading and those blocks, up to <see cref="MaxTaskLength"/> characters; null when nothing stands between.
    /// </summary>
    private static (string Task, TextSpan Span)? TaskBeforeTimeLine(NormalizedText doc, TextField heading, Block timeLine)
    {
        if (timeLine.Index == 0 || heading.Span.End > timeLine.Span.Start) return null;
        var before = doc.Blocks[timeLine.Index - 1];
        if (before.Span.End <= heading.Span.End || doc.BlockAt(heading.Span.Start).Span.End > heading.Span.End) return null;
        int end = Math.Min(before.Span.End, heading.Span.Start + MaxTaskLength);
        var span = TextSpan.FromBounds(heading.Span.Start, end);
        return (doc.Slice(span).Replace('\n', ' '), span);
    }

    private const int MaxTaskLength = 200;

    /// <summary>One end of "từ tháng 12/2020 đến tháng 3/2021" or "12/2020 - 3/2021": the end after "đến", "tới" or a dash,
    /// or the start before one. "Từ 01/7/2025" alone starts something still running and is no range's end.</summary>
    private static bool EndOfRange(string text, TextSpan span)
    {
        int from = Math.Max(0, span.Start - RangeWindow);
        string before = text[from..span.Start];
        string after = text.Substring(span.End, Math.Min(RangeWindow, text.Length - span.End));
        return DeadlinePatterns.RangeWordBefore().IsMatch(before) && (before.Contains("đến", StringComparison.OrdinalIgnoreCase) || before.Contains("tới", StringComparison.OrdinalIgnoreCase) || before.TrimEnd().EndsWith('-') || before.TrimEnd().EndsWith('–'))
            || DeadlinePatterns.RangeWordAfter().IsMatch(after);
    }

    private const int RangeWindow = 12;

    /// <summary>
    /// "(trong Quý IV năm 2017)" inside a criterion describes, it does not set a time for a task: the last "(" at or
    /// before <c>inBlock - 1</c> is not closed before <c>inBlock</c>. Both lookups are tables built once per block.
    /// </summary>
    private static bool Bracketed(string text, int inBlock, ref int[]? lastOpen, ref int[]? nextClose)
    {
        if (lastOpen is null || nextClose is null)
        {
            lastOpen = new int[text.Length + 1];
            nextClose = new int[text.Length + 1];
            int last = -1;
            for (int i = 0; i < text.Length; i++) { if (text[i] == '(') last = i; lastOpen[i] = last; }
            lastOpen[text.Length] = last;
            int next = -1;
            nextClose[text.Length] = -1;
            for (int i = text.Length - 1; i >= 0; i--) { if (text[i] == ')') next = i; nextClose[i] = next; }
        }
        int open = text.Length == 0 ? -1 : lastOpen[Math.Min(Math.Max(0, inBlock - 1), text.Length - 1)];
        if (open < 0) return false;
        int close = nextClose[open];
        return close < 0 || close > inBlock;
    }

    // ---- budget ------------------------------------------------------------------------------------------------

    private static void TableBudget(Table table, IReadOnlyList<Quantity> quantities, List<BudgetLine> lines, List<BudgetTotal> totals)
    {
        var money = quantities.Where(q => q.Kind == QuantityKind.Money && table.Span.Contains(q.Span.Start)).ToList();
        if (money.Count == 0) return;
        var items = new List<BudgetLine>();
        BudgetTotal? total = null;
        foreach (var row in table.Rows)
        {
            var rowSpan = TextSpan.FromBounds(row.Cells[0].Span.Start, row.Cells[^1].Span.End);
            var inRow = money.Where(q => rowSpan.Contains(q.Span.Start) || q.Span.Start == rowSpan.End).ToList();
            string first = row.Cells[0].Text;
            bool isTotal = first.StartsWith("Tổng", StringComparison.OrdinalIgnoreCase) || first.StartsWith("Cộng", StringComparison.OrdinalIgnoreCase);
            if (isTotal)
            {
                var stated = inRow.FirstOrDefault(q => !q.FromWords);
                if (stated is not null)
                    total = new BudgetTotal(stated, inRow.FirstOrDefault(q => q.FromWords), items.ToList(), table.Span);
                continue;
            }
            // An item is a cell that holds only an amount; an amount inside a sentence ("- Tại TTHCC tỉnh: 70.000.000
            // đồng" in the notes column) is a remark, not a budget line.
            var task = TaskCell(row);
            foreach (var q in inRow.Where(q => !q.FromWords && row.Cells.Any(c => c.Span == q.Span || c.Text.Trim() == q.Text.Trim())))
                items.Add(new BudgetLine(q, task?.Text ?? first, rowSpan));
        }
        lines.AddRange(items);
        if (total is not null) totals.Add(total);
    }
}
