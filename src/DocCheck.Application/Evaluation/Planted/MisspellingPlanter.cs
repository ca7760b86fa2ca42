using System.Text.RegularExpressions;
using DocCheck.Lexicon;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>
/// DC5002: a word of the body is written as one of the misspellings DocCheck's list holds (src/DocCheck.Core/Resources/
/// misspellings.tsv): "Phấn đấu" → "Phân đấu", "dự thảo" → "dự thào", "tại" → "tại tại". One place per listed
/// misspelling whose right form the body has; "ngay" before a date is a kind of its own, and tone variants
/// ("Uỷ ban") are never reported by design (the text is normalized first), so neither is planted here.
/// </summary>
public sealed class MisspellingPlanter : IPlanter
{
    private sealed record Entry(string Wrong, string Right, Regex RightWord);

    private static readonly Lazy<IReadOnlyList<Entry>> Entries = new(Load);

    public DefectKind Kind => DefectKind.Misspelling;

    public IEnumerable<PlantedDefect> Candidates(PlantingSite site, Random random)
    {
        var places = new List<PlantedDefect>();
        foreach (var e in Entries.Value)
        {
            var found = new List<(Block Block, Match Match)>();
            foreach (var block in site.Body)
                foreach (Match m in e.RightWord.Matches(site.TextOf(block))) found.Add((block, m));
            if (found.Count == 0) continue;
            var (b, w) = found[random.Next(found.Count)];
            var at = site.ToSource(new TextSpan(b.Span.Start + w.Index, w.Length));
            places.Add(new PlantedDefect(Kind, [new TextEdit(at, e.Wrong)], site.SourceOf(b), $"\"{w.Value}\" → \"{e.Wrong}\""));
        }
        return places.OrderBy(p => p.Region.Start);
    }

    private static List<Entry> Load()
    {
        using var stream = typeof(VietnameseLexicon).Assembly.GetManifestResourceStream("DocCheck.Resources.misspellings.tsv")
            ?? throw new InvalidOperationException("DocCheck.Resources.misspellings.tsv is not embedded in DocCheck.Core");
        using var reader = new StreamReader(stream);
        var entries = new List<Entry>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            if (parts.Length < 2 || (parts.Length > 2 && parts[2] is "before-digit" or "tone")) continue;
            // A doubled word ("tại tại") is planted by doubling the word; the others by writing the wrong form.
            string right = parts[1];
            string pattern = $@"(?<![\p{{L}}]){Regex.Escape(right).Replace(@"\ ", @"\s+")}(?![\p{{L}}])";
            entries.Add(new Entry(parts[0], right, new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))));
        }
        return entries;
    }
}
