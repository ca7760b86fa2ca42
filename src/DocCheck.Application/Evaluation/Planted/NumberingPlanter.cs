using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>
/// DC1005: in a list of items numbered in sequence ("a) b) c)", "1. 2. 3.", "2.1. 2.2.", "I. II. III.", "Điều 1. Điều 2."),
/// one item repeats the label before it ("a) b) b)"), or one is skipped and the rest renumbered ("1. 2. 4. 5."). The
/// lists are read from the source lines themselves — a line that opens with a label — not from DocCheck's outline, so
/// a list the outline misses (a wrapped heading, dropped markup) is planted too. Tables are left out (their numbers are
/// rows, not an outline). Never makes a label "1" or "a" (a list starting again is not a numbering error).
/// </summary>
public sealed class NumberingPlanter : IPlanter
{
    private enum ListKind { Roman, Arabic, Multi, Letter, Article }

    private sealed record Item(ListKind Kind, string Parent, int Position, TextSpan Token, int Line);

    public DefectKind Kind => DefectKind.Numbering;

    public IEnumerable<PlantedDefect> Candidates(PlantingSite site, Random random)
    {
        foreach (var run in Runs(site))
        {
            // A repeat of "1." or "a)" reads as a list starting again, which DC1005 rightly leaves alone.
            var repeatable = Enumerable.Range(1, run.Count - 1).Where(i => run[i - 1].Position >= 2).ToList();
            bool duplicate = repeatable.Count > 0 && random.Next(2) == 0;
            int k = duplicate ? repeatable[random.Next(repeatable.Count)] : 1 + random.Next(run.Count - 1);
            var changed = duplicate ? run.Skip(k).Take(1).ToList() : run.Skip(k).ToList();
            var edits = new List<TextEdit>();
            foreach (var item in changed)
            {
                string? label = Label(item.Kind, duplicate ? item.Position - 1 : item.Position + 1);
                if (label is null) { edits.Clear(); break; }
                edits.Add(new TextEdit(item.Token, label));
            }
            if (edits.Count == 0) continue;
            // "a) b) c) → a) c) d)": the labels around the change, before and after.
            var shown = run.Skip(k - 1).Take(3).ToList();
            string was = string.Join(" ", shown.Select(i => Written(site, i, i.Position)));
            string now = string.Join(" ", shown.Select(i => Written(site, i, changed.Contains(i) ? i.Position + (duplicate ? -1 : 1) : i.Position)));
            var target = run[k];
            int lineStart = site.Document.Source.LineStart(target.Line);
            var region = TextSpan.FromBounds(lineStart, Math.Max(lineStart, site.Document.Source.LineStart(target.Line) + site.Document.Source.LineText(target.Line).Length));
            yield return new PlantedDefect(Kind, edits, region, $"{was} → {now} ({(duplicate ? "lặp số" : "bỏ số")}; dòng {string.Join(", ", shown.Select(i => i.Line))})");
        }
    }

    /// <summary>Runs of at least two labels of one kind (and, for "2.1.", one parent) that follow one another in the text.</summary>
    private static IEnumerable<List<Item>> Runs(PlantingSite site)
    {
        var tables = site.Document.Structure.Parts.SelectMany(p => p.Tables).Select(t => site.ToSource(t.Span)).ToList();
        int headerEnd = HeaderArea.Length(site.Source);
        var open = new Dictionary<(ListKind, string), List<Item>>();
        var source = site.Document.Source;
        foreach (Match m in PlantPatterns.LabelLine().Matches(site.Source))
        {
            if (m.Index < headerEnd || tables.Any(t => t.Contains(m.Index))) continue;
            if (Read(site, m) is not { } item || InTextTable(source, item.Line)) continue;
            var key = (item.Kind, item.Parent);
            if (open.TryGetValue(key, out var run) && item.Position == run[^1].Position + 1 && item.Line - run[^1].Line <= MaxGap) { run.Add(item); continue; }
            if (run is { Count: >= 2 }) yield return run;
            open[key] = [item];
        }
        foreach (var run in open.Values.Where(r => r.Count >= 2).OrderBy(r => r[0].Token.Start)) yield return run;
    }

    /// <summary>Items of one list further apart than this are taken for two lists.</summary>
    private const int MaxGap = 150;

    /// <summary>A line next to a "|" line is a cell of a text table, even one the structure did not recover.</summary>
    private static bool InTextTable(SourceText source, int line)
    {
        static bool Pipe(string t) => t.Trim() is "|" || t.TrimStart().StartsWith('|');
        return (line > 1 && Pipe(source.LineText(line - 1))) || (line < source.LineCount && Pipe(source.LineText(line + 1))) || source.LineText(line).Contains('|');
    }

    private static Item? Read(PlantingSite site, Match m)
    {
        int line = site.Document.Source.GetPosition(m.Index).Line;
        Group g;
        if ((g = m.Groups["roman"]).Success)
            return PlantText.FromRoman(g.Value) is int r ? new Item(ListKind.Roman, "", r, new TextSpan(g.Index, g.Length), line) : null;
        if ((g = m.Groups["multi"]).Success)
        {
            int dot = g.Value.LastIndexOf('.');
            return new Item(ListKind.Multi, g.Value[..dot], int.Parse(g.Value[(dot + 1)..], CultureInfo.InvariantCulture), new TextSpan(g.Index + dot + 1, g.Length - dot - 1), line);
        }
        if ((g = m.Groups["arabic"]).Success)
            return new Item(ListKind.Arabic, "", int.Parse(g.Value, CultureInfo.InvariantCulture), new TextSpan(g.Index, g.Length), line);
        if ((g = m.Groups["letter"]).Success)
            return new Item(ListKind.Letter, "", PlantText.Letters.IndexOf(g.Value[0], StringComparison.Ordinal) + 1, new TextSpan(g.Index, g.Length), line);
        g = m.Groups["article"];
        return new Item(ListKind.Article, "", int.Parse(g.Value, CultureInfo.InvariantCulture), new TextSpan(g.Index, g.Length), line);
    }

    private static string? Label(ListKind kind, int pos) => pos < 1 ? null : kind switch
    {
        ListKind.Roman => PlantText.Roman(pos),
        ListKind.Letter => PlantText.Letter(pos),
        _ => pos.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>How the label reads with position <paramref name="pos"/>: "b)", "2.3.", "II.", "Điều 3".</summary>
    private static string Written(PlantingSite site, Item item, int pos) => item.Kind switch
    {
        ListKind.Letter => Label(item.Kind, pos) + ")",
        ListKind.Multi => $"{item.Parent}.{pos}.",
        ListKind.Article => $"Điều {pos}",
        _ => Label(item.Kind, pos) + ".",
    };
}
