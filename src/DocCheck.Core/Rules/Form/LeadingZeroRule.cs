using System.Text.RegularExpressions;
using DocCheck.Text;

namespace DocCheck.Rules.Form;

/// <summary>DC1003: in the header date, days below 10 and months 1 and 2 take a leading zero (NĐ 30/2020, Phụ lục I).</summary>
public sealed partial class LeadingZeroRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC1003", RuleCategory.Form, RuleLevel.Warning,
        "Ngày, tháng ở phần đầu thiếu số 0", "Header day or month without its leading zero",
        "Ngày tháng ban hành phải ghi \"{0}\" thay cho \"{1}\" (ngày dưới 10 và tháng 1, 2 có số 0 phía trước)",
        "Write \"{0}\" instead of \"{1}\" in the issue date (days below 10 and months 1–2 take a leading zero)");

    [GeneratedRegex(@"(?<w>ng[àa]y|tháng)\s+(?<n>\d{1,2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Part();

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        if (c.Document.Structure.Header.PlaceDate is not { } pd) yield break;
        foreach (Match m in Part().Matches(pd.Field.Text))
        {
            string n = m.Groups["n"].Value;
            bool month = m.Groups["w"].Value.StartsWith("th", StringComparison.OrdinalIgnoreCase);
            bool needsZero = n.Length == 1 && (!month ? n != "0" : n is "1" or "2");
            if (!needsZero) continue;
            var span = new TextSpan(pd.Field.Span.Start + m.Groups["n"].Index, n.Length);
            yield return c.Report(Rule, span, [$"{m.Groups["w"].Value} 0{n}", m.Value], fix: new SuggestedFix(span, "0" + n));
        }
    }
}
