using DocCheck.Extraction.Quantities.Roles;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms.Text;

namespace DocCheck.Training;

/// <summary>A role model trained by Microsoft.ML, with what is needed to score new examples and to export it.</summary>
public sealed class LearnedRoleModel
{
    internal LearnedRoleModel(MLContext ml, ITransformer transformer, RoleFeatureSpace space, RoleTrainingOptions options)
    {
        Ml = ml;
        Transformer = transformer;
        Space = space;
        Options = options;
    }

    internal MLContext Ml { get; }
    internal ITransformer Transformer { get; }
    internal RoleFeatureSpace Space { get; }
    public RoleTrainingOptions Options { get; }

    /// <summary>Microsoft.ML's class probabilities (in <see cref="RoleModel.Classes"/> order) for each example, scored in one pass.</summary>
    public float[][] Probabilities(IReadOnlyCollection<RoleExample> examples)
    {
        if (examples.Count == 0) return [];
        var view = RoleData.View(Ml, Space, examples, new Dictionary<Extraction.Quantities.QuantityRole, float>());
        var scored = Transformer.Transform(view);
        return [.. Ml.Data.CreateEnumerable<ScoreRow>(scored, reuseRowObject: false).Select(r => r.Score)];
    }

    private sealed class ScoreRow
    {
        public float[] Score { get; set; } = [];
    }

    /// <summary>
    /// The model as the tool runs it: the linear weights of each class over the hashed cues, each class's bias added
    /// to the "bias" feature every example carries. Only for <see cref="RoleTrainingOptions.Exportable"/> settings.
    /// </summary>
    public RoleModel Export()
    {
        if (!Options.Exportable) throw new InvalidOperationException($"{Options}: not a linear model over the cues; it cannot be exported");
        var p = ((MulticlassPredictionTransformer<MaximumEntropyModelParameters>)Transformer).Model;
        VBuffer<float>[] w = [];
        p.GetWeights(ref w, out int k);
        var biases = p.GetBiases().ToArray();
        if (k != RoleModel.Classes.Count) throw new InvalidOperationException($"{k} classes trained, {RoleModel.Classes.Count} expected");
        var features = Space.Features;
        var weights = RoleModel.Classes.Select(_ => new float[features.Dimension]).ToArray();
        int bias = features.Index("bias");
        for (int c = 0; c < k; c++)
        {
            var dense = w[c].DenseValues().ToArray();
            for (int col = 0; col < dense.Length; col++) weights[c][Space.Hashed[col]] += dense[col];
            weights[c][bias] += biases[c];
        }
        return new RoleModel(features, weights, Options.KeepRuleRoles, Options.AppliesTo);
    }
}

/// <summary>Trains role models with Microsoft.ML: one estimator per <see cref="RoleTrainingOptions"/>, seeded and single-threaded.</summary>
public static class RoleLearner
{
    /// <summary>Trains on the examples the model decides among <paramref name="examples"/>.</summary>
    public static LearnedRoleModel Train(IReadOnlyCollection<RoleExample> examples, RoleTrainingOptions options)
    {
        var decided = RoleData.Decided(examples, options);
        if (decided.Count == 0) throw new InvalidOperationException("no examples for the model to learn from");
        var ml = new MLContext(seed: options.Seed);
        var space = new RoleFeatureSpace(new RoleFeatures(options.HashBits), decided);
        var view = RoleData.View(ml, space, decided, RoleData.ClassWeights(decided, options.ClassWeightPower));
        var transformer = Estimator(ml, options).Fit(view);
        return new LearnedRoleModel(ml, transformer, space, options);
    }

    /// <summary>The pipeline for one setting (features, if Microsoft.ML's featurizers, then the trainer).</summary>
    internal static IEstimator<ITransformer> Estimator(MLContext ml, RoleTrainingOptions o)
    {
        IEstimator<ITransformer> trainer = o.Trainer switch
        {
            RoleTrainerKind.Sdca => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label", FeatureColumnName = "Features", ExampleWeightColumnName = "Weight",
                L2Regularization = o.L2, L1Regularization = o.L1, NumberOfThreads = 1, MaximumNumberOfIterations = 100, Shuffle = true,
            }),
            RoleTrainerKind.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                LabelColumnName = "Label", FeatureColumnName = "Features", ExampleWeightColumnName = "Weight",
                NumberOfIterations = o.Trees, NumberOfLeaves = o.Leaves, MinimumExampleCountPerLeaf = o.MinLeaf, LearningRate = o.LearningRate,
                NumberOfThreads = 1, Seed = o.Seed, UseSoftmax = true, Silent = true,
            }),
            _ => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label", FeatureColumnName = "Features", ExampleWeightColumnName = "Weight",
                L2Regularization = o.L2, L1Regularization = o.L1, NumberOfThreads = 1, OptimizationTolerance = 1e-7f, MaximumNumberOfIterations = 1000,
            }),
        };
        if (o.FeatureSet == RoleFeatureSet.Cues) return trainer;
        var words = new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var flags = new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.None,
        };
        return ml.Transforms.Text.FeaturizeText("ClauseF", words, "Clause")
            .Append(ml.Transforms.Text.FeaturizeText("SectionF", words, "Section"))
            .Append(ml.Transforms.Text.FeaturizeText("FlagsF", flags, "Flags"))
            .Append(ml.Transforms.Categorical.OneHotEncoding([new("KindF", "Kind"), new("RuleF", "Rule")]))
            .Append(ml.Transforms.Concatenate("Features", "ClauseF", "SectionF", "FlagsF", "KindF", "RuleF"))
            .Append(trainer);
    }
}
