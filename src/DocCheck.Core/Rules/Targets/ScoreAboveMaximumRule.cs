using DocCheck.Extraction.Quantities;

namespace DocCheck.Rules.Targets;

/// <summary>DC4002: a score above its maximum ("9,5/8 điểm").</summary>
public sealed class ScoreAboveMaximumRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC4002", RuleCategory.Targets, RuleLevel.Error,
        "Điểm vượt điểm tối đa", "Score above its maximum",
        "Điểm \"{0}\" lớn hơn điểm tối đa", "Score \"{0}\" is above its maximum");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var q in c.Document.Quantities)
            if (q.Kind == QuantityKind.Score && q.Of is { } max && q.Value > max)
                yield return c.Report(Rule, q.Span, [c.Quote(q.Span)]);
    }
}
