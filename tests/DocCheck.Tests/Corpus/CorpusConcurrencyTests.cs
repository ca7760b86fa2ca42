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
        TestCorpus.Index(db, [Path.Combine(docs, "vb-000.txt")], analyzer);

        var writer = Task.Run(() => TestCorpus.Index(db, [docs], analyzer, batchSize: 4));
        int reads = 0;
        long last = 0;
        while (!writer.IsCompleted || reads == 0)
        {
            using var reader = CorpusConnection.Open(db, write: false);
            long n = reader.Store.DocumentCount();
            Assert.True(n >= last, "a reader never sees fewer documents than before");
            last = n;
            Assert.NotEmpty(reader.Search.Search(new SearchRequest("cải cách") { Limit = 5 }).Hits);
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
        using (var store = SqliteCorpusStore.Open(db, write: false))
        {
            Assert.Equal("ok", store.IntegrityCheck());
            Assert.Equal(24, store.DocumentCount());
        }
        // One run held the search index, the other wrote the store only: the next search catches up.
        Assert.Equal(0, CliRunner.Run(_dir, "search", "cải cách", "--db", db).ExitCode);
        Assert.Equal(TestCorpus.StorePaths(db), TestCorpus.SearchIndexPaths(db));
    }

    [Fact]
    public void A_word_typed_with_marks_matches_only_those_marks_and_one_without_matches_any()
    {
        string docs = Path.Combine(_dir, "rank");
        Directory.CreateDirectory(docs);
        // Both fold to "ban hanh"; only one has the accented words.
        File.WriteAllText(Path.Combine(docs, "a.txt"), "KẾ HOẠCH\nVề bàn hành lang\nNội dung về bàn hành lang của trụ sở.\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(docs, "b.txt"), "KẾ HOẠCH\nVề ban hành\nNội dung về ban hành văn bản.\n", new UTF8Encoding(false));
        string db = Path.Combine(_dir, "rank.db");
        var analyzer = new DocumentAnalyzer();
        TestCorpus.Index(db, [docs], analyzer);
        Assert.Equal(2, TestCorpus.Search(db, "ban hanh").Hits.Count);
        Assert.Equal(2, TestCorpus.Search(db, "ban hành").Hits.Count); // "ban" typed without marks: bàn or ban
        Assert.EndsWith("b.txt", Assert.Single(TestCorpus.Search(db, "ban hành văn bản").Hits).Path);
        Assert.EndsWith("a.txt", Assert.Single(TestCorpus.Search(db, "bàn hành").Hits).Path);
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
