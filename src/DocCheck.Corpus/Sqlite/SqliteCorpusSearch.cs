using System.Text;
using System.Text.RegularExpressions;
using DocCheck.Text;
using static DocCheck.Corpus.Sqlite.SqliteValues;

namespace DocCheck.Corpus.Sqlite;

/// <summary>
/// Full-text search with SQLite FTS5 over the store's file: BM25-ranked documents containing every word of the query,
/// accents optional (words are matched folded; when the query carries accents, documents with the exact accented words
/// rank first). The query is never passed to FTS5 as syntax: each word becomes a quoted string.
/// </summary>
public sealed partial class SqliteCorpusSearch : ICorpusSearch
{
    private readonly SqliteCorpusStore _store;

    internal SqliteCorpusSearch(SqliteCorpusStore store) => _store = store;

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Word();

    public IReadOnlyList<SearchHit> Search(string text, SearchFilter filter)
    {
        var words = Word().Matches(text).Select(m => m.Value).Take(64).ToList();
        if (words.Count == 0) throw new ArgumentException("câu tìm kiếm không có từ nào / the query has no words");
        string folded = string.Join(" AND ", words.Select(w => Quote(VietnameseFold.Fold(w))));
        bool accented = words.Any(w => VietnameseFold.Fold(w) != w.ToLowerInvariant());
        string match = $"{{title_folded body_folded}} : ({folded})";
        if (accented) match = $"({match}) OR ({{title body}} : ({string.Join(" AND ", words.Select(Quote))}))";
        var sql = new StringBuilder("""
            SELECT d.path, d.number, d.type_code, d.issue_date, d.title, bm25(documents_fts, 10.0, 2.0, 5.0, 1.0) AS score, d.text, d.issuer
            FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
            WHERE documents_fts MATCH $match
            """);
        if (filter.Type is not null) sql.Append(" AND d.type_code = $type");
        if (filter.FromYear is not null) sql.Append(" AND CAST(substr(d.issue_date, 1, 4) AS INTEGER) >= $from");
        if (filter.ToYear is not null) sql.Append(" AND CAST(substr(d.issue_date, 1, 4) AS INTEGER) <= $to");
        sql.Append(" ORDER BY score LIMIT $limit;");
        string? issuer = filter.Issuer is null ? null : VietnameseFold.Fold(filter.Issuer);
        var rows = _store.Rows(sql.ToString(), p =>
        {
            p.AddWithValue("$match", match);
            if (filter.Type is not null) p.AddWithValue("$type", filter.Type);
            if (filter.FromYear is { } f) p.AddWithValue("$from", f);
            if (filter.ToYear is { } t) p.AddWithValue("$to", t);
            p.AddWithValue("$limit", filter.Issuer is null ? filter.Limit : filter.Limit * 20);
        },
        r => (Hit: new SearchHit(r.GetString(0), Str(r, 1), Str(r, 2), Date(r, 3), Str(r, 4), -r.GetDouble(5), ""), Text: r.GetString(6), Issuer: Str(r, 7)));
        var hits = new List<SearchHit>();
        foreach (var row in rows)
        {
            if (hits.Count >= filter.Limit) break;
            if (issuer is not null && !(row.Issuer is { } s && VietnameseFold.Fold(s).Contains(issuer, StringComparison.Ordinal))) continue;
            hits.Add(row.Hit with { Snippet = Snippet(row.Text, words) });
        }
        return hits;
    }

    private static string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Up to 160 characters around the first place where the words occur, matched folded; folding keeps every
    /// character's position, so the snippet is cut from the original text and the words are marked with [ ].
    /// </summary>
    internal static string Snippet(string text, IReadOnlyList<string> words)
    {
        string folded = VietnameseFold.Fold(text);
        var spans = new List<(int Start, int Length)>();
        foreach (string w in words)
        {
            string fw = VietnameseFold.Fold(w);
            for (int at = folded.IndexOf(fw, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(fw, at + 1, StringComparison.Ordinal))
            {
                bool starts = at == 0 || !char.IsLetterOrDigit(folded[at - 1]);
                bool ends = at + fw.Length == folded.Length || !char.IsLetterOrDigit(folded[at + fw.Length]);
                if (starts && ends) { spans.Add((at, fw.Length)); break; }
            }
        }
        if (spans.Count == 0 || folded.Length != text.Length) return OneLineText.Of(text[..Math.Min(160, text.Length)]);
        int first = spans.Min(s => s.Start);
        int from = Math.Max(0, first - 60), to = Math.Min(text.Length, first + 100);
        var sb = new StringBuilder(from > 0 ? "…" : "");
        for (int i = from; i < to; i++)
        {
            if (spans.Any(s => s.Start == i)) sb.Append('[');
            sb.Append(text[i]);
            if (spans.Any(s => s.Start + s.Length - 1 == i)) sb.Append(']');
        }
        if (to < text.Length) sb.Append('…');
        return OneLineText.Of(sb.ToString());
    }
}
