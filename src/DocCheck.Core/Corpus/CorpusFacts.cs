using System.Globalization;
using DocCheck.Extraction.Citations;
using DocCheck.Rules;

namespace DocCheck.Corpus;

/// <summary>
/// What the corpus and its registry know of each instrument, loaded once from a <see cref="CorpusStore"/> for a lint
/// run: the instrument's own header date (national numbers, or local ones of the same issuer), the registry's date
/// and status, the date a clear majority of citations give (at least 3 citations, 80 % agreeing), and whether a
/// corpus document or the registry says it was replaced or repealed, by what and when.
/// </summary>
public sealed class CorpusFacts : IInstrumentFacts
{
    private readonly Dictionary<string, KnownDate> _header = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownDate> _registry = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownDate> _majority = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Replacement> _replaced = new(StringComparer.Ordinal);

    public CorpusFacts(CorpusStore store)
    {
        using (var cmd = store.Query("SELECT d.own_key, d.issue_date, d.path, d.issuer FROM documents d WHERE d.own_key IS NOT NULL AND d.issue_date IS NOT NULL ORDER BY d.path;"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                string key = r.GetString(0);
                var date = DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                string id = Id(key, CitationKeys.HasYear(key) ? null : date.Year, CitationKeys.IsLocalIssuer(CitationKeys.IssuerCode(key)) ? Flat(r.IsDBNull(3) ? null : r.GetString(3)) : null);
                _header.TryAdd(id, new KnownDate(date, Path.GetFileName(r.GetString(2))));
            }
        }
        using (var cmd = store.Query("SELECT key, issue_date, status, replaced_by, source FROM registry;"))
        using (var r = cmd.ExecuteReader())
        {
            var rows = new List<(string Key, DateOnly? Date, string? Status, string? By, string Source)>();
            while (r.Read())
                rows.Add((r.GetString(0), r.IsDBNull(1) ? null : DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4)));
            var dates = rows.Where(x => x.Date is not null).ToDictionary(x => x.Key, x => x.Date!.Value, StringComparer.Ordinal);
            foreach (var x in rows)
            {
                if (x.Date is { } d) _registry[Id(x.Key, CitationKeys.HasYear(x.Key) ? null : d.Year, null)] = new KnownDate(d, "sổ đăng ký " + x.Source);
                if (x.By is { Length: > 0 } by)
                {
                    bool repealed = x.Status is { } s && (s.Contains("bãi bỏ", StringComparison.OrdinalIgnoreCase) || s.Contains("repeal", StringComparison.OrdinalIgnoreCase));
                    _replaced[x.Key] = new Replacement(by, dates.TryGetValue(by, out var when) ? when : null, repealed, "sổ đăng ký " + x.Source);
                }
            }
        }
        using (var cmd = store.Query("""
            SELECT c.key, c.year, c.date, c.issuer_code, d.issuer, c.relation, d.own_key, d.issue_date, d.path, c.pinpoint
            FROM citations c JOIN documents d ON d.id = c.document_id
            WHERE c.kind NOT IN ('NamedLaw', 'Standard') AND (d.own_key IS NULL OR d.own_key <> c.key);
            """))
        using (var r = cmd.ExecuteReader())
        {
            var counts = new Dictionary<string, Dictionary<DateOnly, int>>(StringComparer.Ordinal);
            while (r.Read())
            {
                string key = r.GetString(0);
                string? issuer = CitationKeys.IsLocalIssuer(r.IsDBNull(3) ? null : r.GetString(3)) ? Flat(r.IsDBNull(4) ? null : r.GetString(4)) : null;
                if (!r.IsDBNull(2) && DateOnly.TryParseExact(r.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    string id = Id(key, r.IsDBNull(1) ? date.Year : null, issuer);
                    if (!counts.TryGetValue(id, out var byDate)) counts[id] = byDate = [];
                    byDate[date] = byDate.GetValueOrDefault(date) + 1;
                }
                string relation = r.GetString(5);
                // Replacing or repealing the whole instrument: not "bãi bỏ Điều 5 Nghị định …", and not by an older
                // document (a consolidated text's note "bị bãi bỏ bởi …" points the other way).
                if (relation is "Replaces" or "Repeals" && !r.IsDBNull(7) && r.IsDBNull(9))
                {
                    var when = DateOnly.ParseExact(r.GetString(7), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    if (!r.IsDBNull(2) && DateOnly.TryParseExact(r.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var citedDate) && citedDate > when) continue;
                    if (!r.IsDBNull(1) && r.GetInt32(1) > when.Year) continue;
                    string by = r.IsDBNull(6) ? Path.GetFileName(r.GetString(8)) : r.GetString(6);
                    // A local number is replaced only for documents of the same issuer.
                    string rid = issuer is null ? key : key + "#" + issuer;
                    if (!_replaced.TryGetValue(rid, out var old) || old.Date is null || old.Date > when)
                        _replaced[rid] = new Replacement(by, when, relation == "Repeals", Path.GetFileName(r.GetString(8)));
                }
            }
            foreach (var (id, byDate) in counts)
            {
                int total = byDate.Values.Sum();
                var top = byDate.MaxBy(kv => kv.Value);
                if (total >= 3 && top.Value * 5 >= total * 4)
                    _majority[id] = new KnownDate(top.Key, $"đa số các lần dẫn trong kho ({top.Value}/{total})");
            }
        }
    }

    public InstrumentFacts? Find(string key, int? year, string? citingIssuer)
    {
        bool local = CitationKeys.IsLocalIssuer(CitationKeys.IssuerCode(key));
        string id = Id(key, year, local ? Flat(citingIssuer) : null);
        var header = _header.GetValueOrDefault(id);
        var registry = _registry.GetValueOrDefault(Id(key, year, null));
        var majority = _majority.GetValueOrDefault(id);
        var replaced = _replaced.GetValueOrDefault(local ? key + "#" + Flat(citingIssuer) : key);
        return header is null && registry is null && majority is null && replaced is null ? null : new InstrumentFacts(header, registry, majority, replaced);
    }

    private static string Id(string key, int? year, string? issuer) => key + (year is { } y ? "@" + y.ToString(CultureInfo.InvariantCulture) : "") + (issuer is null ? "" : "#" + issuer);

    private static string? Flat(string? s) => s is null ? null : string.Join(' ', s.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
