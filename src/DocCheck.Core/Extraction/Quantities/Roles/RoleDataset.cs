using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocCheck.Pipeline;

namespace DocCheck.Extraction.Quantities.Roles;

/// <summary>One labelled quantity, ready for training: its cues, its gold role and the document it came from.</summary>
public sealed record RoleExample(RoleCues Cues, QuantityRole Gold, string Document);

/// <summary>A quantity of a document that could be labelled: where it is, what was extracted, and its cues.</summary>
public sealed record LabelCandidate(string Document, int Line, int Column, string Kind, string Text, RoleCues Cues);

/// <summary>One row of <c>corpus/labels/quantity-roles.csv</c>.</summary>
public sealed record RoleLabel(string Document, int Line, int Column, string Kind, string Text, string Quote, string Role, string Split, string Note)
{
    /// <summary>"noise" marks an extraction error: kept as evidence, left out of training and evaluation.</summary>
    public bool IsNoise => Role == "noise";
}

/// <summary>
/// The labelled quantities joined with what the pipeline extracts today: each label is found again by its
/// document, source line, column and text, and gets the cues the classifier would see. Documents under
/// <c>corpus/</c> resolve against the repository; the others against the corpus-ext folder, and are skipped
/// (counted, not an error) when that folder is absent.
/// </summary>
public sealed class RoleDataset
{
    public required IReadOnlyList<RoleExample> Train { get; init; }
    public required IReadOnlyList<RoleExample> Test { get; init; }
    public required int Labels { get; init; }
    public required int Noise { get; init; }
    public required int DocumentsFound { get; init; }
    public required IReadOnlyList<string> MissingDocuments { get; init; }
    /// <summary>Labels no longer found at their place (the extraction changed): each with the reason.</summary>
    public required IReadOnlyList<string> Unmatched { get; init; }

    private static readonly HashSet<string> ValidRoles = ["Target", "Baseline", "Requirement", "Other", "noise"];

    /// <summary>Reads and checks the label file; a bad row gives a <see cref="FormatException"/> naming its line.</summary>
    public static IReadOnlyList<RoleLabel> ReadLabels(string path)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true, TrimOptions = TrimOptions.None };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        var list = new List<RoleLabel>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            int row = csv.Parser.Row;
            string Get(string name) => csv.GetField(name) ?? throw new FormatException($"{path}:{row}: no column {name}");
            var label = new RoleLabel(Get("document"), int.Parse(Get("line"), CultureInfo.InvariantCulture), int.Parse(Get("column"), CultureInfo.InvariantCulture),
                Get("kind"), Get("text"), Get("quote"), Get("role"), Get("split"), Get("note"));
            if (!ValidRoles.Contains(label.Role)) throw new FormatException($"{path}:{row}: role '{label.Role}' is not one of {string.Join(", ", ValidRoles)}");
            if (label.Split is not ("train" or "test")) throw new FormatException($"{path}:{row}: split '{label.Split}' is not train or test");
            list.Add(label);
        }
        return list;
    }

    /// <summary>Loads the labels at <paramref name="labelsPath"/> against the documents they name.</summary>
    public static RoleDataset Load(string labelsPath, string repoRoot, string? corpusExtRoot)
    {
        var labels = ReadLabels(labelsPath);
        var train = new List<RoleExample>();
        var test = new List<RoleExample>();
        var missing = new List<string>();
        var unmatched = new List<string>();
        int found = 0;
        var recorder = new CueRecorder();
        var analyzer = new DocumentAnalyzer(recorder);
        foreach (var group in labels.GroupBy(l => l.Document))
        {
            string path = group.Key.StartsWith("corpus/", StringComparison.Ordinal)
                ? Path.Combine(repoRoot, group.Key)
                : Path.Combine(corpusExtRoot ?? "", group.Key);
            if (corpusExtRoot is null && !group.Key.StartsWith("corpus/", StringComparison.Ordinal) || !File.Exists(path))
            {
                missing.Add(group.Key);
                continue;
            }
            recorder.Cues.Clear();
            var res = analyzer.AnalyzeFile(path);
            if (!res.Success) { missing.Add(group.Key + " (" + res.Error.Describe() + ")"); continue; }
            found++;
            var doc = res.Document;
            if (recorder.Cues.Count != doc.Quantities.Count) throw new InvalidOperationException("cue count differs from quantity count");
            var at = new Dictionary<(int, int), (Quantity Q, RoleCues Cues)>();
            for (int i = 0; i < doc.Quantities.Count; i++)
            {
                var q = doc.Quantities[i];
                var pos = doc.Normalized.SourcePosition(q.Span.Start);
                at.TryAdd((pos.Line, pos.Column), (q, recorder.Cues[i]));
            }
            foreach (var l in group)
            {
                if (l.IsNoise) continue;
                if (!at.TryGetValue((l.Line, l.Column), out var hit))
                {
                    unmatched.Add($"{l.Document}:{l.Line}:{l.Column} «{l.Text}»: không còn trích được / no longer extracted there");
                    continue;
                }
                string text = doc.Normalized.Quote(hit.Q.Span).ReplaceLineEndings(" ");
                if (text != l.Text)
                {
                    unmatched.Add($"{l.Document}:{l.Line}:{l.Column} «{l.Text}»: now extracted as «{text}»");
                    continue;
                }
                var example = new RoleExample(hit.Cues, Enum.Parse<QuantityRole>(l.Role), l.Document);
                (l.Split == "test" ? test : train).Add(example);
            }
        }
        return new RoleDataset
        {
            Train = train, Test = test, Labels = labels.Count, Noise = labels.Count(l => l.IsNoise),
            DocumentsFound = found, MissingDocuments = missing, Unmatched = unmatched,
        };
    }

    /// <summary>
    /// Every quantity of one document as the classifier sees it: its source line and column (1-based), kind, text,
    /// and its cues — what a label row is written from. Null with a reason when the
    /// file cannot be analysed.
    /// </summary>
    public static IReadOnlyList<LabelCandidate>? ReadQuantities(string path, string document, out string error)
    {
        var recorder = new CueRecorder();
        var res = new DocumentAnalyzer(recorder).AnalyzeFile(path);
        if (!res.Success) { error = res.Error.Describe(); return null; }
        error = "";
        var doc = res.Document;
        if (recorder.Cues.Count != doc.Quantities.Count) throw new InvalidOperationException("cue count differs from quantity count");
        var list = new List<LabelCandidate>(doc.Quantities.Count);
        for (int i = 0; i < doc.Quantities.Count; i++)
        {
            var q = doc.Quantities[i];
            var pos = doc.Normalized.SourcePosition(q.Span.Start);
            string text = doc.Normalized.Quote(q.Span).ReplaceLineEndings(" ");
            list.Add(new LabelCandidate(document, pos.Line, pos.Column, q.Kind.ToString(), text, recorder.Cues[i]));
        }
        return list;
    }

    /// <summary>Keeps the rules' role and records the cues of every quantity, in document order (not thread-safe: one document at a time).</summary>
    internal sealed class CueRecorder : IRoleClassifier
    {
        public List<RoleCues> Cues { get; } = [];

        public QuantityRole Classify(RoleCues cues)
        {
            Cues.Add(cues);
            return cues.RuleRole;
        }
    }
}
