using DocCheck.Extraction.Quantities;

namespace DocCheck.Rules.Targets;

/// <summary>DC4003: a rank outside 1..N ("65/63", "0/63").</summary>
public sealed class RankOutOfRangeRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC4003", RuleCategory.Targets, RuleLevel.Error,
        "Thứ hạng nằm ngoài khoảng 1..N", "Rank outside 1..N",
        "Thứ hạng \"{0}\" phải từ 1 đến {1}", "Rank \"{0}\" must be between 1 and {1}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var q in c.Document.Quantities)
            if (q.Kind == QuantityKind.Rank && q.Of is { } n && (q.Value < 1 || q.Value > n))
                yield return c.Report(Rule, q.Span, [c.Quote(q.Span), n]);
    }
}
