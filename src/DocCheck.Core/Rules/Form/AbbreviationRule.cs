using System.Text.RegularExpressions;
using DocCheck.Text;

namespace DocCheck.Rules.Form;

/// <summary>DC1007: an abbreviation is used before the place that defines it ("… cải cách hành chính (CCHC)").</summary>
public sealed partial class AbbreviationRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC1007", RuleCategory.Form, RuleLevel.Info,
        "Viết tắt được dùng trước khi định nghĩa", "Abbreviation used before it is defined",
        "\"{0}\" được dùng trước chỗ định nghĩa ở dòng {1}", "\"{0}\" is used before it is defined on line {1}");

    [GeneratedRegex(@"\p{Ll}\s+\((?<abbr>\p{Lu}[\p{Lu}&]{1,7})\)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Definition();

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        var doc = c.Document.Normalized;
        string text = doc.Text;
        // The header and title may use the usual abbreviations (UBND); the body must define what it uses first.
        int bodyStart = c.Document.Structure.Main.Preamble.Count > 0 ? c.Document.Structure.Main.Preamble[0].Field.Span.Start
            : c.Document.Structure.Main.Outline.Count > 0 ? c.Document.Structure.Main.Outline[0].LabelSpan.Start : 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Definition().Matches(text))
        {
            var g = m.Groups["abbr"];
            if (!seen.Add(g.Value)) continue;
            var use = new Regex($@"(?<![\p{{L}}&]){Regex.Escape(g.Value)}(?![\p{{L}}&])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).Match(text, bodyStart, Math.Max(0, g.Index - 1 - bodyStart));
            if (!use.Success) continue;
            int defLine = doc.SourcePosition(g.Index).Line;
            yield return c.Report(Rule, new TextSpan(use.Index, use.Length), [g.Value, defLine], [new RelatedLocation(new TextSpan(g.Index, g.Length), "định nghĩa")]);
        }
    }
}
