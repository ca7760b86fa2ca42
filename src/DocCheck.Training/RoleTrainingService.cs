using System.Reflection;
using System.Text.Json.Nodes;
using DocCheck.Application;
using DocCheck.Extraction.Quantities;
using DocCheck.Extraction.Quantities.Roles;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace DocCheck.Training;

/// <summary>The model's and the rules' metrics over one set of examples.</summary>
public sealed record RoleComparison(RoleEvaluation System, RoleEvaluation Rules, RoleEvaluation? Decided);

/// <summary>A trained and exported role model with its manifest, and how it and the rules did on the held-out documents.</summary>
public sealed record RoleTrainingResult(RoleModel Model, JsonObject Manifest, RoleComparison HeldOut, RoleComparison CrossValidation);

/// <summary>
/// Training, cross-validating and evaluating the quantity-role model with Microsoft.ML on the labelled documents
/// (corpus/labels/quantity-roles.csv). The tool's result for a quantity is the system's: the rules' role where the
/// rules keep it or the model does not apply, the model's otherwise; both are measured.
/// </summary>
public static class RoleTrainingService
{
    public const int Folds = 5;

    /// <summary>The tool's (rules + exported model) and the rules' metrics on <paramref name="examples"/>.</summary>
    public static RoleComparison Evaluate(RoleModel model, IReadOnlyCollection<RoleExample> examples)
    {
        var system = new List<(QuantityRole, float[])>(examples.Count);
        var decided = new List<(QuantityRole, float[])>();
        foreach (var e in examples)
        {
            if (!Decides(model, e.Cues)) { system.Add((e.Gold, RoleEvaluation.OneHot(e.Cues.RuleRole))); continue; }
            var p = model.Probabilities(e.Cues).Select(x => (float)x).ToArray();
            system.Add((e.Gold, p));
            decided.Add((e.Gold, p));
        }
        return new RoleComparison(RoleEvaluation.Of(system), Rules(examples), decided.Count > 0 ? RoleEvaluation.Of(decided) : null);
    }

    private static bool Decides(RoleModel model, RoleCues c) => model.Covers(c) && !model.KeepRuleRoles.Contains(c.RuleRole);

    private static RoleEvaluation Rules(IReadOnlyCollection<RoleExample> examples) =>
        RoleEvaluation.Of([.. examples.Select(e => (e.Gold, RoleEvaluation.OneHot(e.Cues.RuleRole)))]);

    /// <summary>
    /// Grouped cross-validation on <paramref name="examples"/> by Microsoft.ML (<c>CrossValidate</c>, sampling key the
    /// document, so that a document's quantities are never on both sides): the model is trained and scored on the
    /// examples it decides; the system's pooled metrics add the rules' roles of the rest, which no fold changes.
    /// </summary>
    public static RoleComparison CrossValidate(IReadOnlyCollection<RoleExample> examples, RoleTrainingOptions options, int folds = Folds)
    {
        var decided = RoleData.Decided(examples, options);
        var ml = new MLContext(seed: options.Seed);
        var space = new RoleFeatureSpace(new RoleFeatures(options.HashBits), decided);
        var view = RoleData.View(ml, space, decided, RoleData.ClassWeights(decided, options.ClassWeightPower));
        var cv = ml.MulticlassClassification.CrossValidate(view, RoleLearner.Estimator(ml, options), numberOfFolds: folds, labelColumnName: "Label", samplingKeyColumnName: "Document", seed: options.Seed);
        var pooled = new List<(QuantityRole, float[])>();
        foreach (var fold in cv)
        {
            var labels = fold.ScoredHoldOutSet.GetColumn<uint>("Label").ToList();
            var scores = fold.ScoredHoldOutSet.GetColumn<float[]>("Score").ToList();
            for (int i = 0; i < labels.Count; i++) pooled.Add((RoleModel.Classes[(int)labels[i] - 1], scores[i]));
        }
        var model = RoleEvaluation.Of(pooled);
        var rest = examples.Where(e => !RoleData.IsDecided(e.Cues, options)).Select(e => (e.Gold, RoleEvaluation.OneHot(e.Cues.RuleRole)));
        return new RoleComparison(RoleEvaluation.Of([.. pooled, .. rest]), Rules(examples), model);
    }

    /// <summary>The settings compared by <c>train roles --grid</c>: every trainer and feature set, on the training documents only.</summary>
    public static IEnumerable<RoleTrainingOptions> Grid(RoleTrainingOptions baseline)
    {
        foreach (double power in new[] { 0.0, 0.5, 1.0 })
        {
            foreach (float l2 in new[] { 0.01f, 0.1f, 1f, 3f })
                foreach (float l1 in new[] { 0f, 0.1f })
                    yield return baseline with { Trainer = RoleTrainerKind.Lbfgs, L2 = l2, L1 = l1, ClassWeightPower = power };
            foreach (float l2 in new[] { 0.001f, 0.01f })
                yield return baseline with { Trainer = RoleTrainerKind.Sdca, L2 = l2, ClassWeightPower = power };
            foreach (int trees in new[] { 100, 300 })
                yield return baseline with { Trainer = RoleTrainerKind.LightGbm, Trees = trees, Leaves = 15, MinLeaf = 3, LearningRate = 0.05, ClassWeightPower = power };
            foreach (float l2 in new[] { 0.1f, 1f })
                yield return baseline with { Trainer = RoleTrainerKind.Lbfgs, FeatureSet = RoleFeatureSet.Featurizers, L2 = l2, ClassWeightPower = power };
        }
    }

    /// <summary>
    /// Trains on the training documents, exports the linear weights the tool runs, and measures both on the held-out
    /// documents; the model carries a manifest of its data, packages, settings and metrics. Refused (a
    /// <see cref="UsageException"/>) when labelled documents are missing or the setting cannot be exported.
    /// </summary>
    public static RoleTrainingResult Train(RoleDataset data, string labelsPath, RoleTrainingOptions options)
    {
        if (data.MissingDocuments.Count > 0)
            throw new UsageException($"{data.MissingDocuments.Count} văn bản có nhãn không tìm thấy; không ghi mô hình / labelled documents missing (is ../shared/corpus-ext there? --corpus-ext); the model was not written");
        if (!options.Exportable)
            throw new UsageException($"{options}: không xuất được thành trọng số tuyến tính / not a linear model over the cues, so the tool could not run it; measure it with --grid");
        var cv = CrossValidate(data.Train, options);
        var learned = RoleLearner.Train(data.Train, options);
        var model = learned.Export();
        var held = Evaluate(model, data.Test);
        var manifest = new JsonObject
        {
            ["trainedBy"] = "doccheck train roles",
            ["packages"] = new JsonObject { ["Microsoft.ML"] = PackageVersion(typeof(MLContext)) },
            ["training"] = new JsonObject
            {
                ["labels"] = labelsPath.Replace('\\', '/'),
                ["labelsSha256"] = RoleModel.Sha256(labelsPath),
                ["labelRows"] = data.Labels,
                ["noiseRows"] = data.Noise,
                ["examples"] = data.Train.Count,
                ["documents"] = data.Train.Select(e => e.Document).Distinct().Count(),
                ["examplesInScope"] = data.Train.Count(e => model.Covers(e.Cues)),
                ["examplesLearnedFrom"] = RoleData.Decided(data.Train, options).Count,
                ["featureColumns"] = learned.Space.Dimension,
                ["settings"] = options.ToJson(),
            },
            ["crossValidation"] = new JsonObject
            {
                ["folds"] = Folds, ["groupedBy"] = "document",
                ["model"] = cv.System.ToJson(), ["modelOnDecided"] = cv.Decided?.ToJson(logLoss: true), ["rules"] = cv.Rules.ToJson(),
            },
            ["heldOut"] = new JsonObject
            {
                ["examples"] = data.Test.Count,
                ["documents"] = data.Test.Select(e => e.Document).Distinct().Count(),
                ["examplesInScope"] = data.Test.Count(e => model.Covers(e.Cues)),
                ["model"] = held.System.ToJson(),
                ["modelOnDecided"] = held.Decided?.ToJson(logLoss: true),
                ["rules"] = held.Rules.ToJson(),
            },
        };
        return new RoleTrainingResult(model.WithManifest(manifest), manifest, held, cv);
    }

    /// <summary>The informational version of a package's assembly ("5.0.1"), without the source-control suffix.</summary>
    private static string PackageVersion(Type t)
    {
        string v = t.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? t.Assembly.GetName().Version?.ToString() ?? "?";
        int plus = v.IndexOf('+');
        return plus < 0 ? v : v[..plus];
    }
}
