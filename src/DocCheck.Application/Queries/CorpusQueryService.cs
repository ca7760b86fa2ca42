using DocCheck.Corpus;

namespace DocCheck.Application.Queries;

/// <summary>
/// Read queries over one corpus, each opening it read-only: who cites an instrument, what a document cites, full-text
/// search, date conflicts, the citation graph, table exports; and importing a registry of known instruments. A corpus
/// that cannot be opened is a <see cref="CorpusException"/>; a query that cannot be understood a <see cref="UsageException"/>.
/// </summary>
public sealed class CorpusQueryService(string corpus, Action<string>? notify = null)
{
    private readonly CorpusReaders? _readers;

    /// <summary>Queries through long-lived connections (a server) instead of opening the corpus for each query.</summary>
    public CorpusQueryService(CorpusReaders readers) : this(readers.Corpus) => _readers = readers;

    /// <summary>The service for the corpus a command names (--db), else DOCCHECK_DB, else the default (<see cref="CorpusLocation"/>).</summary>
    public static CorpusQueryService For(string? db, Action<string>? notify = null) => new(CorpusLocation.Resolve(db), notify);

    /// <summary>The corpus location queried.</summary>
    public string Corpus => corpus;

    /// <summary>Runs <paramref name="query"/> on a read connection: a pooled one when the service has readers, else one opened for it.</summary>
    public T Read<T>(Func<CorpusConnection, T> query)
    {
        if (_readers is not null)
        {
            using var lease = _readers.Take();
            return query(lease.Connection);
        }
        using var c = CorpusConnection.Open(corpus, write: false, notify);
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

    /// <summary>The best documents for the request; a query without words is a <see cref="UsageException"/>.</summary>
    public SearchResults Search(SearchRequest request) => Read(c =>
    {
        try { return c.Search.Search(request); }
        catch (ArgumentException e) { throw new UsageException(e.Message, e); }
    });

    /// <summary>
    /// The documents most like <paramref name="what"/>: an indexed document (its path), an instrument number the corpus
    /// holds ("61/2018/NĐ-CP"), or a file not in the corpus (a draft, analyzed here with <paramref name="analyzer"/>).
    /// </summary>
    public SimilarResult Similar(string what, DocCheck.Pipeline.DocumentAnalyzer analyzer, int limit = 10) => Read(c =>
    {
        if (c.Store.FindDocument(what) is { } stored)
            return new SimilarResult(stored, c.Search.Similar(new SimilarRequest { Path = stored, Limit = limit }));
        if (!File.Exists(what) && InstrumentQueryParser.Parse(what) is { Key: { } key })
        {
            if (!c.Store.OwnNumbers().Any(o => o.Key == key))
                throw new UsageException($"{key}: kho không có văn bản này / the corpus does not hold this instrument");
            return new SimilarResult(key, c.Search.Similar(new SimilarRequest { Key = key, Limit = limit }));
        }
        if (!File.Exists(what))
            throw new UsageException($"{what}: không có tệp này, cũng không phải số hiệu văn bản trong kho / no such file, nor an instrument number in the corpus");
        var analyzed = analyzer.AnalyzeFile(what);
        if (!analyzed.Success) throw new UsageException(analyzed.Error.Describe());
        return new SimilarResult(what, c.Search.Similar(new SimilarRequest { Text = analyzed.Document.Normalized.Text, Limit = limit }));
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
