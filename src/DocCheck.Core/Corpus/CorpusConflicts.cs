using DocCheck.Extraction.Citations;

namespace DocCheck.Corpus;

/// <summary>One citation of an instrument with a date that differs from the majority (or from its own header).</summary>
public sealed record ConflictMention(string Date, string Path, int Line, int Column);

/// <summary>
/// An instrument cited with different dates across the corpus: the date its own header gives (when it is itself
/// in the corpus), the date most citations give, and every citation that differs.
/// </summary>
public sealed record ConflictGroup(string Key, string? OwnDate, string? OwnPath, string MajorityDate, int MajorityCount, int Total, IReadOnlyList<ConflictMention> Outliers);

/// <summary>Corpus-wide date conflicts.</summary>
public static class CorpusConflicts
{
    /// <summary>
    /// Instruments with at least two different valid dates. Named laws are left out (several laws share a name);
    /// a number without a year in its symbol ("225/QĐ-TTg") is reused every year, so only citations dated in the
    /// same year are compared. The reference is the instrument's own header date when the corpus holds it, else the
    /// date most citations give (ties: the date cited first in path order).
    /// </summary>
    public static IReadOnlyList<ConflictGroup> Find(CorpusStore store)
    {
        var rows = new List<(string Group, string Key, string Date, string Path, int Line, int Col)>();
        using (var cmd = store.Query("""
            SELECT c.key, c.year, c.date, d.path, c.line, c.col, c.issuer_code, d.issuer
            FROM citations c JOIN documents d ON d.id = c.document_id
            WHERE c.date_valid = 1 AND c.date IS NOT NULL AND c.kind NOT IN ('NamedLaw', 'Standard')
              AND (d.own_key IS NULL OR d.own_key <> c.key)
            ORDER BY d.path, c.line, c.col;
            """))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                string key = r.GetString(0);
                string date = r.GetString(2);
                string group = r.IsDBNull(1) ? key + "@" + date[..4] : key;
                // "2610/QĐ-UBND" is issued by 63 provinces: a local number is only the same instrument for citing
                // documents of the same issuer.
                if (CitationKeys.IsLocalIssuer(r.IsDBNull(6) ? null : r.GetString(6))) group += "#" + (r.IsDBNull(7) ? r.GetString(3) : r.GetString(7));
                rows.Add((group, key, date, r.GetString(3), r.GetInt32(4), r.GetInt32(5)));
            }
        }
        var own = new Dictionary<string, (string Date, string Path)>(StringComparer.Ordinal);
        using (var cmd = store.Query("SELECT own_key, issue_date, path FROM documents WHERE own_key IS NOT NULL AND issue_date IS NOT NULL ORDER BY path;"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) own.TryAdd(r.GetString(0) + "@" + r.GetString(1)[..4], (r.GetString(1), r.GetString(2)));

        var result = new List<ConflictGroup>();
        foreach (var g in rows.GroupBy(x => x.Group))
        {
            var byDate = g.GroupBy(x => x.Date).OrderByDescending(d => d.Count()).ThenBy(d => g.ToList().FindIndex(x => x.Date == d.Key)).ToList();
            string key = g.First().Key;
            // The instrument's own header can be trusted only for a national number (one issuer for the whole country).
            (string Date, string Path)? header = !g.Key.Contains('#') && own.TryGetValue(key + "@" + g.First().Date[..4], out var o) ? o : null;
            if (byDate.Count < 2 && (header is null || header.Value.Date == byDate[0].Key)) continue;
            string reference = header?.Date ?? byDate[0].Key;
            var outliers = g.Where(x => x.Date != reference).Select(x => new ConflictMention(x.Date, x.Path, x.Line, x.Col)).ToList();
            if (outliers.Count == 0) continue;
            result.Add(new ConflictGroup(key, header?.Date, header?.Path, byDate[0].Key, byDate[0].Count(), g.Count(), outliers));
        }
        return result.OrderByDescending(c => c.Total).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
    }
}
