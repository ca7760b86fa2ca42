using BenchmarkDotNet.Attributes;
using DocCheck.Extraction.Citations;
using DocCheck.Extraction.Dates;
using DocCheck.Extraction.DocumentKind;
using DocCheck.Extraction.Quantities;
using DocCheck.Normalization;
using DocCheck.Pipeline;
using DocCheck.Rules;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Bench;

/// <summary>
/// The hot paths on one real plan (corpus/kontum-2018-497-KH-UBND.txt, 35 KB, in the repository so the benchmark
/// needs nothing else): each stage alone, on the output of the stages before it.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class HotPaths
{
    private SourceText _source = null!;
    private NormalizedText _normalized = null!;
    private DocumentStructure _structure = null!;
    private IReadOnlyList<Citation> _citations = null!;
    private IReadOnlyList<DateMention> _dates = null!;
    private DocumentKindFacts _kind = null!;
    private AnalyzedDocument _document = null!;
    private readonly TextNormalizer _normalizer = new();
    private readonly StructureParser _parser = new();
    private readonly CitationExtractor _citationExtractor = new();
    private readonly DateExtractor _dateExtractor = new();
    private readonly QuantityExtractor _quantityExtractor = new();
    private readonly DocumentAnalyzer _analyzer = new();
    private readonly Linter _linter = new();
    private readonly LintOptions _options = new();

    [GlobalSetup]
    public void Setup()
    {
        string path = Path.Combine(RepoRoot.Find(), "corpus", "kontum-2018-497-KH-UBND.txt");
        _source = new SourceText(path, File.ReadAllText(path));
        _normalized = _normalizer.Normalize(_source);
        _structure = _parser.Parse(_normalized);
        _citations = _citationExtractor.Extract(_normalized);
        _dates = _dateExtractor.Extract(_normalized, _citations);
        _kind = new DocumentKindExtractor().Extract(_normalized, _structure, null);
        _document = _analyzer.Analyze(_source);
    }

    [Benchmark]
    public NormalizedText Normalize() => _normalizer.Normalize(_source);

    [Benchmark]
    public DocumentStructure Structure() => _parser.Parse(_normalized);

    [Benchmark]
    public IReadOnlyList<Citation> Citations() => _citationExtractor.Extract(_normalized);

    [Benchmark]
    public IReadOnlyList<DateMention> Dates() => _dateExtractor.Extract(_normalized, _citations);

    [Benchmark]
    public IReadOnlyList<Quantity> Quantities() => _quantityExtractor.Extract(_normalized, _structure, _citations, _dates, 2018, _kind);

    [Benchmark]
    public AnalyzedDocument AnalyzeAll() => _analyzer.Analyze(_source);

    [Benchmark]
    public IReadOnlyList<Finding> AllRules() => _linter.Lint(_document, _options);
}
