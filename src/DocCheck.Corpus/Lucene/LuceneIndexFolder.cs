using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace DocCheck.Corpus.Lucene;

/// <summary>
/// The folder of a corpus's search index, beside its database (".doccheck/corpus.db" → ".doccheck/corpus.search"), and
/// the settings every writer and searcher of it shares: BM25, and commit data naming the store and the last batch held.
/// </summary>
internal static class LuceneIndexFolder
{
    /// <summary>Bumped when the fields or the analysis change: an index of another format is rebuilt.</summary>
    public const string Format = "doccheck-search-4";

    public const string FormatKey = "format", StoreKey = "store", SeqKey = "seq";

    public static string For(string storeLocation)
    {
        string full = Path.GetFullPath(storeLocation);
        return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + ".search");
    }

    public static IndexWriterConfig WriterConfig() => new(SearchAnalysis.Version, SearchAnalysis.Index)
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        Similarity = new BM25Similarity(),
        RAMBufferSizeMB = 64,
    };

    public sealed class Bm25Searchers : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>The commit data of the newest commit, or null when the folder holds no index.</summary>
    public static IDictionary<string, string>? LastCommit(LuceneDirectory dir)
    {
        if (!DirectoryReader.IndexExists(dir)) return null;
        var commits = DirectoryReader.ListCommits(dir);
        return commits.Count == 0 ? null : commits[^1].UserData;
    }

    /// <summary>The batch a commit holds, when it is of this format and of this store; else null (to be rebuilt).</summary>
    public static long? HeldSeq(IDictionary<string, string>? data, StoreState store) =>
        data is not null && data.TryGetValue(FormatKey, out var f) && f == Format && data.TryGetValue(StoreKey, out var id) && id == store.Id
        && data.TryGetValue(SeqKey, out var s) && long.TryParse(s, out long seq) && seq <= store.Seq ? seq : null;
}
