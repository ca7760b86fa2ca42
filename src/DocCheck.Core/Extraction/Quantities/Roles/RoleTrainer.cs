namespace DocCheck.Extraction.Quantities.Roles;

/// <summary>One labelled quantity, ready for training: its cues, its gold role and the document it came from.</summary>
public sealed record RoleExample(RoleCues Cues, QuantityRole Gold, string Document);

/// <summary>The training settings; the defaults are the ones grouped cross-validation chose (see docs/ACCURACY.md).</summary>
public sealed record RoleTrainingOptions
{
    public int Epochs { get; init; } = 20;
    public double LearningRate { get; init; } = 0.05;
    public double L2 { get; init; } = 1e-4;
    /// <summary>Class weight = (N / (K · count))^power: 0 treats classes alike, 1 fully balances them.</summary>
    public double ClassWeightPower { get; init; } = 0.5;
    public int Seed { get; init; } = 20261123;
    public int HashBits { get; init; } = 18;
    /// <summary>Rule roles kept as they are; examples carrying them are left out of training.</summary>
    public IReadOnlySet<QuantityRole> KeepRuleRoles { get; init; } = new HashSet<QuantityRole> { QuantityRole.Target, QuantityRole.Baseline, QuantityRole.Requirement };
    /// <summary>The document types the model is trained for and used on (plans and reports); elsewhere the rules decide.</summary>
    public IReadOnlySet<string> AppliesTo { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "KH", "BC" };

    public override string ToString() =>
        $"epochs {Epochs}, lr {LearningRate}, L2 {L2}, class-weight power {ClassWeightPower}, keep [{string.Join(",", KeepRuleRoles.Order())}], for [{string.Join(",", AppliesTo.Order(StringComparer.Ordinal))}]";
}

/// <summary>
/// Trains a <see cref="RoleModel"/>: multinomial logistic regression by AdaGrad over the examples in a seeded
/// shuffle, with L2 applied to the features an example touches. Same examples and options → same weights, bit for bit.
/// </summary>
public static class RoleTrainer
{
    public static RoleModel Train(IReadOnlyList<RoleExample> examples, RoleTrainingOptions options)
    {
        var features = new RoleFeatures(options.HashBits);
        int k = RoleModel.Classes.Count, dim = features.Dimension;
        var used = examples.Where(e => e.Cues.DocumentType is { } t && options.AppliesTo.Contains(t) && !options.KeepRuleRoles.Contains(e.Cues.RuleRole)).ToList();
        var x = used.Select(e => features.Extract(e.Cues)).ToArray();
        var y = used.Select(e => IndexOf(e.Gold)).ToArray();
        var counts = new int[k];
        foreach (int c in y) counts[c]++;
        var classWeight = counts.Select(n => n == 0 ? 0 : Math.Pow((double)y.Length / (k * n), options.ClassWeightPower)).ToArray();

        var w = Enumerable.Range(0, k).Select(_ => new float[dim]).ToArray();
        var g2 = Enumerable.Range(0, k).Select(_ => new float[dim]).ToArray();
        var order = Enumerable.Range(0, x.Length).ToArray();
        var rng = new Random(options.Seed);
        var z = new double[k];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int i in order)
            {
                var f = x[i];
                for (int c = 0; c < k; c++) { double s = 0; foreach (int j in f) s += w[c][j]; z[c] = s; }
                Softmax(z);
                double cw = classWeight[y[i]];
                for (int c = 0; c < k; c++)
                {
                    double g = (z[c] - (c == y[i] ? 1 : 0)) * cw;
                    var wc = w[c]; var gc = g2[c];
                    foreach (int j in f)
                    {
                        double grad = g + options.L2 * wc[j];
                        gc[j] += (float)(grad * grad);
                        wc[j] -= (float)(options.LearningRate * grad / (Math.Sqrt(gc[j]) + 1e-8));
                    }
                }
            }
        }
        return new RoleModel(features, w, options.KeepRuleRoles, options.AppliesTo);
    }

    /// <summary>Grouped k-fold cross-validation: each document's examples go to one fold (documents dealt round-robin in name order).
    /// Returns the pooled metrics of the model and of the rules over all held-out folds.</summary>
    public static (RoleMetrics Model, RoleMetrics Rules) CrossValidate(IReadOnlyList<RoleExample> examples, RoleTrainingOptions options, int folds = 5)
    {
        var docs = examples.Select(e => e.Document).Distinct().Order(StringComparer.Ordinal).ToList();
        var fold = docs.Select((d, i) => (d, i % folds)).ToDictionary(t => t.d, t => t.Item2);
        var model = new RoleMetrics();
        var rules = new RoleMetrics();
        for (int f = 0; f < folds; f++)
        {
            var train = examples.Where(e => fold[e.Document] != f).ToList();
            var test = examples.Where(e => fold[e.Document] == f).ToList();
            if (test.Count == 0 || train.Count == 0) continue;
            var m = Train(train, options);
            foreach (var e in test)
            {
                model.Add(e.Gold, m.Classify(e.Cues));
                rules.Add(e.Gold, e.Cues.RuleRole);
            }
        }
        return (model, rules);
    }

    private static int IndexOf(QuantityRole r)
    {
        for (int i = 0; i < RoleModel.Classes.Count; i++) if (RoleModel.Classes[i] == r) return i;
        throw new ArgumentOutOfRangeException(nameof(r));
    }

    private static void Softmax(double[] z)
    {
        double max = z.Max(), sum = 0;
        for (int c = 0; c < z.Length; c++) { z[c] = Math.Exp(z[c] - max); sum += z[c]; }
        for (int c = 0; c < z.Length; c++) z[c] /= sum;
    }
}
