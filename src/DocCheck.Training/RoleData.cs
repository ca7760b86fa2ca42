using DocCheck.Extraction.Quantities;
using DocCheck.Extraction.Quantities.Roles;
using DocCheck.Text;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace DocCheck.Training;

/// <summary>One example as Microsoft.ML reads it: the gold role, its document (the cross-validation group), its weight,
/// the hashed cues as a compact vector and the raw cues for Microsoft.ML's own featurizers.</summary>
internal sealed class RoleRow
{
    public string Label { get; set; } = "";
    public string Document { get; set; } = "";
    public float Weight { get; set; }
    public VBuffer<float> Features { get; set; }
    public string Clause { get; set; } = "";
    public string Section { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Rule { get; set; } = "";
    public string Flags { get; set; } = "";
}

/// <summary>
/// The feature columns of a training set: the hashed cue indices (<see cref="RoleFeatures"/>) that occur in it, in
/// index order, each one column of a dense-indexed sparse vector. Features never seen in training get no column
/// (and weight 0 in the exported model, as in any linear model).
/// </summary>
internal sealed class RoleFeatureSpace
{
    private readonly Dictionary<int, int> _column = [];

    public RoleFeatureSpace(RoleFeatures features, IEnumerable<RoleExample> examples)
    {
        Features = features;
        var all = new SortedSet<int>();
        foreach (var e in examples) all.UnionWith(features.Extract(e.Cues));
        Hashed = [.. all];
        for (int i = 0; i < Hashed.Length; i++) _column[Hashed[i]] = i;
    }

    public RoleFeatures Features { get; }
    /// <summary>The hashed index of each column.</summary>
    public int[] Hashed { get; }
    public int Dimension => Hashed.Length;

    public VBuffer<float> Vector(RoleCues cues)
    {
        var idx = Features.Extract(cues).Where(_column.ContainsKey).Select(h => _column[h]).ToArray();
        Array.Sort(idx);
        return new VBuffer<float>(Dimension, idx.Length, Enumerable.Repeat(1f, idx.Length).ToArray(), idx);
    }
}

/// <summary>Builds Microsoft.ML data views of role examples.</summary>
internal static class RoleData
{
    /// <summary>The class names in <see cref="RoleModel.Classes"/> order: the label key map, so that key k is class k - 1.</summary>
    public static IDataView KeyOrder(MLContext ml) => ml.Data.LoadFromEnumerable(RoleModel.Classes.Select(c => new ClassName { Label = c.ToString() }));

    private sealed class ClassName
    {
        public string Label { get; set; } = "";
    }

    /// <summary>The examples the model decides under <paramref name="options"/> (plans and reports, roles the rules do not keep).</summary>
    public static List<RoleExample> Decided(IEnumerable<RoleExample> examples, RoleTrainingOptions options) =>
        [.. examples.Where(e => IsDecided(e.Cues, options))];

    public static bool IsDecided(RoleCues c, RoleTrainingOptions options) =>
        c.DocumentType is { } t && options.AppliesTo.Contains(t) && !options.KeepRuleRoles.Contains(c.RuleRole);

    /// <summary>Class weights (N / (K · count))^power over <paramref name="examples"/>.</summary>
    public static Dictionary<QuantityRole, float> ClassWeights(IReadOnlyCollection<RoleExample> examples, double power)
    {
        int k = RoleModel.Classes.Count;
        var counts = examples.GroupBy(e => e.Gold).ToDictionary(g => g.Key, g => g.Count());
        return RoleModel.Classes.ToDictionary(c => c, c => counts.TryGetValue(c, out int n) && n > 0 ? (float)Math.Pow((double)examples.Count / (k * n), power) : 0f);
    }

    public static IDataView View(MLContext ml, RoleFeatureSpace space, IReadOnlyCollection<RoleExample> examples, IReadOnlyDictionary<QuantityRole, float> weights)
    {
        var rows = examples.Select(e => Row(space, e, weights.TryGetValue(e.Gold, out float w) ? w : 1f)).ToList();
        var schema = SchemaDefinition.Create(typeof(RoleRow));
        schema[nameof(RoleRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, space.Dimension);
        var view = ml.Data.LoadFromEnumerable(rows, schema);
        // The label as a key in the fixed class order (never the order labels happen to be met in a fold).
        return ml.Transforms.Conversion.MapValueToKey("Label", "Label", keyData: KeyOrder(ml)).Fit(view).Transform(view);
    }

    public static RoleRow Row(RoleFeatureSpace space, RoleExample e, float weight) => new()
    {
        Label = e.Gold.ToString(),
        Document = e.Document,
        Weight = weight,
        Features = space.Vector(e.Cues),
        Clause = Clause(e.Cues),
        Section = e.Cues.Section ?? "",
        Kind = e.Cues.Kind.ToString(),
        Rule = e.Cues.RuleRole.ToString(),
        Flags = $"rep={e.Cues.Report} goal={e.Cues.GoalSection} cmp={e.Cues.Comparison} growth={e.Cues.IsGrowth} yb={Bucket(e.Cues.YearBefore, e.Cues.PlanYear)} ya={Bucket(e.Cues.YearAfter, e.Cues.PlanYear)}",
    };

    /// <summary>The clause end before the value, a marker for the value, and the words after it, folded (for FeaturizeText).</summary>
    private static string Clause(RoleCues c)
    {
        string before = c.Before.Length > 120 ? c.Before[^120..] : c.Before;
        return VietnameseLetters.Fold((before + " qqq " + c.After).ToLowerInvariant());
    }

    private static string Bucket(int? year, int? plan) => (year, plan) switch
    {
        (null, _) => "none",
        (_, null) => "noplan",
        ({ } y, { } p) => Math.Clamp(y - p, -2, 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
