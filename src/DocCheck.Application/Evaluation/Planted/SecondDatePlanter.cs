using DocCheck.Extraction.Citations;
using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>
/// DC2001: an instrument cited with its date is cited again further on with another date of the same year — a later
/// short mention gets "ngày …", or a later paragraph gains ", theo Quyết định số 225/QĐ-TTg ngày …".
/// </summary>
public sealed class SecondDatePlanter : IPlanter
{
    private const int MinParagraph = 40;

    public DefectKind Kind => DefectKind.SecondDate;

    public IEnumerable<PlantedDefect> Candidates(PlantingSite site, Random random)
    {
        var cites = site.Document.Citations;
        var body = site.Body;
        var bodyStarts = body.Select(b => b.Span.Start).ToHashSet();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < cites.Count; i++)
        {
            var c = cites[i];
            if (c.IsSelf || c.Kind is CitationKind.Standard or CitationKind.NamedLaw || c.Date?.Value is not { } first || c.DateSpan is null) continue;
            if (!seen.Add(c.Key)) continue;
            var other = OtherDate(first, site.DocumentDate, random);
            string symbol = site.Normalized.Slice(c.SymbolSpan);
            string written = Written(other, random);

            // A later short mention ("Quyết định số 225/QĐ-TTg" with no date) in the body.
            var shortForms = cites.Skip(i + 1).Where(x => x.Key == c.Key && x.Date is null && !x.IsSelf && !x.IsAlias
                && bodyStarts.Contains(site.BlockAt(x.SymbolSpan.Start).Span.Start) && !DateFollows(site, x.SymbolSpan.End)).ToList();
            if (shortForms.Count > 0 && random.Next(4) != 0)
            {
                var x = shortForms[random.Next(shortForms.Count)];
                int at = site.SourceEnd(x.SymbolSpan.End);
                var block = site.BlockAt(x.SymbolSpan.Start);
                yield return new PlantedDefect(Kind, [new TextEdit(new TextSpan(at, 0), " ngày " + written)], site.SourceOf(block),
                    $"{symbol} → {symbol} ngày {written} (dẫn lần đầu ngày {PlantText.Date(first)})");
                continue;
            }
            if (c.TypeWord is null) continue;
            var later = body.Where(b => b.Span.Start > c.Span.End && b.Span.Length >= MinParagraph && !site.HasCitation(b)).ToList();
            if (later.Count == 0) continue;
            var p = later[random.Next(later.Count)];
            string type = SentenceCase(c.TypeWord);
            string added = random.Next(3) == 0 ? $", theo {type} {symbol} ngày {written}" : $", theo {type} số {symbol} ngày {written}";
            yield return new PlantedDefect(Kind, [new TextEdit(new TextSpan(site.EndOfSentence(p), 0), added)], site.SourceOf(p),
                $"+ \"{added[2..]}\" (dẫn lần đầu ngày {PlantText.Date(first)})");
        }
    }

    /// <summary>Another day of the same year, one to three months away; not after the document when the first date is not.</summary>
    internal static DateOnly OtherDate(DateOnly first, DateOnly? document, Random random)
    {
        var options = new List<DateOnly>();
        foreach (int k in new[] { -3, -2, -1, 1, 2, 3 })
        {
            int month = first.Month + k;
            if (month < 1 || month > 12) continue;
            var d = new DateOnly(first.Year, month, Math.Min(first.Day, 28));
            if (document is { } own && first <= own && d > own) continue;
            options.Add(d);
        }
        if (options.Count == 0) options.Add(new DateOnly(first.Year, first.Month, first.Day == 1 ? 2 : first.Day - 1));
        return options[random.Next(options.Count)];
    }

    /// <summary>The date as documents write it: "04/05/2016", "4/5/2016" or "04 tháng 5 năm 2016".</summary>
    private static string Written(DateOnly d, Random random) => random.Next(3) switch
    {
        0 => PlantText.Date(d),
        1 => d.ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => $"{d.Day:00} tháng {d.Month} năm {d.Year}",
    };

    /// <summary>"QUYẾT ĐỊNH" (as a title writes it) → "Quyết định"; "Nghị định" stays.</summary>
    private static string SentenceCase(string word) =>
        word.Any(char.IsLower) || word.Length < 2 ? word : word[0] + word[1..].ToLowerInvariant();

    private static bool DateFollows(PlantingSite site, int end)
    {
        string t = site.Normalized.Text;
        string after = t.Substring(end, Math.Min(12, t.Length - end)).TrimStart();
        return after.StartsWith("ngày", StringComparison.OrdinalIgnoreCase) || after.StartsWith("ngay", StringComparison.OrdinalIgnoreCase) || (after.Length > 0 && char.IsDigit(after[0]));
    }
}
