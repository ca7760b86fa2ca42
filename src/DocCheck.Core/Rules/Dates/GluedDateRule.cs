using System.Text;
using DocCheck.Extraction.Dates;

namespace DocCheck.Rules.Dates;

/// <summary>
/// DC3005: a date whose words are glued to its numbers ("ngày 15 tháng 10năm 2025", "ngày15 tháng12 năm 2025"). Reads
/// the date facts (<see cref="DateMention.IsGlued"/>); the one correction (a space at each join) is given as a fix.
/// Info: in text drawn from PDFs a lost space is often the converter's (docs/rules/DC3005.md).
/// </summary>
public sealed class GluedDateRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC3005", RuleCategory.Dates, RuleLevel.Info,
        "Ngày viết dính chữ với số", "Date with a word glued to its number",
        "Ngày “{0}” viết dính chữ với số — viết đúng là “{1}”", "The date “{0}” has a word glued to its number; it is written “{1}”");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var d in c.Document.Dates)
        {
            if (!d.IsGlued || d.Kind != DateKind.Day || c.InTemplate(d.Span.Start)) continue;
            string written = c.Document.Normalized.Slice(d.Span);
            // A join where the source breaks the line is no glue.
            if (c.Document.Normalized.Quote(d.Span).AsSpan().ContainsAny('\n', '\r')) continue;
            string right = Spaced(written);
            yield return c.Report(Rule, d.Span, [written, right], fix: new SuggestedFix(d.Span, right));
        }
    }

    /// <summary>A space at every join of a letter and a digit.</summary>
    internal static string Spaced(string s)
    {
        var sb = new StringBuilder(s.Length + 4);
        for (int i = 0; i < s.Length; i++)
        {
            if (i > 0 && ((char.IsDigit(s[i - 1]) && char.IsLetter(s[i])) || (char.IsLetter(s[i - 1]) && char.IsDigit(s[i])))) sb.Append(' ');
            sb.Append(s[i]);
        }
        return sb.ToString();
    }
}
