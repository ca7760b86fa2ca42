using System.Text.Json.Nodes;
using DocCheck.Application.Reporting;
using DocCheck.Extraction.Quantities;
using DocCheck.Extraction.Quantities.Roles;

namespace DocCheck.Application.Roles;

/// <summary>Training and evaluating the quantity-role model on the labelled documents (corpus/labels/quantity-roles.csv).</summary>
public static class RoleModelService
{
    /// <summary>The labels file's repository: labels live in corpus/labels/ of the checkout.</summary>
    private static string RepoRootOf(string labels) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(labels))!, "..", ".."));

    /// <summary>
    /// Loads the labelled quantities: the seeds from the repository, the rest from <paramref name="corpusExt"/> (default
    /// ../shared/corpus-ext beside the checkout). A missing or unreadable labels file is a <see cref="UsageException"/>.
    /// </summary>
    public static RoleDataLoad LoadData(string labels, string? corpusExt)
    {
        if (!File.Exists(labels)) throw new UsageException($"{labels}: không có tệp nhãn / labels file not found");
        string root = RepoRootOf(labels);
        string ext = corpusExt ?? Path.Combine(root, "..", "shared", "corpus-ext");
        RoleDataset data;
        try
        {
            data = RoleDataset.Load(labels, root, Directory.Exists(ext) ? ext : null);
        }
        catch (Exception e) when (e is FormatException or CsvHelper.CsvHelperException or IOException)
        {
            throw new UsageException($"{labels}: {e.Message}", e);
        }
        var warnings = new List<string>();
        if (!Directory.Exists(ext) && data.MissingDocuments.Count > 0)
            warnings.Add($"{ext}: không có; chỉ dùng nhãn của các văn bản mẫu / not found: {data.MissingDocuments.Count} labelled documents skipped, only the bundled seeds' labels are used");
        else
        {
            foreach (var m in data.MissingDocuments.Take(5)) warnings.Add($"thiếu văn bản / document not found: {m}");
            if (data.MissingDocuments.Count > 5) warnings.Add($"… {data.MissingDocuments.Count - 5} more");
        }
        foreach (var u in data.Unmatched.Take(10)) warnings.Add($"nhãn không khớp / label not matched: {u}");
        if (data.Unmatched.Count > 10) warnings.Add($"… {data.Unmatched.Count - 10} more");
        return new RoleDataLoad(data, warnings);
    }

    /// <summary>The model's and the rules' metrics on <paramref name="test"/>.</summary>
    public static (RoleMetrics Model, RoleMetrics Rules) Evaluate(IRoleClassifier model, IEnumerable<RoleExample> test)
    {
        var m = new RoleMetrics();
        var r = new RoleMetrics();
        foreach (var e in test)
        {
            m.Add(e.Gold, model.Classify(e.Cues));
            r.Add(e.Gold, e.Cues.RuleRole);
        }
        return (m, r);
    }

    /// <summary>
    /// Trains on the training documents and measures on the held-out ones; the model carries a manifest of its data and
    /// settings. Refused (a <see cref="UsageException"/>) when labelled documents are missing: a model from part of the data must not replace the shipped one.
    /// </summary>
    public static RoleTrainingResult Train(RoleDataset data, string labelsPath, RoleTrainingOptions options)
    {
        if (data.MissingDocuments.Count > 0)
            throw new UsageException($"{data.MissingDocuments.Count} văn bản có nhãn không tìm thấy; không ghi mô hình / labelled documents missing (is ../shared/corpus-ext there? --corpus-ext); the model was not written");
        var model = RoleTrainer.Train(data.Train, options);
        var (mm, rm) = Evaluate(model, data.Test);
        var manifest = new JsonObject
        {
            ["trainedBy"] = "doccheck train roles",
            ["training"] = new JsonObject
            {
                ["labels"] = labelsPath.Replace('\\', '/'),
                ["labelsSha256"] = RoleModel.Sha256(labelsPath),
                ["labelRows"] = data.Labels,
                ["noiseRows"] = data.Noise,
                ["examples"] = data.Train.Count,
                ["documents"] = data.Train.Select(e => e.Document).Distinct().Count(),
                ["examplesInScope"] = data.Train.Count(e => model.Covers(e.Cues)),
                ["examplesLearnedFrom"] = data.Train.Count(e => model.Covers(e.Cues) && !model.KeepRuleRoles.Contains(e.Cues.RuleRole)),
                ["epochs"] = options.Epochs, ["learningRate"] = options.LearningRate, ["l2"] = options.L2,
                ["classWeightPower"] = options.ClassWeightPower, ["seed"] = options.Seed,
            },
            ["heldOut"] = new JsonObject
            {
                ["examples"] = data.Test.Count,
                ["documents"] = data.Test.Select(e => e.Document).Distinct().Count(),
                ["examplesInScope"] = data.Test.Count(e => model.Covers(e.Cues)),
                ["model"] = RolePrinter.MetricsJson(mm),
                ["rules"] = RolePrinter.MetricsJson(rm),
            },
        };
        return new RoleTrainingResult(model.WithManifest(manifest), manifest, mm, rm);
    }

    /// <summary>The settings compared by <c>train roles --grid</c>.</summary>
    public static IEnumerable<RoleTrainingOptions> Grid()
    {
        var keeps = new[] { new HashSet<QuantityRole>(), new HashSet<QuantityRole> { QuantityRole.Requirement }, new HashSet<QuantityRole> { QuantityRole.Target, QuantityRole.Requirement }, new HashSet<QuantityRole> { QuantityRole.Target, QuantityRole.Baseline, QuantityRole.Requirement } };
        foreach (var keep in keeps)
            foreach (int epochs in new[] { 5, 10, 20 })
                foreach (double lr in new[] { 0.05, 0.1, 0.3 })
                    foreach (double power in new[] { 0.0, 0.5, 1.0 })
                        yield return new RoleTrainingOptions { KeepRuleRoles = keep, Epochs = epochs, LearningRate = lr, ClassWeightPower = power };
    }
}
