using System.Text.RegularExpressions;
using DocCheck.Lexicon;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Extraction.TextQuality;

/// <summary>
/// Finds the misspellings listed in Resources/misspellings.tsv as whole words ("ngay" before a date, "Phân đấu",
/// doubled words). Thread-safe; one linear-time pattern per listed word.
/// </summary>
public static class MisspellingExtractor
{
    private sealed record Entry(Regex Pattern, string Right);

    // Built at run time from the word list, so each keeps the timeout the source generator would have given it.
    private static readonly Entry[] Entries = VietnameseLexicon.ReadLines("misspellings.tsv").Select(line =>
    {
        var parts = line.Split('\t');
        string wrong = Regex.Escape(parts[0]).Replace(@"\ ", @"\s+");
        // "before-digit": only when a date follows ("ngay 07/10/2019", "ngay 7 tháng 10"), not a count ("ngay 02 nhiệm vụ").
        string tail = parts.Length > 2 && parts[2] == "before-digit" ? @"(?=\s*\d{1,2}\s*[/.-]\s*\d{1,2}|\s*\d{1,2}\s+tháng\s+\d)" : "";
        return new Entry(new Regex($@"(?<![\p{{L}}]){wrong}(?![\p{{L}}]){tail}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), parts[1]);
    }).ToArray();

    /// <summary>The misspellings of <paramref name="doc"/>, in document order (at one place, in the list's order).</summary>
    public static IReadOnlyList<Misspelling> Extract(NormalizedText doc)
    {
        string text = doc.Text;
        var found = new List<Misspelling>();
        foreach (var e in Entries)
            foreach (Match m in e.Pattern.Each(text))
                found.Add(new Misspelling(new TextSpan(m.Index, m.Length), e.Right));
        // A stable sort: two entries matching at one place keep the list's order.
        return found.OrderBy(f => f.Span.Start).ToList();
    }
}
