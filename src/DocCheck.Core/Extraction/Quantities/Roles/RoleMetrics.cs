namespace DocCheck.Extraction.Quantities.Roles;

/// <summary>Accuracy, per-role precision / recall / F1, macro-F1 and the confusion matrix of predicted roles against gold ones.</summary>
public sealed class RoleMetrics
{
    /// <summary>The roles in their fixed order (rows and columns of <see cref="Confusion"/>).</summary>
    public static IReadOnlyList<QuantityRole> Roles { get; } = [QuantityRole.Target, QuantityRole.Baseline, QuantityRole.Requirement, QuantityRole.Other];

    /// <summary>Confusion[gold, predicted], indexed as <see cref="Roles"/>.</summary>
    public int[,] Confusion { get; } = new int[4, 4];

    public int Count { get; private set; }
    public int Correct { get; private set; }

    public static RoleMetrics Of(IEnumerable<(QuantityRole Gold, QuantityRole Predicted)> pairs)
    {
        var m = new RoleMetrics();
        foreach (var (g, p) in pairs) m.Add(g, p);
        return m;
    }

    public void Add(QuantityRole gold, QuantityRole predicted)
    {
        Confusion[Slot(gold), Slot(predicted)]++;
        Count++;
        if (gold == predicted) Correct++;
    }

    public static int Slot(QuantityRole r) => r switch
    {
        QuantityRole.Target => 0, QuantityRole.Baseline => 1, QuantityRole.Requirement => 2, _ => 3,
    };

    public double Accuracy => Count == 0 ? 0 : (double)Correct / Count;

    public int Support(QuantityRole r) { int s = Slot(r), n = 0; for (int j = 0; j < 4; j++) n += Confusion[s, j]; return n; }
    public int Predicted(QuantityRole r) { int s = Slot(r), n = 0; for (int i = 0; i < 4; i++) n += Confusion[i, s]; return n; }

    public double Precision(QuantityRole r) => Predicted(r) == 0 ? 0 : (double)Confusion[Slot(r), Slot(r)] / Predicted(r);
    public double Recall(QuantityRole r) => Support(r) == 0 ? 0 : (double)Confusion[Slot(r), Slot(r)] / Support(r);

    public double F1(QuantityRole r)
    {
        double p = Precision(r), q = Recall(r);
        return p + q == 0 ? 0 : 2 * p * q / (p + q);
    }

    /// <summary>The mean F1 over the roles that occur in the gold labels (a role absent from them has no defined recall).</summary>
    public double MacroF1
    {
        get
        {
            var present = Roles.Where(r => Support(r) > 0).ToList();
            return present.Count == 0 ? 0 : present.Average(F1);
        }
    }
}
