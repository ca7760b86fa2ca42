using DocCheck.Corpus;
using DocCheck.Pipeline;
using DocCheck.Rules;

namespace DocCheck.Application.Indexing;

/// <summary>The analysis an index run stores: the document analyzed from the bytes the indexer read, and its lint findings with default settings.</summary>
public sealed class LintingIndexAnalysis(DocumentAnalyzer analyzer) : IIndexAnalysis
{
    private readonly Linter _linter = new();
    private readonly LintOptions _options = new();

    public string Signature => analyzer.Signature;

    public IndexedFile Analyze(IndexSource source)
    {
        var res = analyzer.AnalyzeBytes(source.File, source.Bytes);
        if (!res.Success) return new IndexedFile(null, res.Error);
        var lint = global::DocCheck.Reporting.Lint.LintedFile.From(source.File, res.Document, _linter.Lint(res.Document, _options));
        return new IndexedFile(DocumentFactsBuilder.From(source.StoredPath, source.Hash, Signature, source.Bytes.LongLength, res.Document, lint), null);
    }
}
