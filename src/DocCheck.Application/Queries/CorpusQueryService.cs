using DocCheck.Corpus;

namespace DocCheck.Application.Queries;

/// <summary>
/// Read queries over one corpus, each opening it read-only: who cites an instrument, what a document cites, full-text
/// search, date conflicts, the citation graph, table exports; and importing a registry of known instruments. A corpus
/// that cannot be opened is a <see cref="CorpusException"/>; a query that cannot be understood a <see cref="UsageException"/>.
/// </summary>
public sealed class CorpusQueryService(string corpus)
{
    /// <summary>The service for the corpus a command names (--db), else DOCCHECK_DB, else the default (<see cref="CorpusLocation"/>).</summary>
    public static CorpusQueryService For(string? db) => new(CorpusLocation.Resolve(db));

    /// <summary>The corpus location queried.</summary>
    public string Corpus => corpus;

    private T Read<T>(Func<CorpusConnection, T> query)
    {
        using var c = CorpusConnection.Open(corpus, write: false);
        return query(c);
    }

    /// <summary>Every citation of the instrument <paramref name="text"/> names ("61/2018/NĐ-CP", "nd 61/2018", "qđ 225/2016").</summary>
    public CitesResult Cites(string text)
    {
        var q = InstrumentQueryParser.Parse(text)
            ?? throw new UsageException($"\"{text}\" không có số hiệu văn bản (ví dụ 61/2018/NĐ-CP) / names no instrument number");
        return Read(c => new CitesResult(q, c.Store.Cites(q)));
    }

    /// <summary>What the indexed document <paramref name="path"/> cites.</summary>
    public RefsResult Refs(string path) => Read(c =>
    {
        string stored = c.Store.FindDocument(path)
            ?? throw new UsageException($"{path}: chưa có trong chỉ mục; hãy chạy 'doccheck index' / not indexed; run 'doccheck index'");
        return new RefsResult(stored, c.Store.References(stored));
    });

    /// <summary>The best documents for <paramref name="text"/>; a query without words is a <see cref="UsageException"/>.</summary>
    public IReadOnlyList<SearchHit> Search(string text, SearchFilter filter) => Read(c =>
    {
        try { return c.Search.Search(text, filter); }
        catch (ArgumentException e) { throw new UsageException(e.Message, e); }
    });

    /// <summary>Instruments cited with different dates across the corpus, most cited first.</summary>
    public IReadOnlyList<ConflictGroup> Conflicts() => Read(c => CorpusConflicts.Find(c.Store));

    /// <summary>The citation graph's edges.</summary>
    public IReadOnlyList<GraphEdge> Graph() => Read(c => c.Store.Graph().ToList());

    /// <summary>A table to export, read row by row while the returned export is open.</summary>
    public CorpusExport Export(string table)
    {
        var c = CorpusConnection.Open(corpus, write: false);
        try
        {
            return new CorpusExport(c, ExportTables.Table(c.Store, table));
        }
        catch
        {
            c.Dispose();
            throw;
        }
    }

    /// <summary>Imports a registry CSV (one transaction); rows it cannot use are listed in the result. A missing file is a <see cref="UsageException"/>.</summary>
    public RegistryImportResult ImportRegistry(string csvPath)
    {
        if (!File.Exists(csvPath)) throw new UsageException($"{csvPath}: không có tệp này / no such file");
        using var c = CorpusConnection.Open(corpus, write: true);
        return RegistryImport.Import(c.Store, csvPath);
    }
}
