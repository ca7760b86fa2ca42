using System.Globalization;
using System.Text.Json.Nodes;
using DocCheck.Extraction.Quantities;

namespace DocCheck.Training;

/// <summary>The Microsoft.ML trainers compared for the role model.</summary>
public enum RoleTrainerKind
{
    /// <summary>Multinomial logistic regression by L-BFGS (<c>LbfgsMaximumEntropy</c>); exportable as linear weights.</summary>
    Lbfgs,
    /// <summary>Multinomial logistic regression by stochastic dual coordinate ascent (<c>SdcaMaximumEntropy</c>); exportable.</summary>
    Sdca,
    /// <summary>Gradient-boosted trees (<c>LightGbm</c>, softmax); not exportable as linear weights.</summary>
    LightGbm,
}

/// <summary>The input features a candidate is trained on.</summary>
public enum RoleFeatureSet
{
    /// <summary>Today's cues, hashed by <see cref="DocCheck.Extraction.Quantities.Roles.RoleFeatures"/> (what the tool computes at run time).</summary>
    Cues,
    /// <summary>Microsoft.ML's featurizers: word and character n-grams of the clause and the heading
    /// (<c>FeaturizeText</c>) and one-hot categorical cues (<c>OneHotEncoding</c>); measured, not exportable.</summary>
    Featurizers,
}

/// <summary>One training setting: the trainer, its parameters, the features and which examples the model decides.</summary>
public sealed record RoleTrainingOptions
{
    public RoleTrainerKind Trainer { get; init; } = RoleTrainerKind.Lbfgs;
    public RoleFeatureSet FeatureSet { get; init; } = RoleFeatureSet.Cues;
    /// <summary>L2 regularization weight (L-BFGS, SDCA).</summary>
    public float L2 { get; init; } = 0.1f;
    /// <summary>L1 regularization weight (L-BFGS, SDCA).</summary>
    public float L1 { get; init; }
    /// <summary>LightGBM: boosting rounds, leaves per tree, smallest leaf, learning rate.</summary>
    public int Trees { get; init; } = 200;
    public int Leaves { get; init; } = 15;
    public int MinLeaf { get; init; } = 5;
    public double LearningRate { get; init; } = 0.1;
    /// <summary>Example weight = (N / (K · count of its class))^power: 0 treats classes alike, 1 fully balances them.</summary>
    public double ClassWeightPower { get; init; } = 0.5;
    public int Seed { get; init; } = 20261123;
    public int HashBits { get; init; } = 18;
    /// <summary>Rule roles kept as they are; examples carrying them are left out of training.</summary>
    public IReadOnlySet<QuantityRole> KeepRuleRoles { get; init; } = new HashSet<QuantityRole> { QuantityRole.Target, QuantityRole.Baseline, QuantityRole.Requirement };
    /// <summary>The document types the model is trained for and used on — plans, reports, programmes, schemes
    /// (Đề án, also written DA), proposals and decisions; elsewhere (laws, decrees, circulars …) the rules decide.</summary>
    public IReadOnlySet<string> AppliesTo { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "KH", "BC", "CTr", "ĐA", "DA", "TTr", "QĐ" };

    /// <summary>True when the trained model can be written as the linear weights the tool runs.</summary>
    public bool Exportable => FeatureSet == RoleFeatureSet.Cues && Trainer is RoleTrainerKind.Lbfgs or RoleTrainerKind.Sdca;

    public override string ToString()
    {
        string t = Trainer switch
        {
            RoleTrainerKind.LightGbm => string.Create(CultureInfo.InvariantCulture, $"LightGbm trees {Trees}, leaves {Leaves}, min leaf {MinLeaf}, lr {LearningRate}"),
            RoleTrainerKind.Sdca => string.Create(CultureInfo.InvariantCulture, $"SdcaMaximumEntropy L2 {L2}, L1 {L1}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"LbfgsMaximumEntropy L2 {L2}, L1 {L1}"),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{t}; {(FeatureSet == RoleFeatureSet.Cues ? "cues" : "featurizers")}; class-weight power {ClassWeightPower}; keep [{string.Join(",", KeepRuleRoles.Order())}]; for [{string.Join(",", AppliesTo.Order(StringComparer.Ordinal))}]");
    }

    /// <summary>The settings as the manifest records them.</summary>
    public JsonObject ToJson()
    {
        var o = new JsonObject
        {
            ["trainer"] = Trainer switch { RoleTrainerKind.LightGbm => "LightGbm", RoleTrainerKind.Sdca => "SdcaMaximumEntropy", _ => "LbfgsMaximumEntropy" },
            ["features"] = FeatureSet == RoleFeatureSet.Cues ? "cues (RoleFeatures, hashed)" : "featurizers",
        };
        if (Trainer == RoleTrainerKind.LightGbm)
        {
            o["trees"] = Trees; o["leaves"] = Leaves; o["minLeaf"] = MinLeaf; o["learningRate"] = LearningRate;
        }
        else
        {
            o["l2"] = L2; o["l1"] = L1;
        }
        o["classWeightPower"] = ClassWeightPower;
        o["seed"] = Seed;
        o["threads"] = 1;
        return o;
    }
}
