namespace DocCheck.Rules.TextQuality;

/// <summary>DC5002: common misspellings in administrative text, from a word list ("ngay" before a date, "Phân đấu", doubled words).</summary>
public sealed class MisspellingRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC5002", RuleCategory.Text, RuleLevel.Info,
        "Lỗi chính tả thường gặp", "Common misspelling",
        "\"{0}\" — có lẽ là \"{1}\"", "\"{0}\" — probably \"{1}\"");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var m in c.Document.Misspellings)
        {
            // The normalized text has one tone placement; quote and fix the source as written.
            yield return c.Report(Rule, m.Span, [c.Quote(m.Span), m.Correction], fix: new SuggestedFix(m.Span, m.Correction));
        }
    }
}
