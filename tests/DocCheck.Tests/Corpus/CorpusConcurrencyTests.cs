using System.Text;
using DocCheck.Corpus;
using DocCheck.Corpus.Sqlite;
using DocCheck.Application;
using DocCheck.Application.Indexing;
using DocCheck.Application.Inputs;
using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Corpus;

/// <summary>Readers during a write, two writers at once, ranking of accented queries, the DOCCHECK_DB variable.</summary>
public sealed class CorpusConcurrencyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-concurrency-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private string Docs(int count)
    {
        string docs = Path.Combine(_dir, "docs");
        Directory.CreateDirectory(docs);
        string[] seeds = [Seeds.KonTum497, Seeds.NgheAnDeCuong, Seeds.TayNinh2818, Seeds.BaGiangDraft];
        for (int i = 0; i < count; i++)
        {
            string text = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "corpus", seeds[i % seeds.Length]));
            File.WriteAllText(Path.Combine(docs, $"vb-{i:000}.txt"), text + $"\nGhi chú {i}.\n", new UTF8Encoding(false));
        }
        return docs;
    }

    [Fact]
    public async Task Readers_keep_working_while_an_index_run_writes()
    {
        string docs = Docs(40);
        string db = Path.Combine(_dir, "c.db");
        var analyzer = new DocumentAnalyzer();
        using (var first = SqliteCorpusStore.Open(db, write: true))
            new CorpusIndexer(first, new LintingIndexAnalysis(analyzer)).Index(InputFiles.Expand([Path.Combine(docs, "vb-000.txt")], analyzer.Readers), null, null, CancellationToken.None);

        var writer = Task.Run(() =>
        {
            using var store = SqliteCorpusStore.Open(db, write: true);
            return new CorpusIndexer(store, new LintingIndexAnalysis(analyzer)) { BatchSize = 4 }.Index(InputFiles.Expand([docs], analyzer.Readers), null, null, CancellationToken.None);
        });
        int reads = 0;
        long last = 0;
        while (!writer.IsCompleted || reads == 0)
        {
            using var reader = SqliteCorpusStore.Open(db, write: false);
            long n = reader.DocumentCount();
            Assert.True(n >= last, "a reader never sees fewer documents than before");
            last = n;
            Assert.NotEmpty(reader.Search.Search("cải cách", new SearchFilter(Limit: 5)));
            reads++;
        }
        Assert.Equal(39, (await writer).Indexed);
        using var done = SqliteCorpusStore.Open(db, write: false);
        Assert.Equal(40, done.DocumentCount());
        Assert.True(reads > 0);
    }

    [Fact]
    public async Task Two_index_runs_at_once_both_finish_or_one_says_the_database_is_busy()
    {
        string docs = Docs(24);
        string db = Path.Combine(_dir, "two.db");
        var runs = new[] { 0, 1 }.Select(_ => Task.Run(() => CliRunner.Run(_dir, "index", docs, "--db", db))).ToArray();
        foreach (var r in await Task.WhenAll(runs))
        {
            Assert.True(r.ExitCode is 0 or 2, r.StdErr);
            if (r.ExitCode == 2) Assert.Contains("busy", r.StdErr);
            Assert.DoesNotContain("   at ", r.StdErr);
        }
        using var store = SqliteCorpusStore.Open(db, write: false);
        Assert.Equal("ok", store.IntegrityCheck());
        Assert.Equal(24, store.DocumentCount());
    }

    [Fact]
    public void An_accented_query_ranks_the_exact_spelling_first()
    {
        string docs = Path.Combine(_dir, "rank");
        Directory.CreateDirectory(docs);
        // Both fold to "ban hanh"; only one has the accented words.
        File.WriteAllText(Path.Combine(docs, "a.txt"), "KẾ HOẠCH\nVề bàn hành lang\nNội dung về bàn hành lang của trụ sở.\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(docs, "b.txt"), "KẾ HOẠCH\nVề ban hành\nNội dung về ban hành văn bản.\n", new UTF8Encoding(false));
        string db = Path.Combine(_dir, "rank.db");
        var analyzer = new DocumentAnalyzer();
        using (var w = SqliteCorpusStore.Open(db, write: true))
            new CorpusIndexer(w, new LintingIndexAnalysis(analyzer)).Index(InputFiles.Expand([docs], analyzer.Readers), null, null, CancellationToken.None);
        using var store = SqliteCorpusStore.Open(db, write: false);
        var accented = store.Search.Search("ban hành", new SearchFilter());
        Assert.Equal(2, accented.Count);
        Assert.EndsWith("b.txt", accented[0].Path);
        var plain = store.Search.Search("ban hanh", new SearchFilter());
        Assert.Equal(2, plain.Count);
    }

    [Fact]
    public void DOCCHECK_DB_names_the_database_and_db_overrides_it()
    {
        Environment.SetEnvironmentVariable("DOCCHECK_DB", Path.Combine(_dir, "env.db"));
        try
        {
            Assert.Equal(Path.Combine(_dir, "env.db"), CorpusLocation.Resolve(null));
            Assert.Equal("x.db", CorpusLocation.Resolve("x.db"));
        }
        finally { Environment.SetEnvironmentVariable("DOCCHECK_DB", null); }
        Assert.Equal(CorpusLocation.DefaultPath, CorpusLocation.Resolve(null));
    }
}
