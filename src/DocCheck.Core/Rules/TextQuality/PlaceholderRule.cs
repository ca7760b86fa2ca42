using System.Text.RegularExpressions;
using DocCheck.Text;

namespace DocCheck.Rules.TextQuality;

/// <summary>
/// DC5003: placeholder text left in a document ("……", "xxx", "[…]"). Blanks in templates, annexes, forms
/// ("Mẫu số 01") and after the signature are the form itself and stay silent.
/// </summary>
public sealed partial class PlaceholderRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC5003", RuleCategory.Text, RuleLevel.Info,
        "Còn chỗ trống chưa điền", "Placeholder text left in",
        "Còn chỗ trống chưa điền: \"{0}\"", "Placeholder left in: \"{0}\"");

    [GeneratedRegex(@"…{2,}|\.{5,}|(?<![\p{L}])(?:xxx+|XXX+)(?![\p{L}])|\[\s*(?:…|\.{3})\s*\]|\(\s*(?:…|\.{3})\s*\)|_{4,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Placeholder();

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        var h = c.Document.Structure.Header;
        // Blanks in the number and date lines are DC1001 and DC1002.
        var skip = new[] { h.Number?.Field.Span, h.PlaceDate?.Field.Span }.Where(s => s is not null).Select(s => s!.Value).ToList();
        foreach (Match m in Placeholder().Matches(c.Document.Normalized.Text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (skip.Any(s => s.Contains(span.Start)) || c.InTemplate(span.Start)) continue;
            yield return c.Report(Rule, span, [m.Value]);
        }
    }
}
