using DocCheck.Application.Configuration;
using DocCheck.Application.Inputs;
using DocCheck.Corpus;
using DocCheck.Pipeline;

namespace DocCheck.Application.Indexing;

/// <summary>Indexes files and folders into a corpus: the files a reader takes, less those a doccheck.json excludes; cancellable, reporting progress.</summary>
public sealed class IndexService(DocumentAnalyzer analyzer)
{
    /// <summary>
    /// Runs <paramref name="request"/>. An invalid doccheck.json is a <see cref="UsageException"/> before anything is
    /// written; a store that cannot be opened or written is a <see cref="CorpusException"/> — what was committed
    /// before stays, and the message says so.
    /// </summary>
    public IndexSummary Index(IndexRequest request, Action<IndexProgress>? progress, CancellationToken cancel, Action<string>? notify = null)
    {
        var locator = new ConfigLocator();
        List<string> files;
        try
        {
            // doccheck.json exclusions apply to indexing as to lint (the corpus README is not a document).
            files = InputFiles.Expand(request.Paths, analyzer.Readers)
                .Where(f => locator.For(f) is var c && !(c.BaseDirectory is { } dir && FileGlobs.Excluded(c.Exclude, dir, f))).ToList();
        }
        catch (LintConfigException e)
        {
            throw new UsageException($"cấu hình không hợp lệ / invalid configuration: {e.Message}", e);
        }
        string location = CorpusLocation.Resolve(request.Corpus);
        using var corpus = CorpusConnection.Open(location, write: true, notify);
        if (request.RebuildSearch)
        {
            notify?.Invoke($"dựng lại chỉ mục tìm kiếm từ {corpus.Store.DocumentCount()} văn bản / rebuilding the search index");
            corpus.SearchIndex.Rebuild();
        }
        ICorpusSearchIndex? search = corpus.SearchIndex;
        try
        {
            search.OpenForWriting();
        }
        catch (SearchIndexBusyException e)
        {
            // Two runs at once: both write the store; the one holding the search index, or the next search, catches it up.
            notify?.Invoke(e.Message + "; chỉ mục tìm kiếm sẽ được cập nhật sau / it will catch up later");
            search = null;
        }
        var indexer = new CorpusIndexer(corpus.Store, new LintingIndexAnalysis(analyzer), search);
        var pruneUnder = request.Prune ? request.Paths.Where(Directory.Exists).ToList() : null;
        try
        {
            return indexer.Index(files, pruneUnder, progress, cancel) with { Location = location };
        }
        catch (CorpusException e)
        {
            // Another writer held the database past the wait, the disk filled, …: what was committed stays.
            throw new CorpusException(e.Message + " — các lô đã ghi được giữ lại / finished batches are kept", e);
        }
    }
}
