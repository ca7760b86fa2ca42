using System.Globalization;
using DocCheck.Extraction.Citations;
using DocCheck.Rules;

namespace DocCheck.Corpus;

/// <summary>
/// What the corpus and its registry know of each instrument, loaded once from a store for a lint run: the instrument's
/// own header date (national numbers, or local ones of the same issuer), the registry's date and status, the date a
/// clear majority of citations give (at least 3 citations, 80 % agreeing), and whether a corpus document or the
/// registry says it was replaced or repealed, by what and when.
/// </summary>
public sealed class CorpusFacts : IInstrumentFacts
{
    private readonly Dictionary<string, KnownDate> _header = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownDate> _registry = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownDate> _majority = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Replacement> _replaced = new(StringComparer.Ordinal);

    public CorpusFacts(ICorpusStore store)
    {
        foreach (var own in store.OwnNumbers())
        {
            string id = Id(own.Key, CitationKeys.HasYear(own.Key) ? null : own.IssueDate.Year, CitationKeys.IsLocalIssuer(CitationKeys.IssuerCode(own.Key)) ? Flat(own.Issuer) : null);
            _header.TryAdd(id, new KnownDate(own.IssueDate, Path.GetFileName(own.Path)));
        }
        var registry = store.Registry().ToList();
        var dates = registry.Where(x => x.IssueDate is not null).ToDictionary(x => x.Key, x => x.IssueDate!.Value, StringComparer.Ordinal);
        foreach (var x in registry)
        {
            if (x.IssueDate is { } d) _registry[Id(x.Key, CitationKeys.HasYear(x.Key) ? null : d.Year, null)] = new KnownDate(d, "sổ đăng ký " + x.Source);
            if (x.ReplacedBy is { Length: > 0 } by)
            {
                bool repealed = x.Status is { } s && (s.Contains("bãi bỏ", StringComparison.OrdinalIgnoreCase) || s.Contains("repeal", StringComparison.OrdinalIgnoreCase));
                _replaced[x.Key] = new Replacement(by, dates.TryGetValue(by, out var when) ? when : null, repealed, "sổ đăng ký " + x.Source);
            }
        }
        var counts = new Dictionary<string, Dictionary<DateOnly, int>>(StringComparer.Ordinal);
        foreach (var row in store.InstrumentCitations())
        {
            var c = row.Citation;
            string? issuer = CitationKeys.IsLocalIssuer(c.IssuerCode) ? Flat(row.CitingIssuer) : null;
            if (c.Date is { } date)
            {
                string id = Id(c.Key, c.Year is null ? date.Year : null, issuer);
                if (!counts.TryGetValue(id, out var byDate)) counts[id] = byDate = [];
                byDate[date] = byDate.GetValueOrDefault(date) + 1;
            }
            // Replacing or repealing the whole instrument: not "bãi bỏ Điều 5 Nghị định …", and not by an older
            // document (a consolidated text's note "bị bãi bỏ bởi …" points the other way).
            if (c.Relation is CitationRelation.Replaces or CitationRelation.Repeals && row.CitingDate is { } when && c.Pinpoint is null)
            {
                if (c.Date is { } citedDate && citedDate > when) continue;
                if (c.Year is { } y && y > when.Year) continue;
                string by = row.CitingKey ?? Path.GetFileName(row.Path);
                // A local number is replaced only for documents of the same issuer.
                string rid = issuer is null ? c.Key : c.Key + "#" + issuer;
                if (!_replaced.TryGetValue(rid, out var old) || old.Date is null || old.Date > when)
                    _replaced[rid] = new Replacement(by, when, c.Relation == CitationRelation.Repeals, Path.GetFileName(row.Path));
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
