using DocCheck.Corpus.Lucene;
using DocCheck.Corpus.Sqlite;

namespace DocCheck.Corpus;

/// <summary>
/// An open corpus: its store of facts and its full-text search. The location names the store — today an SQLite file —
/// and the search index lives beside it (a Lucene.Net folder, opened on first use and kept in step with the store);
/// callers never see which implementations they got.
/// </summary>
public sealed class CorpusConnection : IDisposable
{
    private readonly Lazy<LuceneCorpusSearch> _search;

    private CorpusConnection(ICorpusStore store, Func<LuceneCorpusSearch> search)
    {
        Store = store;
        _search = new Lazy<LuceneCorpusSearch>(search, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The store of facts.</summary>
    public ICorpusStore Store { get; }

    /// <summary>Full-text search over the stored documents (caught up with the store before its first answer).</summary>
    public ICorpusSearch Search => _search.Value;

    /// <summary>The search index's write side, for an index run.</summary>
    public ICorpusSearchIndex SearchIndex => _search.Value;

    /// <summary>
    /// Opens the corpus at <paramref name="location"/> (for writing: creating and migrating it); a
    /// <see cref="CorpusException"/> says why it cannot. <paramref name="notify"/> hears what a person should know
    /// and that is not an error (the search index being built or caught up).
    /// </summary>
    public static CorpusConnection Open(string location, bool write, Action<string>? notify = null)
    {
        var sqlite = SqliteCorpusStore.Open(location, write);
        return new CorpusConnection(sqlite, () => new LuceneCorpusSearch(sqlite, location, notify));
    }

    public void Dispose()
    {
        if (_search.IsValueCreated) _search.Value.Dispose();
        Store.Dispose();
    }
}
