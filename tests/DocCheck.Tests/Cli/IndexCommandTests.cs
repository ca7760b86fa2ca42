using System.Diagnostics;
using System.Text.Json;
using DocCheck.Corpus;
using DocCheck.Corpus.Sqlite;
using DocCheck.Application;
using DocCheck.Application.Indexing;
using DocCheck.Application.Inputs;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Cli;

public sealed class IndexCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-index-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    [Fact]
    public void Index_then_cites_and_search_on_the_sample_corpus()
    {
        string db = Path.Combine(_dir, "c.db");
        var index = CliRunner.Run(RepoPaths.RepoRoot, "index", "corpus", "--db", db);
        Assert.Equal(0, index.ExitCode);
        Assert.StartsWith("5 tệp đã lập chỉ mục", index.StdOut); // corpus/doccheck.json excludes the README

        var cites = CliRunner.Run(RepoPaths.RepoRoot, "cites", "qd 225/2016", "--db", db, "--format", "json");
        Assert.Equal(0, cites.ExitCode);
        using var json = JsonDocument.Parse(cites.StdOut);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Contains(hits, h => h.GetProperty("citedDate").GetString() == "2016-12-04");
        Assert.Contains(hits, h => h.GetProperty("file").GetString()!.EndsWith(Seeds.KonTum497, StringComparison.Ordinal));

        var env = CliRunner.Run(RepoPaths.RepoRoot, "search", "mot cua", "--db", db, "--limit", "2");
        Assert.Equal(0, env.ExitCode);
        Assert.EndsWith("1–2 trong 5 văn bản", env.StdOut.TrimEnd());
    }

    [Fact]
    public void Changing_the_role_model_analyzes_unchanged_files_again()
    {
        // The stored targets must follow the analysis in use: rules only, then the model, then the model again.
        string db = Path.Combine(_dir, "c.db");
        var rules = CliRunner.Run(RepoPaths.RepoRoot, "index", "corpus", "--db", db, "--no-model");
        Assert.StartsWith("5 tệp đã lập chỉ mục, 0 không đổi", rules.StdOut);
        var model = CliRunner.Run(RepoPaths.RepoRoot, "index", "corpus", "--db", db);
        Assert.StartsWith("5 tệp đã lập chỉ mục, 0 không đổi", model.StdOut);
        var again = CliRunner.Run(RepoPaths.RepoRoot, "index", "corpus", "--db", db);
        Assert.StartsWith("0 tệp đã lập chỉ mục, 5 không đổi", again.StdOut);
    }

    [Fact]
    public void Querying_without_a_database_says_to_index_first()
    {
        var r = CliRunner.Run(_dir, "cites", "61/2018/NĐ-CP");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("doccheck index", r.StdErr);
        Assert.False(Directory.Exists(Path.Combine(_dir, ".doccheck")));
    }

    [Fact]
    public void Killed_index_run_leaves_a_valid_database_and_a_rerun_completes()
    {
        string docs = Path.Combine(_dir, "docs");
        Directory.CreateDirectory(docs);
        string[] seeds = [Seeds.KonTum497, Seeds.NgheAnDeCuong, Seeds.TayNinh2818, Seeds.BaGiangDraft];
        for (int i = 0; i < 120; i++)
        {
            string text = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "corpus", seeds[i % seeds.Length]));
            File.WriteAllText(Path.Combine(docs, $"vb-{i:000}.txt"), text + $"\nGhi chú {i}.\n");
        }
        string db = Path.Combine(_dir, "k.db");
        // Killed three times, later each time (in analysis, between a store batch and the search index, in a commit).
        foreach (int delay in new[] { 300, 900, 1800 })
        {
            var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string a in (string[])[Path.Combine(AppContext.BaseDirectory, "doccheck.dll"), "index", docs, "--db", db]) psi.ArgumentList.Add(a);
            using (var p = Process.Start(psi)!)
            {
                var sw = Stopwatch.StartNew();
                while (sw.ElapsedMilliseconds < 30_000 && !p.HasExited && !(File.Exists(db + "-wal") && new FileInfo(db + "-wal").Length > 0)) Thread.Sleep(20);
                Thread.Sleep(delay);
                if (!p.HasExited) p.Kill(entireProcessTree: true);
                p.WaitForExit();
            }
            using (var store = SqliteCorpusStore.Open(db, write: true))
                Assert.Equal("ok", store.IntegrityCheck());
            // A search after the kill catches the search index up: both hold the same documents.
            var search = CliRunner.Run(_dir, "search", "cải cách", "--db", db);
            Assert.Equal(0, search.ExitCode);
            Assert.DoesNotContain("   at ", search.StdErr);
            Assert.Equal(TestCorpus.StorePaths(db), TestCorpus.SearchIndexPaths(db));
        }

        var rerun = CliRunner.Run(_dir, "index", docs, "--db", db);
        Assert.Equal(0, rerun.ExitCode);
        using var done = SqliteCorpusStore.Open(db, write: false);
        Assert.Equal(120, done.DocumentCount());
        Assert.Equal("ok", done.IntegrityCheck());
        Assert.Equal(TestCorpus.StorePaths(db), TestCorpus.SearchIndexPaths(db));
    }
}
