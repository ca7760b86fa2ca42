using System.Diagnostics;
using System.Text;
using DocCheck.Corpus;
using DocCheck.Corpus.Sqlite;
using DocCheck.Application;
using DocCheck.Application.Indexing;
using DocCheck.Application.Inputs;
using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Reading.Html;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Hostile;

public sealed class HostileHtmlAndCorpusTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-hostile2-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    [Fact]
    public void Html_with_unclosed_tags_enormous_attributes_and_external_resources_reads_only_the_text()
    {
        string huge = new('x', 2_000_000);
        string html = $"<html><head><script src=\"http://example.invalid/a.js\"></script><link rel=stylesheet href=\"http://example.invalid/s.css\"></head>" +
                      $"<body><div title=\"{huge}\"><p>KẾ HOẠCH<p>Phấn đấu 100% hồ sơ<img src=\"http://example.invalid/i.png\"><iframe src=\"http://example.invalid/\"></iframe>" +
                      "<table><tr><td>1<td>Việc A<tr><td>2<td>Việc B</table><b><i>không đóng thẻ";
        var r = new HtmlReader().Read("p.html", Encoding.UTF8.GetBytes(html));
        Assert.True(r.Success, r.Error?.Describe("en"));
        string text = r.Source!.Text;
        Assert.Contains("Phấn đấu 100% hồ sơ", text);
        Assert.Contains("không đóng thẻ", text);
        Assert.DoesNotContain("xxxxxxxxxx", text);
        Assert.DoesNotContain("example.invalid", text);
        var doc = new DocumentAnalyzer().Analyze(r.Source);
        Assert.NotNull(doc);
    }

    [Fact]
    public void A_one_megabyte_query_is_just_words()
    {
        string docs = Path.Combine(_dir, "docs");
        Directory.CreateDirectory(docs);
        File.Copy(Path.Combine(RepoPaths.RepoRoot, "corpus", Seeds.KonTum497), Path.Combine(docs, "a.txt"));
        string db = Path.Combine(_dir, "q.db");
        var analyzer = new DocumentAnalyzer();
        TestCorpus.Index(db, [docs], analyzer);
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000) sb.Append("\"cải cách\" OR NEAR(x) ' ; -- \u0000 * ");
        _ = TestCorpus.Search(db, sb.ToString());
        using var store = SqliteCorpusStore.Open(db, write: false);
        Assert.Null(InstrumentQueryParser.Parse(new string('/', 1_000_000)));
        Assert.Equal("ok", store.IntegrityCheck());
    }

    [Fact]
    public void Index_killed_again_and_again_never_leaves_a_broken_database()
    {
        string docs = Path.Combine(_dir, "many");
        Directory.CreateDirectory(docs);
        string[] seeds = [Seeds.KonTum497, Seeds.NgheAnDeCuong, Seeds.TayNinh2818, Seeds.BaGiangDraft];
        for (int i = 0; i < 80; i++)
            File.WriteAllText(Path.Combine(docs, $"vb-{i:000}.txt"),
                File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "corpus", seeds[i % seeds.Length])) + $"\nGhi chú {i}.\n");
        string db = Path.Combine(_dir, "k.db");
        var random = new Random(7);
        for (int round = 0; round < 10; round++)
        {
            var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string a in (string[])[Path.Combine(AppContext.BaseDirectory, "doccheck.dll"), "index", docs, "--db", db]) psi.ArgumentList.Add(a);
            using (var p = Process.Start(psi)!)
            {
                Thread.Sleep(random.Next(300, 2500));
                if (!p.HasExited) p.Kill(entireProcessTree: true);
                p.WaitForExit();
            }
            if (File.Exists(db))
            {
                using var store = SqliteCorpusStore.Open(db, write: true);
                Assert.Equal("ok", store.IntegrityCheck());
            }
        }
        var rerun = CliRunner.Run(_dir, "index", docs, "--db", db);
        Assert.Equal(0, rerun.ExitCode);
        using var done = SqliteCorpusStore.Open(db, write: false);
        Assert.Equal(80, done.DocumentCount());
        Assert.Equal("ok", done.IntegrityCheck());
    }
}
