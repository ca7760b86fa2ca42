using DocCheck.Extraction.Quantities;

namespace DocCheck.Rules.Targets;

/// <summary>DC4005: a target worse than the baseline it should improve on (rank target 46/63 against 41/63 before).</summary>
public sealed class TargetWorseThanBaselineRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC4005", RuleCategory.Targets, RuleLevel.Info,
        "Chỉ tiêu thấp hơn kết quả đã đạt", "Target worse than its baseline",
        "Chỉ tiêu \"{0}\" thấp hơn kết quả đã đạt \"{1}\" mà kế hoạch muốn cải thiện", "Target \"{0}\" is worse than the baseline \"{1}\" the plan aims to improve");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        var qs = c.Document.Quantities;
        foreach (var t in qs)
        {
            if (t.Role != QuantityRole.Target || t.Baseline is not int bi) continue;
            // A report (Báo cáo) sets results beside the goals they missed or met: that is its job, not a defect.
            if (c.Document.Structure.TypeCodeAt(t.Span.Start) == "BC") continue;
            var b = qs[bi];
            // A rank is better when smaller; a score or a share when larger. Equal is "keep", not worse.
            bool worse = t.Kind switch
            {
                QuantityKind.Rank => t.Of == b.Of && t.Value > b.Value,
                QuantityKind.Score => (t.Of is null || t.Of == b.Of) && t.Value < b.Value,
                QuantityKind.Percentage => !t.IsGrowth && t.Comparison is not Comparison.AtMost and not Comparison.Less && t.Value < b.Value,
                _ => false,
            };
            if (worse)
                yield return c.Report(Rule, t.Span, [c.Quote(t.Span), c.Quote(b.Span)], [new RelatedLocation(b.Span, c.Quote(b.Span))]);
        }
    }
}
