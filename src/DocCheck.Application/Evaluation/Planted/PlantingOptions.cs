using DocCheck.Rules;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>How to plant: the seed (same seed, same defects at the same places), how many defects of each kind per document, the lint options.</summary>
public sealed record PlantingOptions
{
    public int Seed { get; init; } = 20;
    public int PerKind { get; init; } = 1;
    /// <summary>The options every lint runs with (the original and each planted copy alike).</summary>
    public LintOptions Lint { get; init; } = new();
    /// <summary>Keep the planted copy of each miss in its outcome, to look at.</summary>
    public bool KeepMissedCopies { get; init; }
}
