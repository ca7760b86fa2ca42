using DocCheck.Extraction.Quantities;

namespace DocCheck.Rules.Targets;

/// <summary>DC4006: a stated total differs from the sum of its items (1.752.580.000 stated, rows add up to 1.847.580.000).</summary>
public sealed class TotalMismatchRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC4006", RuleCategory.Targets, RuleLevel.Error,
        "Tổng cộng không khớp các khoản", "Stated total differs from the sum of its items",
        "Tổng ghi {0} nhưng {1} khoản trong bảng cộng lại là {2} (chênh {3})", "The total says {0} but the {1} items of the table add up to {2} (difference {3})");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var t in c.Document.Plan.Totals)
        {
            if (t.Items.Count < 2 || t.ItemsSum == t.Stated.Value) continue;
            yield return c.Report(Rule, t.Stated.Span,
                [VietnameseNumbers.Format(t.Stated.Value), t.Items.Count, VietnameseNumbers.Format(t.ItemsSum), VietnameseNumbers.Format(Math.Abs(t.ItemsSum - t.Stated.Value))],
                t.Items.Take(3).Select(i => new RelatedLocation(i.Amount.Span, VietnameseNumbers.Format(i.Amount.Value))).ToList());
        }
    }
}
