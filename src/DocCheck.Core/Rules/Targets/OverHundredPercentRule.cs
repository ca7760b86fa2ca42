using System.Text.RegularExpressions;
using DocCheck.Extraction.Quantities;

namespace DocCheck.Rules.Targets;

/// <summary>
/// DC4001: a proportion of a whole above 100% ("trên 100% cán bộ"); growth ("tăng 120%"), ratios to a plan or an
/// amount ("đạt 102% dự toán", "150% mức lương") and sums of proportions ("tổng tỷ lệ … từ 61% đến 121%") are exempt.
/// </summary>
public sealed partial class OverHundredPercentRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC4001", RuleCategory.Targets, RuleLevel.Info,
        "Tỷ lệ của một tổng thể vượt quá 100%", "Proportion of a whole exceeds 100%",
        "Tỷ lệ \"{0}\" vượt quá 100% của tổng thể", "Proportion \"{0}\" exceeds 100% of a whole");

    [GeneratedRegex(@"^\s{0,3}(?:so\s+với|dự\s+toán|kế\s+hoạch|chỉ\s+tiêu|nhiệm\s+vụ|cùng\s+kỳ|mức|định\s+mức|giá|giá\s+trị|số\s+tiền|tiền|lương|thu\s+nhập|thuế|phí|lệ\s+phí|vốn|doanh\s+thu|công\s+suất)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex RatioToReference();

    /// <summary>"tổng tỷ lệ tổn thương cơ thể của những người này từ 61% đến 121%": a sum of proportions, not one.</summary>
    [GeneratedRegex(@"tổng\s+(?:cộng\s+)?(?:các\s+)?tỷ\s+lệ|tỷ\s+lệ\s+[^.;:]{0,40}cộng\s+dồn", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex SumOfProportions();

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        if (c.IsNormativeText) yield break;
        string text = c.Document.Normalized.Text;
        foreach (var q in c.Document.Quantities)
        {
            if (q.Kind != QuantityKind.Percentage || q.IsGrowth) continue;
            // Only what a plan sets out to reach: in laws and in descriptions, more than 100 % is mostly a multiple
            // (overtime pay, interest, price caps, technical specifications).
            if (q.Role is not (QuantityRole.Target or QuantityRole.Requirement)) continue;
            bool over = q.Value > 100 || (q.Value == 100 && q.Comparison == Comparison.Greater) || q.UpperValue > 100;
            if (!over) continue;
            if (RatioToReference().IsMatch(text.AsSpan(q.Span.End, Math.Min(30, text.Length - q.Span.End)).ToString())) continue;
            int from = Math.Max(0, q.Span.Start - 120);
            string before = text[from..q.Span.Start];
            int stop = before.LastIndexOfAny(['.', ';', '\n']);
            if (SumOfProportions().IsMatch(stop >= 0 ? before[(stop + 1)..] : before)) continue;
            var span = q.Comparison == Comparison.Greater ? WithQualifier(text, q.Span) : q.Span;
            yield return c.Report(Rule, span, [c.Quote(span)]);
        }
    }

    // "trên 100%": report the qualifier with the value.
    private static DocCheck.Text.TextSpan WithQualifier(string text, DocCheck.Text.TextSpan span)
    {
        int s = span.Start;
        if (s >= 4 && text.AsSpan(s - 4, 4).Equals("trên", StringComparison.OrdinalIgnoreCase)) return DocCheck.Text.TextSpan.FromBounds(s - 4, span.End);
        if (s >= 5 && text.AsSpan(s - 5, 5).Equals("trên ", StringComparison.OrdinalIgnoreCase)) return DocCheck.Text.TextSpan.FromBounds(s - 5, span.End);
        return span;
    }
}
