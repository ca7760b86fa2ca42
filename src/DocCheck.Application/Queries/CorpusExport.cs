using DocCheck.Corpus;

namespace DocCheck.Application.Queries;

/// <summary>An export in progress: the table, and the open corpus its rows are read from until this is disposed.</summary>
public sealed class CorpusExport(CorpusConnection corpus, ExportTable table) : IDisposable
{
    public ExportTable Table { get; } = table;

    public void Dispose() => corpus.Dispose();
}
