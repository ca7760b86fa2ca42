using DocCheck.Extraction.Quantities;

namespace DocCheck.Rules.Targets;

/// <summary>DC4007: an amount in digits differs from the same amount written in words beside it.</summary>
public sealed class WordsMismatchRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC4007", RuleCategory.Targets, RuleLevel.Info,
        "Số tiền bằng số khác số tiền bằng chữ", "Amount in digits differs from the amount in words",
        "Số tiền {0} đồng nhưng bằng chữ là {1} đồng", "The amount is {0} đồng in digits but {1} đồng in words");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        var qs = c.Document.Quantities;
        string text = c.Document.Normalized.Text;
        for (int i = 0; i < qs.Count; i++)
        {
            var words = qs[i];
            if (!words.FromWords) continue;
            // The digits it spells out stand just before it (same paragraph or the cell before).
            var digits = qs.Take(i).LastOrDefault(q => q.Kind == QuantityKind.Money && !q.FromWords && words.Span.Start - q.Span.End <= 80);
            if (digits is null || digits.Value == words.Value) continue;
            yield return c.Report(Rule, words.Span, [VietnameseNumbers.Format(digits.Value), VietnameseNumbers.Format(words.Value)], [new RelatedLocation(digits.Span, VietnameseNumbers.Format(digits.Value))]);
        }
    }
}
