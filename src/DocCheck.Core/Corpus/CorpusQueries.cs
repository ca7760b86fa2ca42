using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocCheck.Extraction.Citations;

namespace DocCheck.Corpus;

/// <summary>A document citing an instrument, with the citation's place and relation.</summary>
public sealed record CitingHit(string Path, string? Number, string? IssueDate, string? Issuer, string? Title, string Key, string? CitedDate, string Relation, int Line, int Column, string Snippet);

/// <summary>A document found by full-text search, best first.</summary>
public sealed record SearchHit(string Path, string? Number, string? Type, string? IssueDate, string? Title, double Score, string Snippet);

/// <summary>What an instrument query was understood as: an exact key, or number/year with an optional type code.</summary>
public sealed record InstrumentQuery(string? Key, string? Number, int? Year, string? TypeCode, string Text);

/// <summary>Filters of a search.</summary>
public sealed record SearchFilter(string? Type = null, string? Issuer = null, int? FromYear = null, int? ToYear = null, int Limit = 20);

/// <summary>Read queries over a <see cref="CorpusStore"/>: who cites what, and accent-insensitive full-text search.</summary>
public static partial class CorpusQueries
{
    [GeneratedRegex(@"(?<num>\d{1,5}[a-zđ]?)\s*/\s*(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NumberYear();

    private static readonly (Regex Pattern, string Code)[] TypeHints =
    [
        (new Regex(@"\b(?:nghi\s*dinh|nd)\b", RegexOptions.CultureInvariant), "NĐ"),
        (new Regex(@"\b(?:quyet\s*dinh|qd)\b", RegexOptions.CultureInvariant), "QĐ"),
        (new Regex(@"\b(?:thong\s*tu\s*lien\s*tich|ttlt)\b", RegexOptions.CultureInvariant), "TTLT"),
        (new Regex(@"\b(?:thong\s*tu|tt)\b", RegexOptions.CultureInvariant), "TT"),
        (new Regex(@"\b(?:nghi\s*quyet|nq)\b", RegexOptions.CultureInvariant), "NQ"),
        (new Regex(@"\b(?:chi\s*thi|ct)\b", RegexOptions.CultureInvariant), "CT"),
        (new Regex(@"\b(?:ke\s*hoach|kh)\b", RegexOptions.CultureInvariant), "KH"),
    ];

    /// <summary>
    /// Understands "61/2018/NĐ-CP", "61/2018/ND-CP", "nd 61/2018", "Nghị định 61/2018", "225/QĐ-TTg", and "qd 225/2016"
    /// (a number without a year in its symbol, with the year of its date). Null when the
    /// text names no instrument number.
    /// </summary>
    public static InstrumentQuery? ParseInstrument(string text)
    {
        string? key = CitationKeys.FromText(text);
        if (key is not null) return new InstrumentQuery(key, null, null, null, text);
        var m = NumberYear().Match(text);
        if (!m.Success) return null;
        string folded = VietnameseFold.Fold(text);
        string? type = TypeHints.FirstOrDefault(h => h.Pattern.IsMatch(folded)).Code;
        return new InstrumentQuery(null, m.Groups["num"].Value.ToLowerInvariant(), int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), type, text);
    }

    /// <summary>Every citation of the instrument, by citing document path and line.</summary>
    public static IReadOnlyList<CitingHit> Cites(CorpusStore store, InstrumentQuery q)
    {
        string where = q.Key is not null
            ? "c.key = $key"
            : "c.number = $num AND (c.year = $year OR (c.year IS NULL AND substr(c.date, 1, 4) = $yearText))" + (q.TypeCode is null ? "" : " AND c.type_code = $type");
        using var cmd = store.Query($"""
            SELECT d.path, d.number, d.issue_date, d.issuer, d.title, c.key, c.date, c.relation, c.line, c.col, c.text
            FROM citations c JOIN documents d ON d.id = c.document_id
            WHERE {where}
            ORDER BY d.path, c.line, c.col;
            """);
        if (q.Key is not null) cmd.Parameters.AddWithValue("$key", q.Key);
        else
        {
            cmd.Parameters.AddWithValue("$num", q.Number);
            cmd.Parameters.AddWithValue("$year", q.Year);
            cmd.Parameters.AddWithValue("$yearText", q.Year!.Value.ToString(CultureInfo.InvariantCulture));
            if (q.TypeCode is not null) cmd.Parameters.AddWithValue("$type", q.TypeCode);
        }
        var hits = new List<CitingHit>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            hits.Add(new CitingHit(r.GetString(0), S(r, 1), S(r, 2), S(r, 3), S(r, 4), r.GetString(5), S(r, 6), r.GetString(7), r.GetInt32(8), r.GetInt32(9), r.GetString(10)));
        return hits;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Word();

    /// <summary>
    /// BM25-ranked documents containing every word of <paramref name="text"/>, accents optional: words are matched
    /// folded, and when the query carries accents, documents with the exact accented words rank first. The query is
    /// never passed to FTS5 as syntax: each word becomes a quoted string, so no input can break or inject.
    /// </summary>
    public static IReadOnlyList<SearchHit> Search(CorpusStore store, string text, SearchFilter filter)
    {
        var words = Word().Matches(text).Select(m => m.Value).Take(64).ToList();
        if (words.Count == 0) throw new ArgumentException("câu tìm kiếm không có từ nào / the query has no words");
        string folded = string.Join(" AND ", words.Select(w => Quote(VietnameseFold.Fold(w))));
        bool accented = words.Any(w => VietnameseFold.Fold(w) != w.ToLowerInvariant());
        string match = $"{{title_folded body_folded}} : ({folded})";
        if (accented) match = $"({match}) OR ({{title body}} : ({string.Join(" AND ", words.Select(Quote))}))";
        var sql = new StringBuilder("""
            SELECT d.path, d.number, d.type_code, d.issue_date, d.title, bm25(documents_fts, 10.0, 2.0, 5.0, 1.0) AS score, d.text
            FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
            WHERE documents_fts MATCH $match
            """);
        if (filter.Type is not null) sql.Append(" AND d.type_code = $type");
        if (filter.FromYear is not null) sql.Append(" AND CAST(substr(d.issue_date, 1, 4) AS INTEGER) >= $from");
        if (filter.ToYear is not null) sql.Append(" AND CAST(substr(d.issue_date, 1, 4) AS INTEGER) <= $to");
        sql.Append(" ORDER BY score LIMIT $limit;");
        using var cmd = store.Query(sql.ToString());
        cmd.Parameters.AddWithValue("$match", match);
        if (filter.Type is not null) cmd.Parameters.AddWithValue("$type", filter.Type);
        if (filter.FromYear is { } f) cmd.Parameters.AddWithValue("$from", f);
        if (filter.ToYear is { } t) cmd.Parameters.AddWithValue("$to", t);
        cmd.Parameters.AddWithValue("$limit", filter.Issuer is null ? filter.Limit : filter.Limit * 20);
        var hits = new List<SearchHit>();
        string? issuer = filter.Issuer is null ? null : VietnameseFold.Fold(filter.Issuer);
        using var r = cmd.ExecuteReader();
        while (r.Read() && hits.Count < filter.Limit)
        {
            string path = r.GetString(0);
            if (issuer is not null && !IssuerMatches(store, path, issuer)) continue;
            hits.Add(new SearchHit(path, S(r, 1), S(r, 2), S(r, 3), S(r, 4), -r.GetDouble(5), Snippet(r.GetString(6), words)));
        }
        return hits;
    }

    private static bool IssuerMatches(CorpusStore store, string path, string foldedIssuer)
    {
        using var cmd = store.Query("SELECT issuer FROM documents WHERE path = $p;");
        cmd.Parameters.AddWithValue("$p", path);
        return cmd.ExecuteScalar() is string s && VietnameseFold.Fold(s).Contains(foldedIssuer, StringComparison.Ordinal);
    }

    private static string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Up to 160 characters around the first place where the words occur, matched folded; folding keeps every
    /// character's position, so the snippet is cut from the original text and the words are marked with [ ].
    /// </summary>
    public static string Snippet(string text, IReadOnlyList<string> words)
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
        if (spans.Count == 0 || folded.Length != text.Length) return DocCheck.Text.OneLineText.Of(text[..Math.Min(160, text.Length)]);
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
        return DocCheck.Text.OneLineText.Of(sb.ToString());
    }

    private static string? S(Microsoft.Data.Sqlite.SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
