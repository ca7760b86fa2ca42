using DocCheck.Application.Indexing;
using DocCheck.Application.Inputs;
using DocCheck.Corpus;
using DocCheck.Pipeline;

namespace DocCheck.Tests.TestSupport;

/// <summary>A corpus indexed for a test, store and search index together, as `doccheck index` does it.</summary>
public static class TestCorpus
{
    public static IndexSummary Index(string db, IEnumerable<string> paths, DocumentAnalyzer? analyzer = null, IReadOnlyList<string>? pruneUnder = null, int batchSize = 32)
    {
        analyzer ??= new DocumentAnalyzer();
        using var c = CorpusConnection.Open(db, write: true);
        var files = InputFiles.Expand(paths, analyzer.Readers);
        return new CorpusIndexer(c.Store, new LintingIndexAnalysis(analyzer), c.SearchIndex) { BatchSize = batchSize }.Index(files, pruneUnder, null, CancellationToken.None);
    }

    public static SearchResults Search(string db, string text, SearchRequest? request = null)
    {
        using var c = CorpusConnection.Open(db, write: false);
        return c.Search.Search((request ?? new SearchRequest(text)) with { Text = text });
    }

    /// <summary>The paths the search index beside <paramref name="db"/> holds (its last commit), sorted.</summary>
    public static List<string> SearchIndexPaths(string db)
    {
        using var dir = Lucene.Net.Store.FSDirectory.Open(DocCheck.Corpus.Lucene.LuceneIndexFolder.For(db));
        using var reader = Lucene.Net.Index.DirectoryReader.Open(dir);
        var paths = new List<string>();
        var live = Lucene.Net.Index.MultiFields.GetLiveDocs(reader);
        for (int i = 0; i < reader.MaxDoc; i++)
            if (live is null || live.Get(i)) paths.Add(reader.Document(i).Get("path"));
        return paths.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The paths the store holds, sorted.</summary>
    public static List<string> StorePaths(string db)
    {
        using var store = DocCheck.Corpus.Sqlite.SqliteCorpusStore.Open(db, write: false);
        return store.Documents().Select(d => d.Path).Order(StringComparer.Ordinal).ToList();
    }
}
