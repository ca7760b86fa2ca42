using DocCheck.Application.Evaluation.Planted;
using DocCheck.Pipeline;
using DocCheck.Reporting.Lint;
using DocCheck.Rules;
using DocCheck.Text;

namespace DocCheck.Application.Evaluation;

/// <summary>
/// The planted-defect evaluation: for each document, plant one defect at a time into a copy of its text (in memory),
/// at a place its own structure offers and that the seed picks, lint the copy, and count the defect as caught when the
/// expected rule reports it on the planted lines (or the table, for a total) and did not report there before. A place
/// where the rule already fires on the original is never used: it could not tell the planted defect from a real one.
/// Any level counts as caught; the level is reported.
/// </summary>
public static class PlantedDefects
{
    /// <summary>One document to plant into: its path, the name reports show, and its group ("seeds", "plans").</summary>
    public sealed record Input(string Path, string Name, string Group);

    /// <summary>The planters, one per kind, in report order.</summary>
    public static IReadOnlyList<IPlanter> Planters { get; } =
    [
        new BlankNumberPlanter(), new BlankDatePlanter(), new SecondDatePlanter(), new LateCitationPlanter(), new DeadlinePlanter(),
        new PercentPlanter(), new BudgetTotalPlanter(), new ScorePlanter(), new RankPlanter(), new NumberingPlanter(),
        new PlaceholderPlanter(), new NgayTypoPlanter(), new MisspellingPlanter(),
    ];

    /// <summary>Runs the evaluation over <paramref name="inputs"/> (documents in parallel; the result in input order).</summary>
    public static PlantedResult Run(IReadOnlyList<Input> inputs, DocumentAnalyzer analyzer, PlantingOptions options)
    {
        var perDocument = new (List<PlantedOutcome> Outcomes, List<NoPlace> NoPlaces, Unreadable? Error)[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => perDocument[i] = RunDocument(inputs[i], analyzer, options));
        var groups = inputs.GroupBy(x => x.Group).Select(g => (g.Key, g.Count())).ToList();
        return new PlantedResult(options, groups,
            perDocument.SelectMany(d => d.Outcomes).ToList(),
            perDocument.SelectMany(d => d.NoPlaces).ToList(),
            perDocument.Where(d => d.Error is not null).Select(d => d.Error!).ToList());
    }

    /// <summary>Plants every kind into one document.</summary>
    public static (List<PlantedOutcome> Outcomes, List<NoPlace> NoPlaces, Unreadable? Error) RunDocument(Input input, DocumentAnalyzer analyzer, PlantingOptions options)
    {
        var outcomes = new List<PlantedOutcome>();
        var noPlaces = new List<NoPlace>();
        var read = analyzer.Readers.ReadFile(input.Path);
        if (!read.Success) return (outcomes, noPlaces, new Unreadable(input.Group, input.Name, read.Error!.Describe("en")));
        var linter = new Linter();
        var original = analyzer.Analyze(read.Source, read.Encoding ?? "utf-8");
        var baseline = LintedFile.From(input.Path, original, linter.Lint(original, options.Lint)).Findings;
        var site = new PlantingSite(original, baseline);
        foreach (var planter in Planters)
        {
            var random = new Random(StableSeed(options.Seed, input.Name, planter.Kind));
            var candidates = planter.Candidates(site, random).Where(c => !site.BaselineReports(c.Rule, c.Region)).ToList();
            if (candidates.Count == 0) { noPlaces.Add(new NoPlace(input.Group, input.Name, planter.Kind)); continue; }
            foreach (var plant in Pick(candidates, options.PerKind, random))
                outcomes.Add(Check(input, site, plant, analyzer, linter, options));
        }
        return (outcomes, noPlaces, null);
    }

    /// <summary>Lints the document with <paramref name="plant"/> written into it and judges the result.</summary>
    public static PlantedOutcome Check(Input input, PlantingSite site, PlantedDefect plant, DocumentAnalyzer analyzer, Linter linter, PlantingOptions options)
    {
        var source = site.Document.Source;
        int line = source.GetPosition(plant.Edits.Min(e => e.Span.Start)).Line;
        IReadOnlyList<LocatedFinding> findings;
        SourceText planted;
        try
        {
            planted = new SourceText(source.Path, TextEdit.Apply(source.Text, plant.Edits));
            var doc = analyzer.Analyze(planted, site.Document.Encoding);
            findings = LintedFile.From(source.Path, doc, linter.Lint(doc, options.Lint)).Findings;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new PlantedOutcome(input.Group, input.Name, line, plant.Kind, plant.Rule, plant.Planted, false, null, "analysis failed: " + e.GetType().Name + ": " + e.Message);
        }
        var region = TextSpan.FromBounds(TextEdit.Map(plant.Region.Start, plant.Edits, end: false), TextEdit.Map(plant.Region.End, plant.Edits, end: true));
        var (first, last) = PlantingSite.Lines(planted, region);
        bool InRegion(LocatedFinding f) => f.Location.Start.Line <= last && f.Location.End.Line >= first;
        var hits = findings.Where(f => f.RuleId == plant.Rule && InRegion(f)).ToList();
        if (hits.Count > 0)
            return new PlantedOutcome(input.Group, input.Name, line, plant.Kind, plant.Rule, plant.Planted, true, hits.Max(f => f.Level), "");

        // What was reported there instead, and the expected rule's new findings elsewhere.
        var before = site.Baseline.Select(f => (f.RuleId, f.Message)).ToHashSet();
        var instead = findings.Where(f => !before.Contains((f.RuleId, f.Message)) && (InRegion(f) || f.RuleId == plant.Rule))
            .Select(f => $"{f.RuleId} {LintReport.LevelName(f.Level)} line {f.Location.Start.Line}: {f.Message}").ToList();
        return new PlantedOutcome(input.Group, input.Name, line, plant.Kind, plant.Rule, plant.Planted, false, null,
            instead.Count == 0 ? "nothing" : string.Join(" | ", instead)) { Copy = options.KeepMissedCopies ? planted.Text : null };
    }

    /// <summary>Up to <paramref name="count"/> of the candidates, picked by <paramref name="random"/>, in document order.</summary>
    private static IEnumerable<PlantedDefect> Pick(List<PlantedDefect> candidates, int count, Random random)
    {
        var order = Enumerable.Range(0, candidates.Count).ToArray();
        int n = Math.Min(count, order.Length);
        for (int i = 0; i < n; i++)
        {
            int j = i + random.Next(order.Length - i);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order.Take(n).Order().Select(i => candidates[i]);
    }

    /// <summary>A seed of its own for each document and kind (FNV-1a of the seed, the name and the kind), so adding a document or a kind moves nothing else.</summary>
    internal static int StableSeed(int seed, string name, DefectKind kind)
    {
        uint h = 2166136261;
        foreach (char ch in $"{seed}|{Path.GetFileName(name)}|{kind.Name()}")
        {
            h ^= ch;
            h *= 16777619;
        }
        return (int)(h & 0x7fffffff);
    }
}
