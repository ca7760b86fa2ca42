using DocCheck.Extraction.Citations;

namespace DocCheck.Corpus;

/// <summary>Corpus-wide date conflicts.</summary>
public static class CorpusConflicts
{
    /// <summary>
    /// Instruments with at least two different valid dates. Named laws are left out (several laws share a name);
    /// a number without a year in its symbol ("225/QĐ-TTg") is reused every year, so only citations dated in the
    /// same year are compared. The reference is the instrument's own header date when the corpus holds it, else the
    /// date most citations give (ties: the date cited first in path order).
    /// </summary>
    public static IReadOnlyList<ConflictGroup> Find(ICorpusStore store)
    {
        var rows = new List<(string Group, string Key, DateOnly Date, string Path, int Line, int Col)>();
        foreach (var row in store.InstrumentCitations())
        {
            var c = row.Citation;
            if (!c.DateValid || c.Date is not { } date) continue;
            string group = c.Year is null ? c.Key + "@" + date.Year : c.Key;
            // "2610/QĐ-UBND" is issued by 63 provinces: a local number is only the same instrument for citing
            // documents of the same issuer.
            if (CitationKeys.IsLocalIssuer(c.IssuerCode)) group += "#" + (row.CitingIssuer ?? row.Path);
            rows.Add((group, c.Key, date, row.Path, c.Line, c.Column));
        }
        var own = new Dictionary<string, (DateOnly Date, string Path)>(StringComparer.Ordinal);
        foreach (var o in store.OwnNumbers()) own.TryAdd(o.Key + "@" + o.IssueDate.Year, (o.IssueDate, o.Path));

        var result = new List<ConflictGroup>();
        foreach (var g in rows.GroupBy(x => x.Group))
        {
            var list = g.ToList();
            var byDate = list.GroupBy(x => x.Date).OrderByDescending(d => d.Count()).ThenBy(d => list.FindIndex(x => x.Date == d.Key)).ToList();
            string key = list[0].Key;
            // The instrument's own header can be trusted only for a national number (one issuer for the whole country).
            (DateOnly Date, string Path)? header = !g.Key.Contains('#') && own.TryGetValue(key + "@" + list[0].Date.Year, out var o) ? o : null;
            if (byDate.Count < 2 && (header is null || header.Value.Date == byDate[0].Key)) continue;
            var reference = header?.Date ?? byDate[0].Key;
            var outliers = list.Where(x => x.Date != reference).Select(x => new ConflictMention(x.Date, x.Path, x.Line, x.Col)).ToList();
            if (outliers.Count == 0) continue;
            result.Add(new ConflictGroup(key, header?.Date, header?.Path, byDate[0].Key, byDate[0].Count(), list.Count, outliers));
        }
        return result.OrderByDescending(c => c.Total).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
    }
}
