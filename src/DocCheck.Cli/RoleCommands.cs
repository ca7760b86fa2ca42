using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocCheck.Application.Reporting;
using DocCheck.Application.Roles;
using DocCheck.Extraction.Quantities.Roles;

namespace DocCheck.Cli;

/// <summary>The learned quantity-role model's commands: <c>train roles [--cv | --grid]</c> and <c>eval roles</c>.</summary>
internal static class RoleCommands
{
    private static Option<string> LabelsOption() => new("--labels")
    {
        Description = "Tệp nhãn / the labelled quantities",
        DefaultValueFactory = _ => Path.Combine("corpus", "labels", "quantity-roles.csv"),
    };

    private static Option<string?> CorpusExtOption() => new("--corpus-ext")
    {
        Description = "Thư mục corpus-ext (mặc định ../shared/corpus-ext cạnh kho mã) / the corpus-ext folder",
    };

    private static RoleDataset Load(string labels, string? corpusExt)
    {
        var load = RoleModelService.LoadData(labels, corpusExt);
        foreach (string w in load.Warnings) Console.Error.WriteLine("doccheck: " + w);
        return load.Data;
    }

    public static Command Train()
    {
        var labels = LabelsOption();
        var ext = CorpusExtOption();
        var output = new Option<string>("--output", "-o") { Description = "Tệp mô hình / model file", DefaultValueFactory = _ => Path.Combine("models", "quantity-roles.json") };
        var cv = new Option<bool>("--cv") { Description = "Kiểm định chéo 5 phần theo văn bản trên tập huấn luyện / grouped 5-fold cross-validation on the training documents" };
        var grid = new Option<bool>("--grid") { Description = "Chọn tham số bằng kiểm định chéo / compare settings by cross-validation" };
        var roles = new Command("roles", "Huấn luyện mô hình vai trò chỉ tiêu / train the quantity-role model") { labels, ext, output, cv, grid };
        roles.SetAction(r => Commands.Guarded(() =>
        {
            string labelsPath = r.GetValue(labels)!;
            var data = Load(labelsPath, r.GetValue(ext));
            var options = new RoleTrainingOptions();
            if (r.GetValue(grid))
            {
                Console.WriteLine("grouped 5-fold cross-validation on the training documents (macro-F1 / accuracy)");
                Console.WriteLine($"rules alone: {RolePrinter.Short(RoleTrainer.CrossValidate(data.Train, options).Rules)}");
                foreach (var o in RoleModelService.Grid())
                    Console.WriteLine($"{o,-90} {RolePrinter.Short(RoleTrainer.CrossValidate(data.Train, o).Model)}");
                return ExitCodes.Ok;
            }
            if (r.GetValue(cv))
            {
                var (m, rl) = RoleTrainer.CrossValidate(data.Train, options);
                Console.WriteLine($"grouped 5-fold cross-validation, {data.Train.Count} labels: model {RolePrinter.Short(m)}, rules {RolePrinter.Short(rl)}");
                return ExitCodes.Ok;
            }
            var trained = RoleModelService.Train(data, labelsPath, options);
            string outPath = r.GetValue(output)!;
            trained.Model.Save(outPath);
            var manifest = trained.Manifest;
            Console.WriteLine($"trained on {data.Train.Count} labels from {manifest["training"]!["documents"]} documents, {manifest["training"]!["examplesLearnedFrom"]} of them learned from ({options})");
            Console.WriteLine($"held out: {data.Test.Count} labels from {manifest["heldOut"]!["documents"]} documents — model {RolePrinter.Short(trained.HeldOutModel)}; rules {RolePrinter.Short(trained.HeldOutRules)}");
            Console.WriteLine($"written {outPath}");
            return ExitCodes.Ok;
        }));
        return new Command("train", "Huấn luyện mô hình / train a model") { roles };
    }

    public static Command Eval()
    {
        var labels = LabelsOption();
        var ext = CorpusExtOption();
        var modelPath = new Option<string?>("--model") { Description = "Tệp mô hình (mặc định: mô hình đi kèm) / model file" };
        var format = CliOptions.Format("text", "text", "json");
        var roles = new Command("roles", "Vai trò chỉ tiêu: mô hình so với quy tắc trên văn bản giữ lại / quantity roles on the held-out documents, model next to rules") { labels, ext, modelPath, format };
        roles.SetAction(r => Commands.Guarded(() =>
        {
            string path = r.GetValue(modelPath) ?? RoleModelLocator.DefaultModelPath;
            if (!RoleModel.TryLoad(path, out var model, out string reason))
                throw new DocCheck.Application.UsageException($"{path}: {reason}");
            var data = Load(r.GetValue(labels)!, r.GetValue(ext));
            var (m, rules) = RoleModelService.Evaluate(model!, data.Test);
            int docs = data.Test.Select(e => e.Document).Distinct().Count();
            if (r.GetValue(format) == "json")
            {
                var o = new JsonObject
                {
                    ["examples"] = data.Test.Count, ["documents"] = docs, ["missingDocuments"] = data.MissingDocuments.Count,
                    ["model"] = RolePrinter.MetricsJson(m, confusion: true), ["rules"] = RolePrinter.MetricsJson(rules, confusion: true),
                };
                Console.WriteLine(o.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return ExitCodes.Ok;
            }
            RolePrinter.WriteText(Console.Out, m, rules, docs, data.Test.Count, data.MissingDocuments.Count);
            return ExitCodes.Ok;
        }));
        return roles;
    }
}
