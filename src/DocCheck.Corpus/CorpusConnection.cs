using DocCheck.Corpus.Sqlite;

namespace DocCheck.Corpus;

/// <summary>
/// An open corpus: its store of facts and its full-text search. The location names the store — today an SQLite file
/// (with FTS5 in the same file); callers never see which implementation they got.
/// </summary>
public sealed class CorpusConnection : IDisposable
{
    private CorpusConnection(ICorpusStore store, ICorpusSearch search)
    {
        Store = store;
        Search = search;
    }

    /// <summary>The store of facts.</summary>
    public ICorpusStore Store { get; }

    /// <summary>Full-text search over the stored documents.</summary>
    public ICorpusSearch Search { get; }

    /// <summary>Opens the corpus at <paramref name="location"/> (for writing: creating and migrating it); a <see cref="CorpusException"/> says why it cannot.</summary>
    public static CorpusConnection Open(string location, bool write)
    {
        var sqlite = SqliteCorpusStore.Open(location, write);
        return new CorpusConnection(sqlite, sqlite.Search);
    }

    public void Dispose() => Store.Dispose();
}
