using DocCheck.Extraction.Quantities;

namespace DocCheck.Rules.Targets;

/// <summary>DC4004: a range whose lower bound exceeds its upper bound ("từ 30 đến 20%").</summary>
public sealed class InvertedRangeRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC4004", RuleCategory.Targets, RuleLevel.Info,
        "Khoảng giá trị bị đảo ngược", "Inverted range",
        "Khoảng \"{0}\" có cận dưới lớn hơn cận trên", "Range \"{0}\" has its lower bound above its upper bound");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var q in c.Document.Quantities)
            if (q.Comparison == Comparison.Between && q.UpperValue is { } up && up < q.Value)
                yield return c.Report(Rule, q.Span, [c.Quote(q.Span)]);
    }
}
