using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocCheck.Application.Roles;
using DocCheck.Extraction.Quantities.Roles;
#if ROLE_TRAINING
using DocCheck.Training;
#endif

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
        var suggest = new Option<int>("--suggest") { Description = "Đề xuất N chỉ tiêu mô hình kém chắc nhất để gán nhãn / propose the N quantities the model is least sure of, for labelling" };
        var documents = new Option<string?>("--documents") { Description = "Với --suggest: tệp danh sách văn bản (đường dẫn trong corpus-ext, mỗi dòng một) / with --suggest: a file listing the documents to draw from" };
        var perDocument = new Option<int>("--per-document") { Description = "Với --suggest: tối đa mỗi văn bản / at most this many per document", DefaultValueFactory = _ => 25 };
        var types = new Option<string?>("--types") { Description = "Với --suggest: các loại văn bản (KH,BC,…) thay cho phạm vi của mô hình / with --suggest: document types instead of the model's scope" };
        var appliesTo = new Option<string?>("--applies-to") { Description = "Các loại văn bản mô hình quyết định (mặc định KH,BC,CTr,ĐA,DA,TTr,QĐ) / the document types the model decides (default KH,BC,CTr,ĐA,DA,TTr,QĐ)" };
        var roles = new Command("roles", "Huấn luyện mô hình vai trò chỉ tiêu / train the quantity-role model") { labels, ext, output, cv, grid, suggest, documents, perDocument, types, appliesTo };
        roles.SetAction(r => Commands.Guarded(() =>
        {
#if ROLE_TRAINING
            string labelsPath = r.GetValue(labels)!;
            if (r.GetValue(suggest) is > 0 and int n) return Suggest(n, r.GetValue(documents), r.GetValue(perDocument), r.GetValue(ext), labelsPath, r.GetValue(output)!, r.GetValue(types));
            var data = Load(labelsPath, r.GetValue(ext));
            var options = new RoleTrainingOptions();
            if (r.GetValue(appliesTo) is { } at)
                options = options with { AppliesTo = at.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal) };
            if (r.GetValue(grid))
            {
                Console.WriteLine($"grouped {RoleTrainingService.Folds}-fold cross-validation by document (Microsoft.ML CrossValidate) on the {data.Train.Count} labels of the training documents; tool = rules' kept roles + model");
                foreach (var o in RoleTrainingService.Grid(options))
                    Console.WriteLine($"{(o.Exportable ? " " : "*")} {o,-118} {RolePrinter.Line(RoleTrainingService.CrossValidate(data.Train, o))}");
                Console.WriteLine("* not exportable as the linear weights the tool runs: measured only");
                return ExitCodes.Ok;
            }
            if (r.GetValue(cv))
            {
                var c = RoleTrainingService.CrossValidate(data.Train, options);
                RolePrinter.WriteText(Console.Out, c, $"grouped {RoleTrainingService.Folds}-fold cross-validation by document on the training documents: {data.Train.Count} labels ({options})");
                return ExitCodes.Ok;
            }
            var trained = RoleTrainingService.Train(data, labelsPath, options);
            string outPath = r.GetValue(output)!;
            trained.Model.Save(outPath);
            var manifest = trained.Manifest;
            Console.WriteLine($"trained on {data.Train.Count} labels from {manifest["training"]!["documents"]} documents, {manifest["training"]!["examplesLearnedFrom"]} of them learned from ({options})");
            Console.WriteLine($"cross-validation (grouped by document, {RoleTrainingService.Folds} folds): {RolePrinter.Line(trained.CrossValidation)}");
            Console.WriteLine($"held out: {data.Test.Count} labels from {manifest["heldOut"]!["documents"]} documents — model {trained.HeldOut.System.Short()}; rules {trained.HeldOut.Rules.Short()}");
            Console.WriteLine($"written {outPath}");
            return ExitCodes.Ok;
#else
            return NotInThisBuild();
#endif
        }));
        return new Command("train", "Huấn luyện mô hình / train a model") { roles };
    }

#if !ROLE_TRAINING
    private static int NotInThisBuild()
    {
        Console.Error.WriteLine("doccheck: bản dựng Native AOT không có phần huấn luyện (Microsoft.ML); dùng bản dựng thường / training and evaluating the role model needs Microsoft.ML, which the Native AOT build leaves out: use the regular build (dotnet run --project src/DocCheck.Cli)");
        return ExitCodes.Usage;
    }
#endif

#if ROLE_TRAINING
    private static int Suggest(int count, string? listFile, int perDocument, string? corpusExt, string labelsPath, string outPath, string? types)
    {
        if (listFile is null || !File.Exists(listFile)) throw new DocCheck.Application.UsageException($"--suggest needs --documents FILE (a list of corpus-ext paths); not found: {listFile}");
        string path = RoleModelLocator.DefaultModelPath;
        if (!RoleModel.TryLoad(path, out var model, out string reason)) throw new DocCheck.Application.UsageException($"{path}: {reason}");
        string ext = RoleModelService.CorpusExtFor(labelsPath, corpusExt);
        var labelled = RoleDataset.ReadLabels(labelsPath).Select(l => l.Document).ToHashSet(StringComparer.Ordinal);
        var docs = File.ReadAllLines(listFile).Select(l => l.Trim()).Where(l => l.Length > 0 && !labelled.Contains(l)).Select(l => (Path.Combine(ext, l), l));
        var picked = RoleSuggester.Suggest(model!, docs, count, perDocument, w => Console.Error.WriteLine("doccheck: " + w),
            types?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal));
        using (var w = new StreamWriter(outPath)) RoleSuggester.WriteCsv(w, picked);
        Console.WriteLine($"{picked.Count} quantities from {picked.Select(p => p.Candidate.Document).Distinct().Count()} documents written to {outPath}");
        return ExitCodes.Ok;
    }

#endif

    public static Command Eval()
    {
        var labels = LabelsOption();
        var ext = CorpusExtOption();
        var modelPath = new Option<string?>("--model") { Description = "Tệp mô hình (mặc định: mô hình đi kèm) / model file" };
        var format = CliOptions.Format("text", "text", "json");
        var roles = new Command("roles", "Vai trò chỉ tiêu: mô hình so với quy tắc trên văn bản giữ lại / quantity roles on the held-out documents, model next to rules") { labels, ext, modelPath, format };
        roles.SetAction(r => Commands.Guarded(() =>
        {
#if ROLE_TRAINING
            string path = r.GetValue(modelPath) ?? RoleModelLocator.DefaultModelPath;
            if (!RoleModel.TryLoad(path, out var model, out string reason))
                throw new DocCheck.Application.UsageException($"{path}: {reason}");
            var data = Load(r.GetValue(labels)!, r.GetValue(ext));
            if (data.Test.Count == 0) throw new DocCheck.Application.UsageException("không có nhãn giữ lại nào tìm thấy / no held-out labels found");
            var c = RoleTrainingService.Evaluate(model!, data.Test);
            int docs = data.Test.Select(e => e.Document).Distinct().Count();
            if (r.GetValue(format) == "json")
            {
                var o = new JsonObject
                {
                    ["examples"] = data.Test.Count, ["documents"] = docs, ["missingDocuments"] = data.MissingDocuments.Count,
                    ["model"] = c.System.ToJson(confusion: true), ["modelOnDecided"] = c.Decided?.ToJson(logLoss: true), ["rules"] = c.Rules.ToJson(confusion: true),
                };
                Console.WriteLine(o.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return ExitCodes.Ok;
            }
            RolePrinter.WriteText(Console.Out, c, $"held-out documents: {docs}, labels: {data.Test.Count}" + (data.MissingDocuments.Count > 0 ? $" ({data.MissingDocuments.Count} labelled documents not found: partial)" : ""));
            return ExitCodes.Ok;
#else
            return NotInThisBuild();
#endif
        }));
        return roles;
    }
}
