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
        "Ngày, khoảng năm viết dính liền hoặc thiếu dấu nối", "Date or period glued together or without its dash",
        "“{0}” {1} — viết đúng là “{2}”", "“{0}” {1}; it is written “{2}”");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var d in c.Document.Dates)
        {
            if (!d.IsGlued || d.Kind is not (DateKind.Day or DateKind.YearRange) || c.InTemplate(d.Span.Start)) continue;
            string written = c.Document.Normalized.Slice(d.Span);
            // A join where the source breaks the line is no glue.
            if (c.Document.Normalized.Quote(d.Span).AsSpan().ContainsAny('\n', '\r')) continue;
            if (d.Kind == DateKind.YearRange)
            {
                // "nhiệm kỳ 20262031" → "nhiệm kỳ 2026-2031"; "2026-2031và" → "2026-2031 và" (the word after is quoted).
                string text = c.Document.Normalized.Text;
                int end = d.Span.End;
                while (end < text.Length && char.IsLetter(text[end])) end++;
                string quoted = text[d.Span.Start..end];
                string years = d.Year + "-" + d.EndYear;
                int yearsAt = written.IndexOf(d.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                string fixedRange = written[..yearsAt] + years + (end > d.Span.End ? " " : "");
                string rightQuoted = fixedRange + text[d.Span.End..end];
                bool noDash = written.Length > yearsAt + 4 && char.IsWhiteSpace(written[yearsAt + 4]) && end == d.Span.End;
                yield return c.Report(Rule, d.Span, [quoted, noDash ? (c.Lang == "en" ? "has lost the dash between its years" : "thiếu dấu nối giữa hai năm") : Glued(c), rightQuoted],
                    fix: new SuggestedFix(d.Span, fixedRange));
                continue;
            }
            string right = Spaced(written);
            yield return c.Report(Rule, d.Span, [written, Glued(c), right], fix: new SuggestedFix(d.Span, right));
        }
    }

    private static string Glued(RuleContext c) => c.Lang == "en" ? "is glued together" : "viết dính liền";

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
