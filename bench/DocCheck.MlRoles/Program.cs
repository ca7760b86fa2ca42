using System.Globalization;
using DocCheck.Application.Roles;
using DocCheck.Extraction.Quantities;
using DocCheck.Extraction.Quantities.Roles;
using Microsoft.ML;
using Microsoft.ML.Data;

// Grouped 5-fold cross-validation (folds by document, ML.NET's sampling key) of ML.NET trainers on today's cues
// (the hashed feature vector of RoleFeatures), on the training documents only, over the examples the model decides
// (plans and reports, roles the rules do not keep). The hand-written trainer is cross-validated on the same examples.
//   dotnet run -c Release --project bench/DocCheck.MlRoles [-- corpus/labels/quantity-roles.csv]
string labels = args.Length > 0 ? args[0] : Path.Combine("corpus", "labels", "quantity-roles.csv");
var load = RoleModelService.LoadData(labels, null);
var options = new RoleTrainingOptions();
var used = load.Data.Train.Where(e => e.Cues.DocumentType is { } t && options.AppliesTo.Contains(t) && !options.KeepRuleRoles.Contains(e.Cues.RuleRole)).ToList();
var features = new RoleFeatures(options.HashBits);
Console.WriteLine($"{used.Count} training examples the model decides, {used.Select(e => e.Document).Distinct().Count()} documents; {features}");

var rows = used.Select(e =>
{
    var idx = features.Extract(e.Cues).Distinct().Order().ToArray();
    return new Row { Label = e.Gold.ToString(), Doc = e.Document, Features = new VBuffer<float>(features.Dimension, idx.Length, Enumerable.Repeat(1f, idx.Length).ToArray(), idx) };
}).ToList();
var ml = new MLContext(seed: options.Seed);
var schema = SchemaDefinition.Create(typeof(Row));
schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Dimension);
var data = ml.Data.LoadFromEnumerable(rows, schema);

var hand = RoleTrainer.CrossValidate(used, options).Model;
Console.WriteLine($"{"hand-written AdaGrad logistic regression (own folds)",-58} macro-F1 {MacroF1(hand.Confusion):F3}  accuracy {(double)hand.Correct / hand.Count:F3}");

var candidates = new (string Name, IEstimator<ITransformer> Trainer)[]
{
    ("ML.NET LbfgsMaximumEntropy (L2 1)", ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l2Regularization: 1f)),
    ("ML.NET LbfgsMaximumEntropy (L2 0.1)", ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l2Regularization: 0.1f)),
    ("ML.NET SdcaMaximumEntropy", ml.MulticlassClassification.Trainers.SdcaMaximumEntropy()),
    ("ML.NET LightGbm (100 trees)", ml.MulticlassClassification.Trainers.LightGbm(numberOfIterations: 100)),
};
foreach (var (name, trainer) in candidates)
{
    var pipe = ml.Transforms.Conversion.MapValueToKey("Label").Append(trainer);
    var cv = ml.MulticlassClassification.CrossValidate(data, pipe, numberOfFolds: 5, labelColumnName: "Label", samplingKeyColumnName: "Doc");
    // Pool the folds' confusion matrices (ML.NET orders classes by the key map: the order labels were first seen).
    var pooled = new double[4, 4];
    foreach (var r in cv)
    {
        var cm = r.Metrics.ConfusionMatrix;
        for (int i = 0; i < cm.NumberOfClasses; i++)
            for (int j = 0; j < cm.NumberOfClasses; j++) pooled[i, j] += cm.Counts[i][j];
    }
    Console.WriteLine($"{name,-58} macro-F1 {MacroF1(pooled):F3}  micro-acc {cv.Average(r => r.Metrics.MicroAccuracy):F3}  macro-acc {cv.Average(r => r.Metrics.MacroAccuracy):F3}  log-loss {cv.Average(r => r.Metrics.LogLoss):F3}");
}

static double MacroF1(Array confusion)
{
    int k = confusion.GetLength(0);
    double sum = 0;
    int n = 0;
    for (int c = 0; c < k; c++)
    {
        double tp = Convert.ToDouble(confusion.GetValue(c, c), CultureInfo.InvariantCulture), gold = 0, pred = 0;
        for (int j = 0; j < k; j++) { gold += Convert.ToDouble(confusion.GetValue(c, j), CultureInfo.InvariantCulture); pred += Convert.ToDouble(confusion.GetValue(j, c), CultureInfo.InvariantCulture); }
        if (gold == 0) continue;
        double p = pred == 0 ? 0 : tp / pred, r = tp / gold;
        sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
        n++;
    }
    return n == 0 ? 0 : sum / n;
}

internal sealed class Row
{
    public string Label { get; set; } = "";
    public string Doc { get; set; } = "";
    public VBuffer<float> Features { get; set; }
}
