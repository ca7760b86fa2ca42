using DocCheck.Corpus;
using DocCheck.Corpus.Sqlite;
using DocCheck.Application;
using DocCheck.Application.Indexing;
using DocCheck.Application.Inputs;
using Microsoft.Data.Sqlite;

namespace DocCheck.Tests.Corpus;

/// <summary>Schema migrations on a database made by an older DocCheck.</summary>
public sealed class CorpusMigrationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-migrate-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private static void Exec(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    [Fact]
    public void Version_3_gains_the_number_year_index_keeps_its_rows_and_cites_by_number_uses_it()
    {
        string path = Path.Combine(_dir, "corpus.db");
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            for (int v = 0; v < 3; v++) Exec(old, SqliteSchema.Migrations[v] + $"\nPRAGMA user_version = {v + 1};");
            Exec(old, """
                INSERT INTO documents(id, path, hash, size, indexed_at, encoding, number, text) VALUES (1, '/d/a.txt', 'H', 1, 'now', 'utf-8', '1/KH-UBND', 'x');
                INSERT INTO citations(document_id, key, kind, type, number, year, type_code, date_valid, relation, line, col, text)
                VALUES (1, '61/2018/NĐ-CP', 'Normative', 'Decree', '61', 2018, 'NĐ', 1, 'Basis', 3, 1, 'Nghị định số 61/2018/NĐ-CP');
                """);
        }

        using (var store = SqliteCorpusStore.Open(path, write: true))
        {
            Assert.Equal(1, store.DocumentCount());
            // Migration 4 needs no re-analysis and keeps the stored hash; migration 5 leaves the row's analysis empty,
            // which makes the next index run analyze the file again (see CorpusStoreTests).
            Assert.Equal(new StoredVersion("H", ""), store.Versions()["/d/a.txt"]);
            var hits = store.Cites(InstrumentQueryParser.Parse("Nghị định 61/2018")!);
            Assert.Equal("61/2018/NĐ-CP", Assert.Single(hits).Key);
        }

        using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var version = db.CreateCommand();
        version.CommandText = "PRAGMA user_version;";
        Assert.Equal((long)SqliteSchema.Version, (long)version.ExecuteScalar()!);
        using var plan = db.CreateCommand();
        plan.CommandText = "EXPLAIN QUERY PLAN SELECT id FROM citations c WHERE c.number = '61' AND (c.year = 2018 OR (c.year IS NULL AND substr(c.date, 1, 4) = '2018'));";
        using var r = plan.ExecuteReader();
        var steps = new List<string>();
        while (r.Read()) steps.Add(r.GetString(3));
        Assert.Contains(steps, s => s.Contains("citations_number_year", StringComparison.Ordinal));
    }

    [Fact]
    public void A_version_5_corpus_loses_its_fts5_tables_and_gets_its_search_index_built_on_first_use()
    {
        string path = Path.Combine(_dir, "v5.db");
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            for (int v = 0; v < 5; v++) Exec(old, SqliteSchema.Migrations[v] + $"\nPRAGMA user_version = {v + 1};");
            Exec(old, """
                INSERT INTO documents(id, path, hash, analysis, size, indexed_at, encoding, title, text) VALUES (1, '/d/a.txt', 'H', 'A', 1, 'now', 'utf-8', 'Kế hoạch', 'Kế hoạch thực hiện cơ chế một cửa liên thông');
                INSERT INTO documents_fts(rowid, title, body, title_folded, body_folded) VALUES (1, 'Kế hoạch', 'x', 'ke hoach', 'x');
                """);
        }
        using (var corpus = CorpusConnection.Open(path, write: true))
        {
            Assert.Equal(1, corpus.Store.State().Seq);
            var hit = Assert.Single(corpus.Search.Search(new SearchRequest("mot cua lien thong")).Hits);
            Assert.Equal("/d/a.txt", hit.Path);
            Assert.Null(hit.Snippet.Line); // no paragraph lines until the next index run analyzes it again
        }
        using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE name LIKE 'documents_fts%';";
        Assert.Equal(0L, (long)cmd.ExecuteScalar()!);
    }
}
