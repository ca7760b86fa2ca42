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

    public IEnumerable<CorpusDocument> Documents() => Rows(
        "SELECT path, hash, analysis, size, encoding, number, own_key, type_code, issuer, issue_date, period_start, period_end, title, indexed_at FROM documents ORDER BY path;",
        null,
        r => new CorpusDocument(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetString(4), Str(r, 5), Str(r, 6), Str(r, 7),
            Str(r, 8), Date(r, 9), Int(r, 10), Int(r, 11), Str(r, 12))
        {
            IndexedAt = DateTime.Parse(r.GetString(13), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        });

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
        null,
        r => new InDocument<CorpusFinding>(r.GetString(0), new CorpusFinding(r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4),
            ParseLevel(r.GetString(5)), r.GetString(6), r.GetString(7), r.GetString(8))));

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
}
