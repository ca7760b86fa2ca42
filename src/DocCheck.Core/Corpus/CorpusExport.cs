using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using DocCheck.Reporting;

namespace DocCheck.Corpus;

/// <summary>A citation of one document, marking whether the cited instrument is itself in the corpus.</summary>
public sealed record DocumentReference(string Key, string? Date, string Relation, int Line, int Column, string Text, string? InCorpus);

/// <summary>Whole-table exports (CSV for Excel, JSON), what a document cites, and the citation graph.</summary>
public static class CorpusExport
{
    public static readonly string[] Tables = ["documents", "citations", "targets", "findings"];

    private static string Sql(string table) => table switch
    {
        "documents" => "SELECT path, number, own_key, type_code, issuer, issue_date, period_start, period_end, title, encoding, size, hash, indexed_at FROM documents ORDER BY path;",
        "citations" => "SELECT d.path, c.line, c.col, c.key, c.kind, c.type, c.date, c.date_valid, c.issuer, c.title, c.relation, c.text FROM citations c JOIN documents d ON d.id = c.document_id ORDER BY d.path, c.line, c.col;",
        "targets" => "SELECT d.path, t.line, t.col, t.kind, t.role, t.value, t.of_value, t.upper, t.comparison, t.unit, t.year, t.subject, t.text FROM targets t JOIN documents d ON d.id = t.document_id ORDER BY d.path, t.line, t.col;",
        "findings" => "SELECT d.path, f.line, f.col, f.end_line, f.end_col, f.level, f.rule_id, f.message, f.text FROM findings f JOIN documents d ON d.id = f.document_id ORDER BY d.path, f.line, f.col;",
        _ => throw new ArgumentException($"không có bảng {table} / no table {table}"),
    };

    /// <summary>Writes a table as CSV (the caller gives a UTF-8-with-BOM writer).</summary>
    public static int WriteCsv(CorpusStore store, string table, TextWriter w)
    {
        using var cmd = store.Query(Sql(table));
        using var r = cmd.ExecuteReader();
        using var csv = new CsvWriter(w, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }, leaveOpen: true);
        for (int i = 0; i < r.FieldCount; i++) csv.WriteField(r.GetName(i) == "col" ? "column" : r.GetName(i));
        csv.NextRecord();
        int n = 0;
        while (r.Read())
        {
            for (int i = 0; i < r.FieldCount; i++) csv.WriteField(r.IsDBNull(i) ? "" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture));
            csv.NextRecord();
            n++;
        }
        return n;
    }

    /// <summary>Writes a table as a JSON array of objects.</summary>
    public static int WriteJson(CorpusStore store, string table, Stream output)
    {
        using var cmd = store.Query(Sql(table));
        using var r = cmd.ExecuteReader();
        using var w = new Utf8JsonWriter(output, JsonOutput.WriterOptions);
        w.WriteStartArray();
        int n = 0;
        while (r.Read())
        {
            w.WriteStartObject();
            for (int i = 0; i < r.FieldCount; i++)
            {
                string name = r.GetName(i) == "col" ? "column" : r.GetName(i);
                if (r.IsDBNull(i)) w.WriteNull(name);
                else switch (r.GetValue(i))
                {
                    case long l: w.WriteNumber(name, l); break;
                    case double d: w.WriteNumber(name, d); break;
                    default: w.WriteString(name, Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)); break;
                }
            }
            w.WriteEndObject();
            n++;
        }
        w.WriteEndArray();
        return n;
    }

    /// <summary>The stored path of <paramref name="path"/> (as given or full), or null when it is not indexed.</summary>
    public static string? FindDocument(CorpusStore store, string path)
    {
        using var cmd = store.Query("SELECT path FROM documents WHERE path = $a OR path = $b LIMIT 1;");
        cmd.Parameters.AddWithValue("$a", path);
        cmd.Parameters.AddWithValue("$b", Path.GetFullPath(path));
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>What a document cites, in order, each marked with the corpus document that is that instrument (if any).</summary>
    public static IReadOnlyList<DocumentReference> References(CorpusStore store, string storedPath)
    {
        using var cmd = store.Query("""
            SELECT c.key, c.date, c.relation, c.line, c.col, c.text,
                   (SELECT o.path FROM documents o WHERE o.own_key = c.key AND (c.date IS NULL OR o.issue_date IS NULL OR o.issue_date = c.date) ORDER BY o.path LIMIT 1)
            FROM citations c JOIN documents d ON d.id = c.document_id
            WHERE d.path = $p ORDER BY c.line, c.col;
            """);
        cmd.Parameters.AddWithValue("$p", storedPath);
        var list = new List<DocumentReference>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new DocumentReference(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6)));
        return list;
    }

    /// <summary>
    /// The citation graph: documents (by their number, else their path) and cited instruments are nodes; each
    /// distinct (document, instrument, relation) is an edge. DOT for Graphviz, or CSV edges.
    /// </summary>
    public static void WriteGraph(CorpusStore store, string format, TextWriter w)
    {
        using var cmd = store.Query("""
            SELECT DISTINCT coalesce(d.own_key, d.path), c.key, c.relation
            FROM citations c JOIN documents d ON d.id = c.document_id
            WHERE d.own_key IS NULL OR d.own_key <> c.key
            ORDER BY 1, 2, 3;
            """);
        using var r = cmd.ExecuteReader();
        if (format == "csv")
        {
            using var csv = new CsvWriter(w, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }, leaveOpen: true);
            foreach (string h in (string[])["source", "target", "relation"]) csv.WriteField(h);
            csv.NextRecord();
            while (r.Read())
            {
                csv.WriteField(r.GetString(0));
                csv.WriteField(r.GetString(1));
                csv.WriteField(r.GetString(2));
                csv.NextRecord();
            }
            return;
        }
        w.WriteLine("digraph doccheck {");
        w.WriteLine("  rankdir=LR;");
        while (r.Read())
            w.WriteLine($"  {Dot(r.GetString(0))} -> {Dot(r.GetString(1))} [label={Dot(r.GetString(2))}];");
        w.WriteLine("}");
    }

    private static string Dot(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "\"";
}
