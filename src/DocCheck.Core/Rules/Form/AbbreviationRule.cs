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
            int use = FirstUse(text, g.Value, bodyStart, bodyStart + Math.Max(0, g.Index - 1 - bodyStart));
            if (use < 0) continue;
            int defLine = doc.SourcePosition(g.Index).Line;
            yield return c.Report(Rule, new TextSpan(use, g.Length), [g.Value, defLine], [new RelatedLocation(new TextSpan(g.Index, g.Length), "định nghĩa")]);
        }
    }

    /// <summary>
    /// The first whole-word <paramref name="abbr"/> in [<paramref name="from"/>, <paramref name="to"/>): not touching a
    /// letter or '&amp;' on either side, where the window's ends count as edges. A plain search: building a regex per
    /// definition and scanning with it made this rule quadratic on documents with many abbreviations.
    /// </summary>
    private static int FirstUse(string text, string abbr, int from, int to)
    {
        static bool Joins(char ch) => char.IsLetter(ch) || ch == '&';
        for (int at = from; at + abbr.Length <= to; at++)
        {
            at = text.IndexOf(abbr, at, to - at, StringComparison.Ordinal);
            if (at < 0) return -1;
            bool before = at > from && Joins(text[at - 1]);
            bool after = at + abbr.Length < to && Joins(text[at + abbr.Length]);
            if (!before && !after) return at;
        }
        return -1;
    }
}
