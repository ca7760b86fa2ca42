using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocCheck.Extraction.Quantities;
using DocCheck.Extraction.Quantities.Roles;
using DocCheck.Pipeline;

namespace DocCheck.Cli;

/// <summary>
/// The learned quantity-role model: where it is found, <c>--no-model</c>, and the <c>train roles</c> /
/// <c>eval roles</c> commands.
/// </summary>
internal static class RoleCommands
{
    /// <summary>The model beside the tool (models/quantity-roles.json), or the file named by DOCCHECK_ROLE_MODEL.</summary>
    public static string DefaultModelPath =>
        Environment.GetEnvironmentVariable("DOCCHECK_ROLE_MODEL") is { Length: > 0 } p ? p : Path.Combine(AppContext.BaseDirectory, "models", "quantity-roles.json");

    public static Option<bool> NoModelOption() =>
        new("--no-model") { Description = "Vai trò chỉ tiêu chỉ theo quy tắc, không dùng mô hình / quantity roles by the rules alone" };

    /// <summary>The analyzer for a command: with the role model unless --no-model; a missing or broken model gives one
    /// warning on stderr and the rules' roles, never a failure.</summary>
    public static DocumentAnalyzer Analyzer(ParseResult r, Option<bool> noModel)
    {
        if (r.GetValue(noModel)) return new DocumentAnalyzer();
        string path = DefaultModelPath;
        if (RoleModel.TryLoad(path, out var model, out string reason)) return new DocumentAnalyzer(model);
        Console.Error.WriteLine($"doccheck: cảnh báo / warning: {path}: {reason}; vai trò chỉ tiêu theo quy tắc / using rule-based quantity roles");
        return new DocumentAnalyzer();
    }

    private static string RepoRootOf(string labels) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(labels))!, "..", ".."));

    private static Option<string> LabelsOption() => new("--labels")
    {
        Description = "Tệp nhãn / the labelled quantities",
        DefaultValueFactory = _ => Path.Combine("corpus", "labels", "quantity-roles.csv"),
    };

    private static Option<string?> CorpusExtOption() => new("--corpus-ext")
    {
        Description = "Thư mục corpus-ext (mặc định ../shared/corpus-ext cạnh kho mã) / the corpus-ext folder",
    };

    private static bool TryLoadData(string labels, string? corpusExt, out RoleDataset? data)
    {
        data = null;
        if (!File.Exists(labels))
        {
            Console.Error.WriteLine($"doccheck: {labels}: không có tệp nhãn / labels file not found");
            return false;
        }
        string root = RepoRootOf(labels);
        string ext = corpusExt ?? Path.Combine(root, "..", "shared", "corpus-ext");
        try
        {
            data = RoleDataset.Load(labels, root, Directory.Exists(ext) ? ext : null);
        }
        catch (Exception e) when (e is FormatException or CsvHelper.CsvHelperException or IOException)
        {
            Console.Error.WriteLine($"doccheck: {labels}: {e.Message}");
            return false;
        }
        if (!Directory.Exists(ext) && data.MissingDocuments.Count > 0)
            Console.Error.WriteLine($"doccheck: {ext}: không có; chỉ dùng nhãn của các văn bản mẫu / not found: {data.MissingDocuments.Count} labelled documents skipped, only the bundled seeds' labels are used");
        else
        {
            foreach (var m in data.MissingDocuments.Take(5)) Console.Error.WriteLine($"doccheck: thiếu văn bản / document not found: {m}");
            if (data.MissingDocuments.Count > 5) Console.Error.WriteLine($"doccheck: … {data.MissingDocuments.Count - 5} more");
        }
        foreach (var u in data.Unmatched.Take(10)) Console.Error.WriteLine($"doccheck: nhãn không khớp / label not matched: {u}");
        if (data.Unmatched.Count > 10) Console.Error.WriteLine($"doccheck: … {data.Unmatched.Count - 10} more");
        return true;
    }

    public static Command Train()
    {
        var labels = LabelsOption();
        var ext = CorpusExtOption();
        var output = new Option<string>("--output", "-o") { Description = "Tệp mô hình / model file", DefaultValueFactory = _ => Path.Combine("models", "quantity-roles.json") };
        var cv = new Option<bool>("--cv") { Description = "Kiểm định chéo 5 phần theo văn bản trên tập huấn luyện / grouped 5-fold cross-validation on the training documents" };
        var grid = new Option<bool>("--grid") { Description = "Chọn tham số bằng kiểm định chéo / compare settings by cross-validation" };
        var roles = new Command("roles", "Huấn luyện mô hình vai trò chỉ tiêu / train the quantity-role model") { labels, ext, output, cv, grid };
        roles.SetAction(r =>
        {
            string labelsPath = r.GetValue(labels)!;
            if (!TryLoadData(labelsPath, r.GetValue(ext), out var data)) return ExitCodes.Usage;
            var options = new RoleTrainingOptions();
            if (r.GetValue(grid))
            {
                Console.WriteLine("grouped 5-fold cross-validation on the training documents (macro-F1 / accuracy)");
                Console.WriteLine($"rules alone: {Fmt(RoleTrainer.CrossValidate(data!.Train, options).Rules)}");
                foreach (var o in Grid())
                    Console.WriteLine($"{o,-90} {Fmt(RoleTrainer.CrossValidate(data.Train, o).Model)}");
                return ExitCodes.Ok;
            }
            if (r.GetValue(cv))
            {
                var (m, rl) = RoleTrainer.CrossValidate(data!.Train, options);
                Console.WriteLine($"grouped 5-fold cross-validation, {data.Train.Count} labels: model {Fmt(m)}, rules {Fmt(rl)}");
                return ExitCodes.Ok;
            }
            if (data!.MissingDocuments.Count > 0)
            {
                Console.Error.WriteLine($"doccheck: {data.MissingDocuments.Count} văn bản có nhãn không tìm thấy; không ghi mô hình / labelled documents missing (is ../shared/corpus-ext there? --corpus-ext); the model was not written");
                return ExitCodes.Usage;
            }
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
                    ["model"] = MetricsJson(mm),
                    ["rules"] = MetricsJson(rm),
                },
            };
            var saved = model.WithManifest(manifest);
            string outPath = r.GetValue(output)!;
            saved.Save(outPath);
            Console.WriteLine($"trained on {data.Train.Count} labels from {manifest["training"]!["documents"]} documents, {manifest["training"]!["examplesLearnedFrom"]} of them learned from ({options})");
            Console.WriteLine($"held out: {data.Test.Count} labels from {manifest["heldOut"]!["documents"]} documents — model {Fmt(mm)}; rules {Fmt(rm)}");
            Console.WriteLine($"written {outPath}");
            return ExitCodes.Ok;
        });
        var train = new Command("train", "Huấn luyện mô hình / train a model") { roles };
        return train;
    }

    public static Command Eval()
    {
        var labels = LabelsOption();
        var ext = CorpusExtOption();
        var modelPath = new Option<string?>("--model") { Description = "Tệp mô hình (mặc định: mô hình đi kèm) / model file" };
        var format = new Option<string>("--format") { Description = "text | json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var roles = new Command("roles", "Vai trò chỉ tiêu: mô hình so với quy tắc trên văn bản giữ lại / quantity roles on the held-out documents, model next to rules") { labels, ext, modelPath, format };
        roles.SetAction(r =>
        {
            string path = r.GetValue(modelPath) ?? DefaultModelPath;
            if (!RoleModel.TryLoad(path, out var model, out string reason))
            {
                Console.Error.WriteLine($"doccheck: {path}: {reason}");
                return ExitCodes.Usage;
            }
            if (!TryLoadData(r.GetValue(labels)!, r.GetValue(ext), out var data)) return ExitCodes.Usage;
            var (m, rules) = Evaluate(model!, data!.Test);
            int docs = data.Test.Select(e => e.Document).Distinct().Count();
            if (r.GetValue(format) == "json")
            {
                var o = new JsonObject
                {
                    ["examples"] = data.Test.Count, ["documents"] = docs, ["missingDocuments"] = data.MissingDocuments.Count,
                    ["model"] = MetricsJson(m, confusion: true), ["rules"] = MetricsJson(rules, confusion: true),
                };
                Console.WriteLine(o.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return ExitCodes.Ok;
            }
            Console.WriteLine($"held-out documents: {docs}, labels: {data.Test.Count}" + (data.MissingDocuments.Count > 0 ? $" ({data.MissingDocuments.Count} labelled documents not found: partial)" : ""));
            Console.WriteLine();
            Console.WriteLine($"{"",-12} {"model",26} {"rules",26}");
            Console.WriteLine($"{"accuracy",-12} {m.Accuracy,26:0.000} {rules.Accuracy,26:0.000}");
            Console.WriteLine($"{"macro-F1",-12} {m.MacroF1,26:0.000} {rules.MacroF1,26:0.000}");
            Console.WriteLine();
            Console.WriteLine($"{"role",-12} {"support",7}  {"P",6} {"R",6} {"F1",6}   {"P",6} {"R",6} {"F1",6}");
            foreach (var role in RoleMetrics.Roles)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{role,-12} {m.Support(role),7}  {m.Precision(role),6:0.000} {m.Recall(role),6:0.000} {m.F1(role),6:0.000}   {rules.Precision(role),6:0.000} {rules.Recall(role),6:0.000} {rules.F1(role),6:0.000}"));
            Console.WriteLine();
            PrintConfusion("model", m);
            PrintConfusion("rules", rules);
            return ExitCodes.Ok;
        });
        return roles;
    }

    private static void PrintConfusion(string name, RoleMetrics m)
    {
        Console.WriteLine($"confusion ({name}; rows gold, columns predicted)");
        Console.WriteLine($"{"",-12}" + string.Concat(RoleMetrics.Roles.Select(x => $"{x,12}")));
        foreach (var g in RoleMetrics.Roles)
            Console.WriteLine($"{g,-12}" + string.Concat(RoleMetrics.Roles.Select(p => $"{m.Confusion[RoleMetrics.Slot(g), RoleMetrics.Slot(p)],12}")));
        Console.WriteLine();
    }

    internal static (RoleMetrics Model, RoleMetrics Rules) Evaluate(IRoleClassifier model, IEnumerable<RoleExample> test)
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

    private static JsonObject MetricsJson(RoleMetrics m, bool confusion = false)
    {
        static double R(double v) => Math.Round(v, 4);
        var o = new JsonObject { ["accuracy"] = R(m.Accuracy), ["macroF1"] = R(m.MacroF1) };
        var per = new JsonObject();
        foreach (var role in RoleMetrics.Roles)
            per[role.ToString()] = new JsonObject { ["support"] = m.Support(role), ["precision"] = R(m.Precision(role)), ["recall"] = R(m.Recall(role)), ["f1"] = R(m.F1(role)) };
        o["perRole"] = per;
        if (confusion)
        {
            var rows = new JsonObject();
            foreach (var g in RoleMetrics.Roles)
            {
                var row = new JsonObject();
                foreach (var p in RoleMetrics.Roles) row[p.ToString()] = m.Confusion[RoleMetrics.Slot(g), RoleMetrics.Slot(p)];
                rows[g.ToString()] = row;
            }
            o["confusion"] = rows;
        }
        return o;
    }

    private static string Fmt(RoleMetrics m) => string.Create(CultureInfo.InvariantCulture, $"macro-F1 {m.MacroF1:0.000}, accuracy {m.Accuracy:0.000}");

    private static IEnumerable<RoleTrainingOptions> Grid()
    {
        var keeps = new[] { new HashSet<QuantityRole>(), new HashSet<QuantityRole> { QuantityRole.Requirement }, new HashSet<QuantityRole> { QuantityRole.Target, QuantityRole.Requirement }, new HashSet<QuantityRole> { QuantityRole.Target, QuantityRole.Baseline, QuantityRole.Requirement } };
        foreach (var keep in keeps)
            foreach (int epochs in new[] { 5, 10, 20 })
                foreach (double lr in new[] { 0.05, 0.1, 0.3 })
                    foreach (double power in new[] { 0.0, 0.5, 1.0 })
                        yield return new RoleTrainingOptions { KeepRuleRoles = keep, Epochs = epochs, LearningRate = lr, ClassWeightPower = power };
    }
}
