using DocCheck.Extraction.Quantities;

namespace DocCheck.Rules.Targets;

/// <summary>
/// DC4001: a proportion of a whole above 100% ("trên 100% cán bộ"); growth ("tăng 120%"), ratios to a plan or an
/// amount ("đạt 102% dự toán", "150% mức lương") and sums of proportions ("tổng tỷ lệ … từ 61% đến 121%") are exempt.
/// </summary>
public sealed class OverHundredPercentRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC4001", RuleCategory.Targets, RuleLevel.Info,
        "Tỷ lệ của một tổng thể vượt quá 100%", "Proportion of a whole exceeds 100%",
        "Tỷ lệ \"{0}\" vượt quá 100% của tổng thể", "Proportion \"{0}\" exceeds 100% of a whole");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        if (c.IsNormativeText) yield break;
        foreach (var q in c.Document.Quantities)
        {
            if (q.Kind != QuantityKind.Percentage || q.IsGrowth) continue;
            // Only what a plan sets out to reach: in laws and in descriptions, more than 100 % is mostly a multiple
            // (overtime pay, interest, price caps, technical specifications).
            if (q.Role is not (QuantityRole.Target or QuantityRole.Requirement)) continue;
            bool over = q.Value > 100 || (q.Value == 100 && q.Comparison == Comparison.Greater) || q.UpperValue > 100;
            if (!over || q.IsRatioToReference || q.InSumOfProportions) continue;
            // "trên 100%": report the qualifier with the value.
            var span = q.Comparison == Comparison.Greater ? q.QualifiedSpan ?? q.Span : q.Span;
            yield return c.Report(Rule, span, [c.Quote(span)]);
        }
    }
}
