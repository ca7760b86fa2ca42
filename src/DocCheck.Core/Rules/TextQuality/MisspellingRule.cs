using System.Text.RegularExpressions;
using DocCheck.Lexicon;
using DocCheck.Text;

namespace DocCheck.Rules.TextQuality;

/// <summary>DC5002: common misspellings in administrative text, from a word list ("ngay" before a date, "Phân đấu", doubled words).</summary>
public sealed class MisspellingRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC5002", RuleCategory.Text, RuleLevel.Info,
        "Lỗi chính tả thường gặp", "Common misspelling",
        "\"{0}\" — có lẽ là \"{1}\"", "\"{0}\" — probably \"{1}\"");

    private sealed record Entry(Regex Pattern, string Right);

    private static readonly Entry[] Entries = VietnameseLexicon.ReadLines("misspellings.tsv").Select(line =>
    {
        var parts = line.Split('\t');
        string wrong = Regex.Escape(parts[0]).Replace(@"\ ", @"\s+");
        // "before-digit": only when a date follows ("ngay 07/10/2019", "ngay 7 tháng 10"), not a count ("ngay 02 nhiệm vụ").
        string tail = parts.Length > 2 && parts[2] == "before-digit" ? @"(?=\s*\d{1,2}\s*[/.-]\s*\d{1,2}|\s*\d{1,2}\s+tháng\s+\d)" : "";
        return new Entry(new Regex($@"(?<![\p{{L}}]){wrong}(?![\p{{L}}]){tail}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), parts[1]);
    }).ToArray();

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        string text = c.Document.Normalized.Text;
        var found = new List<(int Start, int Length, string Right)>();
        foreach (var e in Entries)
            foreach (Match m in e.Pattern.Matches(text))
                found.Add((m.Index, m.Length, e.Right));
        foreach (var (start, length, right) in found.OrderBy(f => f.Start))
        {
            var span = new TextSpan(start, length);
            // The normalized text has one tone placement; quote and fix the source as written.
            yield return c.Report(Rule, span, [c.Quote(span), right], fix: new SuggestedFix(span, right));
        }
    }
}
