using System.Globalization;
using DocCheck.Extraction.Citations;
using DocCheck.Extraction.Quantities;
using Microsoft.Data.Sqlite;
using static DocCheck.Corpus.Sqlite.SqliteValues;

namespace DocCheck.Corpus.Sqlite;

// The read queries of the store.
public sealed partial class SqliteCorpusStore
{
    private const string CitationColumns =
        "c.line, c.col, c.key, c.kind, c.type, c.number, c.year, c.type_code, c.issuer_code, c.date, c.date_valid, c.issuer, c.title, c.relation, c.text, c.pinpoint";

    /// <summary>Reads the 16 <see cref="CitationColumns"/> starting at column <paramref name="at"/>.</summary>
    private static CorpusCitation ReadCitation(SqliteDataReader r, int at) => new(
        r.GetInt32(at), r.GetInt32(at + 1), r.GetString(at + 2), Enum<CitationKind>(r, at + 3), Enum<InstrumentType>(r, at + 4),
        Str(r, at + 5), Int(r, at + 6), Str(r, at + 7), Str(r, at + 8), Date(r, at + 9), r.GetInt64(at + 10) != 0,
        Str(r, at + 11), Str(r, at + 12), Enum<CitationRelation>(r, at + 13), r.GetString(at + 14), Str(r, at + 15));

    public string? FindDocument(string path) => Rows(
        "SELECT path FROM documents WHERE path = $a OR path = $b LIMIT 1;",
        p => { p.AddWithValue("$a", path); p.AddWithValue("$b", Path.GetFullPath(path)); },
        r => r.GetString(0)).FirstOrDefault();

    public IReadOnlyList<CitingHit> Cites(InstrumentQuery q)
    {
        string where = q.Key is not null
            ? "c.key = $key"
            : "c.number = $num AND (c.year = $year OR (c.year IS NULL AND substr(c.date, 1, 4) = $yearText))" + (q.TypeCode is null ? "" : " AND c.type_code = $type");
        return Rows($"""
            SELECT d.path, d.number, d.issue_date, d.issuer, d.title, c.key, c.date, c.relation, c.line, c.col, c.text
            FROM citations c JOIN documents d ON d.id = c.document_id
            WHERE {where}
            ORDER BY d.path, c.line, c.col;
            """,
            p =>
            {
                if (q.Key is not null) { p.AddWithValue("$key", q.Key); return; }
                p.AddWithValue("$num", q.Number);
                p.AddWithValue("$year", q.Year);
                p.AddWithValue("$yearText", q.Year!.Value.ToString(CultureInfo.InvariantCulture));
                if (q.TypeCode is not null) p.AddWithValue("$type", q.TypeCode);
            },
            r => new CitingHit(r.GetString(0), Str(r, 1), Date(r, 2), Str(r, 3), Str(r, 4), r.GetString(5), Date(r, 6),
                Enum<CitationRelation>(r, 7), r.GetInt32(8), r.GetInt32(9), r.GetString(10))).ToList();
    }

    public IReadOnlyList<DocumentReference> References(string storedPath) => Rows("""
        SELECT c.key, c.date, c.relation, c.line, c.col, c.text,
               (SELECT o.path FROM documents o WHERE o.own_key = c.key AND (c.date IS NULL OR o.issue_date IS NULL OR o.issue_date = c.date) ORDER BY o.path LIMIT 1)
        FROM citations c JOIN documents d ON d.id = c.document_id
        WHERE d.path = $p ORDER BY c.line, c.col;
        """,
        p => p.AddWithValue("$p", storedPath),
        r => new DocumentReference(r.GetString(0), Date(r, 1), Enum<CitationRelation>(r, 2), r.GetInt32(3), r.GetInt32(4), r.GetString(5), Str(r, 6))).ToList();

    public IEnumerable<GraphEdge> Graph() => Rows("""
        SELECT DISTINCT coalesce(d.own_key, d.path), c.key, c.relation
        FROM citations c JOIN documents d ON d.id = c.document_id
        WHERE d.own_key IS NULL OR d.own_key <> c.key
        ORDER BY 1, 2, 3;
        """, null, r => new GraphEdge(r.GetString(0), r.GetString(1), Enum<CitationRelation>(r, 2)));

    private const string DocumentColumns =
        "path, hash, analysis, size, encoding, number, own_key, type_code, issuer, issue_date, period_start, period_end, title, indexed_at";

    public CorpusDocument? Document(string storedPath) => Rows(
        $"SELECT {DocumentColumns} FROM documents WHERE path = $p;", p => p.AddWithValue("$p", storedPath), ReadDocument).FirstOrDefault();

    public IReadOnlyList<UnreadableFile> Unreadable() => Rows(
        "SELECT path, kind, detail, seen_at FROM unreadable ORDER BY path;", null,
        r => new UnreadableFile(r.GetString(0), Enum<DocCheck.Reading.ReadErrorKind>(r, 1), Str(r, 2),
            DateTime.Parse(r.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind))).ToList();

    public DateTime? LastIndexed() => Rows("SELECT max(indexed_at) FROM documents;", null,
        r => r.IsDBNull(0) ? (DateTime?)null : DateTime.Parse(r.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)).FirstOrDefault();

    public IEnumerable<CorpusDocument> Documents() => Rows($"SELECT {DocumentColumns} FROM documents ORDER BY path;", null, ReadDocument);

    private static CorpusDocument ReadDocument(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetString(4), Str(r, 5), Str(r, 6), Str(r, 7),
            Str(r, 8), Date(r, 9), Int(r, 10), Int(r, 11), Str(r, 12))
        {
            IndexedAt = DateTime.Parse(r.GetString(13), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        };

    public IEnumerable<InDocument<CorpusCitation>> Citations() => Rows(
        $"SELECT d.path, {CitationColumns} FROM citations c JOIN documents d ON d.id = c.document_id ORDER BY d.path, c.line, c.col;",
        null, r => new InDocument<CorpusCitation>(r.GetString(0), ReadCitation(r, 1)));

    public IEnumerable<InDocument<CorpusQuantity>> Quantities() => Rows(
        "SELECT d.path, t.line, t.col, t.kind, t.role, t.value, t.of_value, t.upper, t.comparison, t.unit, t.year, t.subject, t.text FROM targets t JOIN documents d ON d.id = t.document_id ORDER BY d.path, t.line, t.col;",
        null,
        r => new InDocument<CorpusQuantity>(r.GetString(0), new CorpusQuantity(r.GetInt32(1), r.GetInt32(2), Enum<QuantityKind>(r, 3), Enum<QuantityRole>(r, 4),
            r.GetDouble(5), Real(r, 6), Real(r, 7), Enum<Comparison>(r, 8), Str(r, 9), Int(r, 10), Str(r, 11), r.GetString(12))));

    public IEnumerable<InDocument<CorpusFinding>> Findings() => Rows(
        "SELECT d.path, f.line, f.col, f.end_line, f.end_col, f.level, f.rule_id, f.message, f.text FROM findings f JOIN documents d ON d.id = f.document_id ORDER BY d.path, f.line, f.col;",
        null, r => new InDocument<CorpusFinding>(r.GetString(0), ReadFinding(r, 1)));

    public IReadOnlyList<CorpusFinding> FindingsOf(string storedPath) => Rows(
        "SELECT f.line, f.col, f.end_line, f.end_col, f.level, f.rule_id, f.message, f.text FROM findings f JOIN documents d ON d.id = f.document_id WHERE d.path = $p ORDER BY f.line, f.col;",
        p => p.AddWithValue("$p", storedPath), r => ReadFinding(r, 0)).ToList();

    private static CorpusFinding ReadFinding(SqliteDataReader r, int at) => new(r.GetInt32(at), r.GetInt32(at + 1), r.GetInt32(at + 2), r.GetInt32(at + 3),
        ParseLevel(r.GetString(at + 4)), r.GetString(at + 5), r.GetString(at + 6), r.GetString(at + 7));

    public IEnumerable<RegistryEntry> Registry() => Rows(
        "SELECT key, number, issue_date, issuer, title, status, replaced_by, source FROM registry ORDER BY key;",
        null,
        r => new RegistryEntry(r.GetString(0), r.GetString(1), Date(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), r.GetString(7)));

    public IEnumerable<OwnNumber> OwnNumbers() => Rows(
        "SELECT own_key, issue_date, path, issuer FROM documents WHERE own_key IS NOT NULL AND issue_date IS NOT NULL ORDER BY path;",
        null,
        r => new OwnNumber(r.GetString(0), ParseDate(r.GetString(1)), r.GetString(2), Str(r, 3)));

    public IEnumerable<CitationInContext> InstrumentCitations() => Rows($"""
        SELECT d.path, d.own_key, d.issue_date, d.issuer, {CitationColumns}
        FROM citations c JOIN documents d ON d.id = c.document_id
        WHERE c.kind NOT IN ('NamedLaw', 'Standard') AND (d.own_key IS NULL OR d.own_key <> c.key)
        ORDER BY d.path, c.line, c.col;
        """,
        null,
        r => new CitationInContext(ReadCitation(r, 4), r.GetString(0), Str(r, 1), Date(r, 2), Str(r, 3)));

    public StoreState State()
    {
        var values = Rows("SELECT key, value FROM store;", null, r => (r.GetString(0), r.GetString(1))).ToDictionary(x => x.Item1, x => x.Item2);
        return new StoreState(values["id"], long.Parse(values["seq"], CultureInfo.InvariantCulture));
    }

    public IEnumerable<SearchDocument> SearchDocuments(long afterSeq)
    {
        // Read in two passes per page of documents: the documents, then what they cite (one query each, not one per document).
        const int Page = 256;
        // Pages follow (seq, id) on the seq index: only what changed is read. (Paging by path walked the whole path
        // index on every catch-up, so an index run slowed down as the corpus grew.)
        long lastSeq = afterSeq, lastId = 0;
        while (true)
        {
            var page = Rows("""
                SELECT d.id, d.path, d.seq, d.number, d.own_key, d.type_code, d.issuer, d.issue_date, d.title, d.text, d.block_lines,
                       (SELECT r.status FROM registry r WHERE r.key = d.own_key)
                FROM documents d WHERE d.seq > $after AND (d.seq, d.id) > ($seq, $id) ORDER BY d.seq, d.id LIMIT $page;
                """,
                p => { p.AddWithValue("$after", afterSeq); p.AddWithValue("$seq", lastSeq); p.AddWithValue("$id", lastId); p.AddWithValue("$page", Page); },
                r => (Id: r.GetInt64(0), Path: r.GetString(1), Seq: r.GetInt64(2), Number: Str(r, 3), OwnKey: Str(r, 4), Type: Str(r, 5), Issuer: Str(r, 6),
                    Date: Date(r, 7), Title: Str(r, 8), Text: r.GetString(9), Lines: r.IsDBNull(10) ? null : (byte[])r.GetValue(10), Status: Str(r, 11))).ToList();
            if (page.Count == 0) yield break;
            var cited = new Dictionary<long, (List<string> Keys, HashSet<CitationRelation> Relations)>();
            foreach (var (doc, key, relation) in Rows(
                $"SELECT c.document_id, c.key, c.relation FROM citations c WHERE c.document_id IN ({string.Join(',', page.Select(d => d.Id))}) ORDER BY c.document_id, c.line, c.col;",
                null, r => (r.GetInt64(0), r.GetString(1), Enum<CitationRelation>(r, 2))))
            {
                if (!cited.TryGetValue(doc, out var c)) cited[doc] = c = ([], []);
                if (!c.Keys.Contains(key)) c.Keys.Add(key);
                c.Relations.Add(relation);
            }
            foreach (var d in page)
            {
                var c = cited.GetValueOrDefault(d.Id);
                yield return new SearchDocument(d.Path, d.Seq, d.Number, d.OwnKey, d.Type, d.Issuer, d.Date, d.Title, d.Text, BlockLines.Unpack(d.Lines),
                    c.Keys ?? [], c.Relations?.Order().ToList() ?? [], d.Status);
            }
            (lastSeq, lastId) = (page[^1].Seq, page[^1].Id);
            if (page.Count < Page) yield break;
        }
    }

    public IEnumerable<string> RemovedSince(long afterSeq) => Rows(
        "SELECT path FROM removed WHERE seq > $after ORDER BY path;", p => p.AddWithValue("$after", afterSeq), r => r.GetString(0));

    public IReadOnlyList<StoredText> Texts(IReadOnlyCollection<string> paths)
    {
        if (paths.Count == 0) return [];
        var names = paths.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        return Rows($"SELECT path, text, block_lines FROM documents WHERE path IN ({string.Join(',', names)});",
            p => { int i = 0; foreach (string path in paths) p.AddWithValue(names[i++], path); },
            r => new StoredText(r.GetString(0), r.GetString(1), BlockLines.Unpack(r.IsDBNull(2) ? null : (byte[])r.GetValue(2)))).ToList();
    }
}
