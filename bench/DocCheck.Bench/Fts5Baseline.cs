using System.Text;
using System.Text.RegularExpressions;
using DocCheck.Corpus;
using DocCheck.Text;
using Microsoft.Data.Sqlite;

namespace DocCheck.Bench;

/// <summary>
/// The search DocCheck had before Lucene.Net (SQLite FTS5, unicode61 without diacritics removal, exact and folded
/// columns, BM25 10/2/5/1, every word required, accented words ranking exact spellings first), kept here only to be
/// measured beside it on the same corpus: it loads the store's documents into an FTS5 table of its own in a side file.
/// </summary>
internal sealed partial class Fts5Baseline : IDisposable
{
    private readonly SqliteConnection _db;

    private Fts5Baseline(SqliteConnection db) => _db = db;

    /// <summary>Builds (once) and opens the FTS5 side file for the store at <paramref name="storePath"/>.</summary>
    public static Fts5Baseline Open(string storePath, ICorpusStore store)
    {
        string side = storePath + ".fts5-baseline";
        bool fresh = !File.Exists(side);
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = side, Pooling = false }.ToString());
        db.Open();
        if (fresh)
        {
            Exec(db, "CREATE TABLE docs(id INTEGER PRIMARY KEY, path TEXT, type TEXT, date TEXT, title TEXT, text TEXT);" +
                     "CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, title_folded, body_folded, tokenize = 'unicode61 remove_diacritics 0');");
            using var tx = db.BeginTransaction();
            long id = 0;
            foreach (var d in store.SearchDocuments(0))
            {
                id++;
                using var ins = db.CreateCommand();
                ins.Transaction = tx;
                ins.CommandText = "INSERT INTO docs VALUES ($id, $p, $ty, $d, $t, $x); INSERT INTO docs_fts(rowid, title, body, title_folded, body_folded) VALUES ($id, $t, $x, $tf, $xf);";
                ins.Parameters.AddWithValue("$id", id);
                ins.Parameters.AddWithValue("$p", d.Path);
                ins.Parameters.AddWithValue("$ty", (object?)d.TypeCode ?? DBNull.Value);
                ins.Parameters.AddWithValue("$d", (object?)d.IssueDate?.ToString("yyyy-MM-dd") ?? DBNull.Value);
                ins.Parameters.AddWithValue("$t", d.Title ?? "");
                ins.Parameters.AddWithValue("$x", d.Text);
                ins.Parameters.AddWithValue("$tf", VietnameseFold.Fold(d.Title ?? ""));
                ins.Parameters.AddWithValue("$xf", VietnameseFold.Fold(d.Text));
                ins.ExecuteNonQuery();
            }
            tx.Commit();
        }
        return new Fts5Baseline(db);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Word();

    /// <summary>The paths of the best <paramref name="limit"/> documents and the snippet of each, as the old search made them.</summary>
    public List<(string Path, string Snippet)> Search(string text, int limit)
    {
        var words = Word().Matches(text).Select(m => m.Value).Take(64).ToList();
        if (words.Count == 0) return [];
        string folded = string.Join(" AND ", words.Select(w => Quote(VietnameseFold.Fold(w))));
        bool accented = words.Any(w => VietnameseFold.Fold(w) != w.ToLowerInvariant());
        string match = $"{{title_folded body_folded}} : ({folded})";
        if (accented) match = $"({match}) OR ({{title body}} : ({string.Join(" AND ", words.Select(Quote))}))";
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT d.path, d.text FROM docs_fts JOIN docs d ON d.id = docs_fts.rowid WHERE docs_fts MATCH $m ORDER BY bm25(docs_fts, 10.0, 2.0, 5.0, 1.0) LIMIT $l;";
        cmd.Parameters.AddWithValue("$m", match);
        cmd.Parameters.AddWithValue("$l", limit);
        var hits = new List<(string, string)>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) hits.Add((r.GetString(0), Snippet(r.GetString(1), words)));
        return hits;
    }

    private static string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The old snippet: 160 characters around the first place a word occurs, matched folded, words in [ ].</summary>
    private static string Snippet(string text, IReadOnlyList<string> words)
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
        var sb = new StringBuilder();
        for (int i = from; i < to; i++)
        {
            if (spans.Any(s => s.Start == i)) sb.Append('[');
            sb.Append(text[i]);
            if (spans.Any(s => s.Start + s.Length - 1 == i)) sb.Append(']');
        }
        return OneLineText.Of(sb.ToString());
    }

    private static void Exec(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => _db.Dispose();
}
