using System.Text.RegularExpressions;
using DocCheck.Extraction.Dates;
using DocCheck.Normalization;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Extraction.Plans;

/// <summary>
/// The deadlines a plan's text gives its tasks, wherever a task states its time: after a time label ("Thời gian thực
/// hiện: Quý I/2019" as a line of its own, "- Thời gian: năm 2019", "…; thời gian hoàn thành: tháng 3/2021",
/// "(Thời gian thực hiện: năm 2021)"), in the items under a heading that only announces times ("3. Tiến độ thực
/// hiện" / "- Tháng 3/2019: …"), a date an item opens with ("- Quý II/2019: tổ chức …"), a bound ("trước ngày
/// 30/6/2019", "chậm nhất", "trong quý I/2019") and a task done at a time ("hoàn thành việc rà soát vào tháng 6/2019").
/// </summary>
internal static partial class TextDeadlineReader
{
    /// <summary>A time label in a block: where it starts, where its colon ends, where the time it gives ends, and whether it opens the block.</summary>
    private readonly record struct Label(int Start, int ColonEnd, int ClauseEnd, bool OpensBlock);

    /// <summary>Adds the text deadlines of <paramref name="doc"/> to <paramref name="into"/>.</summary>
    public static void Read(NormalizedText doc, DocumentStructure structure, IReadOnlyList<DateMention> dates, List<Deadline> into)
    {
        var tables = new SpanSet(structure.Parts.SelectMany(p => p.Tables).Select(t => t.Span));
        var nodes = structure.Parts.SelectMany(p => p.AllNodes()).ToList();
        var outline = new OutlineIndex(nodes);
        var headers = new SpanSet(structure.Parts.SelectMany(p => new[] { p.Header.Title?.Span, p.Header.PlaceDate?.Field.Span, p.Header.AttachedTo?.Span })
            .Where(s => s is not null).Select(s => s!.Value));
        // What stands under an item that only announces times ("3. Thời gian thực hiện", "IV. TIẾN ĐỘ THỰC HIỆN").
        var timeSections = new SpanSet(nodes.Where(n => DeadlinePatterns.TimeHeading().IsMatch(n.Heading.Text) && HeadingOnly(doc, n))
            .Select(n => TextSpan.FromBounds(n.Heading.Span.End, n.Span.End)));
        // Per block, computed once: a block holding thousands of dates must not be sliced and scanned per date.
        Block? block = null;
        string text = "";
        List<Label> labels = [];
        int prefix = 0;
        int[]? lastOpen = null, nextClose = null;
        foreach (var d in dates)
        {
            if (d.InCitation || tables.Contains(d.Span.Start) || headers.Contains(d.Span.Start)) continue;
            var here = doc.BlockAt(d.Span.Start);
            if (block is null || here.Span != block.Span)
            {
                block = here;
                text = doc.TextOf(block);
                prefix = PrefixLength(text);
                labels = Labels(text, prefix);
                lastOpen = nextClose = null;
            }
            int at = d.Span.Start - block.Span.Start;
            Label? label = null;
            foreach (var l in labels) if (l.ColonEnd <= at && at < l.ClauseEnd) label = l;
            bool given = label is not null
                || timeSections.Contains(d.Span.Start)
                || d.Qualifier is DateQualifier.NoLaterThan or DateQualifier.Before
                || (d.Qualifier == DateQualifier.Within && d.Kind is not DateKind.Recurring && !Describes(text, at, ref lastOpen, ref nextClose))
                || (d.Kind is DateKind.Day or DateKind.Month or DateKind.Quarter or DateKind.HalfYear
                    && (OpensItem(text, at, d.Span.Length, prefix) || Alone(text, at, d.Span.Length, prefix)))
                || DoneAt(text, at);
            if (!given) continue;
            var (task, taskSpan) = Task(doc, outline, block, text, d, label);
            into.Add(new Deadline(d, task, taskSpan, FromTable: false, Ongoing: false) { EndOfRange = DeadlineRanges.EndOfRange(doc.Text, d.Span) });
        }
    }

    /// <summary>
    /// The task a time belongs to: the item around a time line of its own ("b) Thời gian thực hiện: …" under its
    /// task), else the date's own item, cut where a time label inside it begins ("2. Cải cách thủ tục hành chính
    /// Thời gian thực hiện: …", a heading joined to its time line).
    /// </summary>
    private static (string Task, TextSpan Span) Task(NormalizedText doc, OutlineIndex outline, Block block, string text, DateMention d, Label? label)
    {
        var own = outline.Deepest(d.Span.Start);
        bool timeLine = label is { OpensBlock: true };
        var node = timeLine && own is not null && own.LabelSpan.Start >= block.Span.Start ? outline.Parent(own) ?? own : own;
        if (node is null) return (text, block.Span);
        var span = node.Heading.Span;
        int labelAt = label is { OpensBlock: false } inline ? block.Span.Start + inline.Start : -1;
        if (labelAt > span.Start && labelAt <= span.End)
        {
            int end = labelAt;
            while (end > span.Start && doc.Text[end - 1] is ' ' or ',' or ';' or '.' or '(' or '-' or '–') end--;
            if (end > span.Start) span = TextSpan.FromBounds(span.Start, end);
            return (doc.Slice(span), span);
        }
        if (timeLine && TaskBeforeTimeLine(doc, node.Heading, block) is { } before) return before;
        return (node.Heading.Text, span);
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

    /// <summary>How much of a block its outline label takes ("1.", "a)", "-", "+"), with the spaces and emphasis after it.</summary>
    private static int PrefixLength(string text)
    {
        var m = StructurePatterns.Label().Match(text);
        int p = m.Success ? m.Length : 0;
        while (p < text.Length && text[p] is ' ' or '*' or '_') p++;
        return p;
    }

    /// <summary>
    /// The time labels of a block. A label opening the block gives the time of all of it; one inside it, after a
    /// boundary ("…; thời gian hoàn thành: …", "(Thời gian thực hiện: …)") or written with a capital, the time up to
    /// the end of its clause.
    /// </summary>
    private static List<Label> Labels(string text, int prefix)
    {
        var result = new List<Label>();
        if (text.IndexOf(':') < 0) return result;
        foreach (Match m in DeadlinePatterns.TimeLabel().Each(text))
        {
            int colonEnd = m.Index + m.Length;
            // "Thời gian ký: 07/10/2025 20:43:19" is a digital signature's stamp, not a task's time.
            if (SignatureStamp(m.ValueSpan)) continue;
            if (m.Index <= prefix) { result.Add(new Label(m.Index, colonEnd, text.Length, true)); continue; }
            int b = m.Index - 1;
            while (b >= 0 && text[b] == ' ') b--;
            char before = b >= 0 ? text[b] : '\0';
            bool boundary = before is '(' or ';' or ',' or '.' or ':' or '-' or '–';
            if (!boundary && !char.IsUpper(text[m.Index])) continue;
            result.Add(new Label(m.Index, colonEnd, ClauseEnd(text, colonEnd, before == '('), false));
        }
        return result;
    }

    private static bool SignatureStamp(ReadOnlySpan<char> label)
    {
        foreach (var w in label.Split(' '))
        {
            var word = label[w].TrimEnd(':').Trim(',');
            if (word.Equals("ký", StringComparison.OrdinalIgnoreCase) || word.Equals("kí", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Where the time a label gives ends: at ";", at ")" closing the label's "(", or at a sentence's end.</summary>
    private static int ClauseEnd(string text, int from, bool inParentheses)
    {
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ';' || c == '\n' || (inParentheses && c == ')')) return i;
            if (c == '.' && (i + 1 == text.Length || (text[i + 1] == ' ' && i + 2 < text.Length && char.IsUpper(text[i + 2])))) return i;
        }
        return text.Length;
    }

    /// <summary>"- Quý II/2019: tổ chức hội nghị": the date opens its item and a colon follows it.</summary>
    private static bool OpensItem(string text, int at, int length, int prefix)
    {
        if (at > prefix) return false;
        int i = at + length;
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && text[i] == ':';
    }

    /// <summary>
    /// A date that is all its block says ("- Quý II/2026", "Trong tháng 3/2021", "Quý IV/2025 - Quý II/2026"): a time
    /// cell of a table the layout lost, or a bullet that gives a time. Not a bare year ("Năm 2025" heads columns of
    /// figures).
    /// </summary>
    private static bool Alone(string text, int at, int length, int prefix)
    {
        if (at < prefix || at - prefix > 30 || !AloneBefore().IsMatch(text.AsSpan(prefix, at - prefix))) return false;
        var after = text.AsSpan(at + length).Trim(" .;,*");
        return after.Length == 0 || DeadlinePatterns.RangeWordAfter().IsMatch(text.AsSpan(at + length));
    }

    [GeneratedRegex(@"^(?:(?:trong|trước|chậm\s+nhất(?:\s+là)?|từ|đến|hoàn\s+thành(?:\s+trong|\s+trước)?|vào)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex AloneBefore();

    /// <summary>"hoàn thành việc rà soát vào tháng 6/2019": the date a task is done at.</summary>
    private static bool DoneAt(string text, int at)
    {
        // Most dates have no "vào" before them: look for it before running the pattern.
        if (at < 5 || !text.AsSpan(at - 4, 4).Equals("vào ", StringComparison.OrdinalIgnoreCase)) return false;
        int from = Math.Max(0, at - DoneAtWindow);
        return DeadlinePatterns.DoneAtBefore().IsMatch(text.AsSpan(from, at - from));
    }

    private const int DoneAtWindow = 110;

    /// <summary>A heading that is all its block holds ("3. Thời gian thực hiện:"), its times in the lines under it.</summary>
    private static bool HeadingOnly(NormalizedText doc, OutlineNode n)
    {
        var block = doc.BlockAt(n.LabelSpan.Start);
        int end = block.Span.End;
        for (int i = n.Heading.Span.End; i < end; i++)
            if (doc.Text[i] is not (' ' or ':' or '*')) return false;
        return true;
    }

    /// <summary>
    /// "(trong Quý IV năm 2017)" inside a criterion describes, it does not set a time for a task; "(hoàn thành trong
    /// tháng 11/2025)" after a task does.
    /// </summary>
    private static bool Describes(string text, int inBlock, ref int[]? lastOpen, ref int[]? nextClose)
    {
        int open = Bracketed(text, inBlock, ref lastOpen, ref nextClose);
        return open >= 0 && !DoneWithin().IsMatch(text.AsSpan(open + 1, inBlock - open - 1));
    }

    [GeneratedRegex(@"^\s*(?:hoàn\s+thành|xong|thực\s+hiện|triển\s+khai)\s+trong\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex DoneWithin();

    /// <summary>
    /// The "(" a date stands inside of, or -1: the last "(" at or before <c>inBlock - 1</c> not closed before
    /// <c>inBlock</c>. Both lookups are tables built once per block.
    /// </summary>
    private static int Bracketed(string text, int inBlock, ref int[]? lastOpen, ref int[]? nextClose)
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
        if (open < 0) return -1;
        int close = nextClose[open];
        return close < 0 || close > inBlock ? open : -1;
    }
}
