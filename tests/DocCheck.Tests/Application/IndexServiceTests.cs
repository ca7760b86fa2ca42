using DocCheck.Application;
using DocCheck.Application.Indexing;
using DocCheck.Application.Queries;
using DocCheck.Corpus;
using DocCheck.Pipeline;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Application;

/// <summary>The index and corpus-query services over a temporary corpus.</summary>
public sealed class IndexServiceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-indexsvc-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private string Db => Path.Combine(_dir, "db", "corpus.db");

    private IndexSummary Index(params string[] paths) =>
        new IndexService(new DocumentAnalyzer()).Index(new IndexRequest(paths, Db), null, CancellationToken.None);

    [Fact]
    public void Indexing_the_sample_corpus_reports_progress_and_names_the_store()
    {
        var seen = new List<IndexProgress>();
        var s = new IndexService(new DocumentAnalyzer()).Index(new IndexRequest([RepoPaths.Corpus], Db), seen.Add, CancellationToken.None);
        Assert.Equal((5, 0, 0, 5L), (s.Indexed, s.Unchanged, s.Failed, s.Documents)); // doccheck.json excludes the README
        Assert.Equal(Db, s.Location);
        Assert.Equal(5, seen.Count);
        Assert.Equal(5, seen[^1].Done);
        var again = Index(RepoPaths.Corpus);
        Assert.Equal((0, 5), (again.Indexed, again.Unchanged));
    }

    [Fact]
    public void An_invalid_doccheck_json_is_a_usage_error_and_nothing_is_written()
    {
        File.WriteAllText(Path.Combine(_dir, "doccheck.json"), """{ "nonsense": 1 }""");
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "KẾ HOẠCH");
        Assert.Throws<UsageException>(() => Index(_dir));
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void Queries_name_what_they_cannot_do()
    {
        Index(RepoPaths.Corpus);
        var q = new CorpusQueryService(Db);
        Assert.Throws<UsageException>(() => q.Cites("Luật Đất đai"));
        Assert.Throws<UsageException>(() => q.Refs(Path.Combine(_dir, "none.txt")));
        Assert.Throws<UsageException>(() => q.Search(new SearchRequest("() **")));
        Assert.Throws<UsageException>(() => q.Export("nothing"));
        Assert.Throws<UsageException>(() => q.ImportRegistry(Path.Combine(_dir, "none.csv")));
        Assert.Throws<CorpusException>(() => new CorpusQueryService(Path.Combine(_dir, "none.db")).Conflicts());
    }

    [Fact]
    public void Queries_answer_from_the_indexed_seeds()
    {
        Index(RepoPaths.Corpus);
        var q = new CorpusQueryService(Db);
        var cites = q.Cites("nd 61/2018");
        Assert.Equal(1, cites.Documents);
        Assert.All(cites.Hits, h => Assert.Equal("61/2018/NĐ-CP", h.Key));
        var refs = q.Refs(RepoPaths.CorpusFile(Seeds.KonTum497));
        Assert.Contains(refs.References, r => r.Key == "225/QĐ-TTg");
        Assert.Contains(q.Conflicts(), g => g.Key == "225/QĐ-TTg");
        using (var export = q.Export("findings"))
            Assert.NotEmpty(export.Table.Rows);
        Assert.NotEmpty(q.Graph());
    }
}
