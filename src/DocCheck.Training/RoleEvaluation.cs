using System.Globalization;
using System.Text.Json.Nodes;
using DocCheck.Extraction.Quantities;
using DocCheck.Extraction.Quantities.Roles;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace DocCheck.Training;

/// <summary>One role's precision, recall and F1.</summary>
public sealed record RoleClassScore(QuantityRole Role, int Support, double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Multiclass metrics of predicted roles against gold ones, computed by Microsoft.ML's evaluator
/// (<c>MulticlassClassification.Evaluate</c>): micro and macro accuracy, log-loss, per-class precision and recall and
/// the confusion matrix; F1 per role and macro-F1 (the mean over roles present in the gold labels) from them.
/// </summary>
public sealed class RoleEvaluation
{
    private RoleEvaluation(MulticlassClassificationMetrics m, int count)
    {
        Count = count;
        MicroAccuracy = m.MicroAccuracy;
        MacroAccuracy = m.MacroAccuracy;
        LogLoss = m.LogLoss;
        var cm = m.ConfusionMatrix;
        Confusion = new int[RoleModel.Classes.Count, RoleModel.Classes.Count];
        for (int i = 0; i < cm.NumberOfClasses; i++)
            for (int j = 0; j < cm.NumberOfClasses; j++) Confusion[i, j] = (int)cm.Counts[i][j];
        PerClass = [.. RoleModel.Classes.Select((c, i) => new RoleClassScore(c, Row(i), cm.PerClassPrecision[i], cm.PerClassRecall[i]))];
    }

    /// <summary>The roles in report order (the role model's classes reordered: the three roles, then Other).</summary>
    public static IReadOnlyList<QuantityRole> ReportOrder { get; } = [QuantityRole.Target, QuantityRole.Baseline, QuantityRole.Requirement, QuantityRole.Other];

    public int Count { get; }
    public double MicroAccuracy { get; }
    public double MacroAccuracy { get; }
    /// <summary>Microsoft.ML's log-loss (hard predictions, such as the rules', score 1 on their class and lose ~34.5 per error).</summary>
    public double LogLoss { get; }
    /// <summary>Confusion[gold, predicted] in <see cref="RoleModel.Classes"/> order.</summary>
    public int[,] Confusion { get; }
    public IReadOnlyList<RoleClassScore> PerClass { get; }

    public RoleClassScore Of(QuantityRole r) => PerClass.First(p => p.Role == r);
    public double MacroF1 => PerClass.Where(p => p.Support > 0).Select(p => p.F1).DefaultIfEmpty(0).Average();

    private int Row(int i)
    {
        int n = 0;
        for (int j = 0; j < Confusion.GetLength(1); j++) n += Confusion[i, j];
        return n;
    }

    /// <summary>Evaluates gold roles against class probabilities (in <see cref="RoleModel.Classes"/> order); the predicted role is the most probable one.</summary>
    public static RoleEvaluation Of(IReadOnlyCollection<(QuantityRole Gold, float[] Probabilities)> predictions)
    {
        var ml = new MLContext(seed: 1);
        // A key-typed field of a class is written as the class index (0-based); the data view holds it as key index + 1.
        var rows = predictions.Select(p => new PredictionRow { Label = Key(p.Gold) - 1, Score = p.Probabilities, PredictedLabel = (uint)ArgMax(p.Probabilities) }).ToList();
        if (rows.Count == 0) throw new InvalidOperationException("nothing to evaluate");
        var view = ml.Data.LoadFromEnumerable(rows);
        var metrics = ml.MulticlassClassification.Evaluate(view, labelColumnName: "Label", scoreColumnName: "Score", predictedLabelColumnName: "PredictedLabel");
        return new RoleEvaluation(metrics, rows.Count);
    }

    /// <summary>A hard prediction as probabilities: 1 on its role.</summary>
    public static float[] OneHot(QuantityRole r)
    {
        var p = new float[RoleModel.Classes.Count];
        p[Key(r) - 1] = 1;
        return p;
    }

    internal static uint Key(QuantityRole r)
    {
        for (int i = 0; i < RoleModel.Classes.Count; i++) if (RoleModel.Classes[i] == r) return (uint)(i + 1);
        throw new ArgumentOutOfRangeException(nameof(r));
    }

    internal static int ArgMax(float[] p)
    {
        int best = 0;
        for (int c = 1; c < p.Length; c++) if (p[c] > p[best]) best = c;
        return best;
    }

    private sealed class PredictionRow
    {
        [KeyType(4)] public uint Label { get; set; }
        [VectorType(4)] public float[] Score { get; set; } = [];
        [KeyType(4)] public uint PredictedLabel { get; set; }
    }

    /// <summary>"macro-F1 0.831, accuracy 0.899".</summary>
    public string Short() => string.Create(CultureInfo.InvariantCulture, $"macro-F1 {MacroF1:0.000}, accuracy {MicroAccuracy:0.000}");

    /// <summary>Accuracy, macro-F1, log-loss if asked, per-role precision/recall/F1 (and the confusion matrix) as JSON.</summary>
    public JsonObject ToJson(bool confusion = false, bool logLoss = false)
    {
        static double R(double v) => Math.Round(v, 4);
        var o = new JsonObject { ["examples"] = Count, ["accuracy"] = R(MicroAccuracy), ["macroAccuracy"] = R(MacroAccuracy), ["macroF1"] = R(MacroF1) };
        if (logLoss) o["logLoss"] = R(LogLoss);
        var per = new JsonObject();
        foreach (var role in ReportOrder)
        {
            var s = Of(role);
            per[role.ToString()] = new JsonObject { ["support"] = s.Support, ["precision"] = R(s.Precision), ["recall"] = R(s.Recall), ["f1"] = R(s.F1) };
        }
        o["perRole"] = per;
        if (confusion)
        {
            var rows = new JsonObject();
            foreach (var g in ReportOrder)
            {
                var row = new JsonObject();
                foreach (var p in ReportOrder) row[p.ToString()] = Confusion[Key(g) - 1, Key(p) - 1];
                rows[g.ToString()] = row;
            }
            o["confusion"] = rows;
        }
        return o;
    }
}
