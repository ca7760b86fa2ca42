using DocCheck.Rules;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>Planted, caught, the levels the catches had, and how many documents had no place for the kind.</summary>
public sealed record Tally(int Planted, int Caught, IReadOnlyList<RuleLevel> Levels, int NoPlace)
{
    public double Recall => Planted == 0 ? 0 : (double)Caught / Planted;
}
