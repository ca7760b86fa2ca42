using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using F = DocCheck.Corpus.Lucene.SearchFields;

namespace DocCheck.Corpus.Lucene;

/// <summary>
/// Counts every hit of a search by type, province, issuer, status, year and relation, from doc values (Lucene.Net.Facet
/// is not served): per segment by ordinal, turned into names when the segment is done.
/// </summary>
internal sealed class CountingCollector : ICollector
{
    private static readonly string[] Single = [F.Type, F.Province, F.IssuerValue, F.Status];
    private readonly Dictionary<string, Dictionary<string, int>> _counts = new(StringComparer.Ordinal);
    private readonly SortedDocValues?[] _values = new SortedDocValues?[Single.Length];
    private readonly int[][] _ordCounts = new int[Single.Length][];
    private SortedSetDocValues? _relations;
    private int[] _relationCounts = [];
    private NumericDocValues? _years;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        for (int i = 0; i < Single.Length; i++)
        {
            _values[i] = reader.GetSortedDocValues(Single[i]);
            _ordCounts[i] = new int[_values[i]?.ValueCount ?? 0];
        }
        _relations = reader.GetSortedSetDocValues(F.Relation);
        _relationCounts = new int[(int)(_relations?.ValueCount ?? 0)];
        _years = reader.GetNumericDocValues(F.Year);
    }

    public void Collect(int doc)
    {
        for (int i = 0; i < Single.Length; i++)
            if (_values[i] is { } v && v.GetOrd(doc) is var ord and >= 0) _ordCounts[i][ord]++;
        if (_relations is { } rel)
        {
            rel.SetDocument(doc);
            for (long ord = rel.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = rel.NextOrd()) _relationCounts[ord]++;
        }
        if (_years?.Get(doc) is { } year and > 0) Add("year", year.ToString(CultureInfo.InvariantCulture), 1);
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (int i = 0; i < Single.Length; i++)
        {
            if (_values[i] is not { } v) continue;
            for (int ord = 0; ord < _ordCounts[i].Length; ord++)
            {
                if (_ordCounts[i][ord] == 0) continue;
                v.LookupOrd(ord, term);
                Add(Single[i] == F.IssuerValue ? F.Issuer : Single[i], term.Utf8ToString(), _ordCounts[i][ord]);
            }
            _values[i] = null;
        }
        if (_relations is { } rel)
        {
            for (int ord = 0; ord < _relationCounts.Length; ord++)
            {
                if (_relationCounts[ord] == 0) continue;
                rel.LookupOrd(ord, term);
                Add(F.Relation, term.Utf8ToString(), _relationCounts[ord]);
            }
            _relations = null;
        }
    }

    private void Add(string facet, string value, int n)
    {
        if (!_counts.TryGetValue(facet, out var byValue)) _counts[facet] = byValue = new(StringComparer.Ordinal);
        byValue[value] = byValue.GetValueOrDefault(value) + n;
    }

    /// <summary>The counts, each facet's values most frequent first (years newest first).</summary>
    public IReadOnlyList<FacetCount> Finish()
    {
        Flush();
        var list = new List<FacetCount>();
        foreach (var facet in (string[])[F.Type, F.Province, F.Issuer, "year", F.Relation, F.Status])
        {
            if (!_counts.TryGetValue(facet, out var byValue)) continue;
            var ordered = facet == "year"
                ? byValue.OrderByDescending(kv => kv.Key, StringComparer.Ordinal)
                : byValue.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal);
            list.AddRange(ordered.Select(kv => new FacetCount(facet, kv.Key, kv.Value)));
        }
        return list;
    }
}
