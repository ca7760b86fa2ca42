using DocCheck.Corpus;

namespace DocCheck.Tests.Corpus;

/// <summary>The store contract on the SQLite implementation, one database file per test.</summary>
public sealed class SqliteCorpusStoreContractTests : CorpusStoreContract
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-contract-").FullName;

    protected override CorpusConnection OpenNew(bool write) => CorpusConnection.Open(Path.Combine(_dir, "corpus.db"), write);

    protected override CorpusConnection OpenMissing() => CorpusConnection.Open(Path.Combine(_dir, "none", "corpus.db"), write: false);

    public override void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
        base.Dispose();
    }
}
