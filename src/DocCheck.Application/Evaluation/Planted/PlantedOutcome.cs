using DocCheck.Rules;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>
/// One planted defect and what came of it: where (the line of the original file where it was written), what was
/// planted, whether the expected rule reported it there and at what level, and otherwise what DocCheck reported there
/// (and the expected rule's new findings elsewhere) instead.
/// </summary>
public sealed record PlantedOutcome(string Group, string File, int Line, DefectKind Kind, string Rule, string Planted, bool Caught, RuleLevel? Level, string Reported)
{
    /// <summary>The planted copy of the text, kept for a miss when <see cref="PlantingOptions.KeepMissedCopies"/> asks for it.</summary>
    public string? Copy { get; init; }
}
