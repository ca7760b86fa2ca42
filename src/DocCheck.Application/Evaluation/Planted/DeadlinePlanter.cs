using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>
/// DC3003: a task of a plan is given a time years outside the plan's period (the period its title states) — at the end
/// of a task bullet (", hoàn thành trong năm 2019", ", chậm nhất trong tháng 9/2031", " (hoàn thành trước ngày
/// 30/6/2020)"), as a line under it ("- Thời gian thực hiện: Quý II/2020.", "- Thời gian: tháng 5/2031.", a range "từ
/// tháng 3/2020 đến tháng 9/2020"), by moving the year of a time the plan already gives ("trong năm 2026" → "trong năm
/// 2022"), or in the time cell of a task table ("Quý II/2021" → "Quý II/2017").
/// </summary>
public sealed class DeadlinePlanter : IPlanter
{
    private const int MinTask = 30;
    private static readonly LabelKind[] BulletKinds = [LabelKind.Dash, LabelKind.Plus, LabelKind.Bullet, LabelKind.Letter, LabelKind.Arabic, LabelKind.ArabicParen];

    public DefectKind Kind => DefectKind.DeadlineOutsidePeriod;

    public IEnumerable<PlantedDefect> Candidates(PlantingSite site, Random random)
    {
        if (PlanPeriodReader.Read(site) is not { } period) yield break;
        string shownPeriod = period.Start == period.End ? $"{period.Start}" : $"{period.Start}–{period.End}";
        var bodyStarts = site.Body.Select(b => b.Span.Start).ToHashSet();
        foreach (var (node, ancestors) in site.Nodes)
        {
            if (node.Children.Count > 0 || !BulletKinds.Contains(node.Kind) || !IsTask(ancestors)) continue;
            var block = site.BlockAt(node.LabelSpan.Start);
            if (!bodyStarts.Contains(block.Span.Start) || block.Span.Length < MinTask) continue;
            var blockSource = site.SourceOf(block);
            var (phrase, line) = Phrase(Outside(period, random), random);
            if (phrase is not null)
            {
                int at = site.EndOfSentence(block);
                yield return new PlantedDefect(Kind, [new TextEdit(new TextSpan(at, 0), phrase)], blockSource,
                    $"+ \"{phrase.TrimStart(',', ' ')}\" (thời kỳ {shownPeriod})");
                continue;
            }
            // A line of its own under the task, separated as the document separates its paragraphs.
            int end = blockSource.End;
            string separator = site.Source.AsSpan(end).StartsWith("\n\n") || site.Source.AsSpan(end).StartsWith("\r\n\r\n") ? "\n\n" : "\n";
            yield return new PlantedDefect(Kind, [new TextEdit(new TextSpan(end, 0), separator + line)], blockSource,
                $"+ \"{line}\" (thời kỳ {shownPeriod})");
        }
        // A time the plan already gives a task, its year moved out of the period (a table copied from an earlier plan).
        foreach (var block in site.Body)
        {
            string text = site.TextOf(block);
            foreach (System.Text.RegularExpressions.Match m in PlantPatterns.TaskTime().Matches(text))
            {
                var y = m.Groups["y"];
                int year = int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture);
                if (year < period.Start || year > period.End || site.Document.Citations.Any(c => c.Span.Contains(block.Span.Start + m.Index))) continue;
                int moved = Outside(period, random);
                var span = site.ToSource(new TextSpan(block.Span.Start + y.Index, y.Length));
                yield return new PlantedDefect(Kind, [new TextEdit(span, moved.ToString(System.Globalization.CultureInfo.InvariantCulture))], site.SourceOf(block),
                    $"\"{PlantText.Quote(m.Value, 50)}\": {year} → {moved} (thời kỳ {shownPeriod})");
                break;
            }
        }
        foreach (var d in TableCells(site, period, random, shownPeriod)) yield return d;
    }

    /// <summary>Time cells of task tables whose year lies in the period: the year moves out of it.</summary>
    private IEnumerable<PlantedDefect> TableCells(PlantingSite site, (int Start, int End) period, Random random, string shownPeriod)
    {
        foreach (var table in site.Document.Structure.Parts.SelectMany(p => p.Tables))
            foreach (var row in table.Rows)
            {
                if (!row.Cells.Any(c => c.Text.Length >= 15 && !TimeCell(c.Text))) continue;
                foreach (var cell in row.Cells)
                {
                    if (!TimeCell(cell.Text)) continue;
                    var m = PlantPatterns.Year().Match(cell.Text);
                    if (!m.Success || !int.TryParse(m.Value, out int y) || y < period.Start || y > period.End) break;
                    int year = Outside(period, random);
                    var span = site.ToSource(new TextSpan(cell.Span.Start + m.Index, m.Length));
                    var rowSpan = site.ToSource(TextSpan.FromBounds(row.Cells[0].Span.Start, row.Cells[^1].Span.End));
                    yield return new PlantedDefect(Kind, [new TextEdit(span, year.ToString(System.Globalization.CultureInfo.InvariantCulture))], rowSpan,
                        $"ô thời gian \"{PlantText.Quote(cell.Text, 40)}\": {m.Value} → {year} (thời kỳ {shownPeriod})");
                    break;
                }
            }
    }

    private static bool TimeCell(string text) =>
        text.StartsWith("Trong", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Tháng", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Quý", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Năm", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// How the time is written: words added at the end of the task (the first of the pair), or a line of its own under it
    /// (the second) — the ways plans state a task's time.
    /// </summary>
    private static (string? Phrase, string Line) Phrase(int year, Random random)
    {
        string quarter = PlantText.Roman(1 + random.Next(4))!;
        int month = 1 + random.Next(12);
        string day = new[] { "31/3", "30/6", "30/9", "31/12" }[random.Next(4)];
        return random.Next(9) switch
        {
            0 => ($", hoàn thành trong năm {year}", ""),
            1 => ($", hoàn thành trước ngày {day}/{year}", ""),
            2 => ($", chậm nhất trong tháng {month}/{year}", ""),
            3 => ($", thực hiện trong quý {quarter}/{year}", ""),
            4 => ($" (hoàn thành trước ngày {day}/{year})", ""),
            5 => (null, $"- Thời gian thực hiện: năm {year}."),
            6 => (null, $"- Thời gian thực hiện: Quý {quarter}/{year}."),
            7 => (null, $"- Thời gian: tháng {month}/{year}."),
            _ => (null, $"- Thời gian thực hiện: từ tháng {1 + random.Next(6)}/{year} đến tháng {7 + random.Next(6)}/{year}."),
        };
    }

    /// <summary>Three to five years before the period or after it.</summary>
    internal static int Outside((int Start, int End) period, Random random) =>
        random.Next(2) == 0 ? period.Start - 3 - random.Next(3) : period.End + 3 + random.Next(3);

    /// <summary>The nearest heading that says what its section holds decides: tasks ("Nhiệm vụ", "Tổ chức thực hiện"), or aims and money.</summary>
    internal static bool IsTask(IReadOnlyList<OutlineNode> ancestors)
    {
        for (int i = ancestors.Count - 1; i >= 0; i--)
        {
            string h = ancestors[i].Heading.Text;
            if (h.Length > 100) h = h[..100];
            bool task = PlantPatterns.TaskHeading().IsMatch(h), other = PlantPatterns.NonTaskHeading().IsMatch(h);
            if (task && !other) return true;
            if (other && !task) return false;
        }
        return false;
    }
}
