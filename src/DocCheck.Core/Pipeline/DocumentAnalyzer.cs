using DocCheck.Extraction.Citations;
using DocCheck.Extraction.Dates;
using DocCheck.Extraction.DocumentKind;
using DocCheck.Extraction.Plans;
using DocCheck.Extraction.Quantities;
using DocCheck.Extraction.Quantities.Roles;
using DocCheck.Normalization;
using DocCheck.Reading;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Pipeline;

/// <summary>The pipeline: bytes → source text → normalized text → structure. Immutable and thread-safe.</summary>
public sealed class DocumentAnalyzer
{
    private readonly DocumentReaders _readers;
    private readonly TextNormalizer _normalizer;
    private readonly StructureParser _structure;
    private readonly CitationExtractor _citations = new();
    private readonly DocumentKindExtractor _kind = new();
    private readonly DateExtractor _dates = new();
    private readonly QuantityExtractor _quantities;
    private readonly PlanFactsExtractor _plan = new();

    public DocumentAnalyzer() : this(DocumentReaders.Default, new TextNormalizer(), new StructureParser()) { }

    /// <summary>An analyzer whose quantity roles come from <paramref name="roles"/> (null: the rules alone).</summary>
    public DocumentAnalyzer(IRoleClassifier? roles) : this(DocumentReaders.Default, new TextNormalizer(), new StructureParser(), roles) { }

    public DocumentAnalyzer(DocumentReaders readers, TextNormalizer normalizer, StructureParser structure, IRoleClassifier? roles = null)
    {
        _readers = readers;
        _normalizer = normalizer;
        _structure = structure;
        _quantities = new QuantityExtractor(roles);
    }

    /// <summary>The quantity-role classifier in use, or null for the rules alone.</summary>
    public IRoleClassifier? Roles => _quantities.Roles;

    private static readonly string Build = typeof(DocumentAnalyzer).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    /// <summary>
    /// Names the analysis this analyzer does: the DocCheck build (its deterministic module id) and the role
    /// classifier ("rules" or the model's identity). The corpus index stores it per document and analyzes a file again
    /// when it differs.
    /// </summary>
    public string Signature => $"{Build}+{Roles?.Identity ?? "rules"}";

    /// <summary>The readers in use.</summary>
    public DocumentReaders Readers => _readers;

    /// <summary>Reads and analyzes a file; a file that cannot be read gives an error, not an exception.</summary>
    public AnalysisResult AnalyzeFile(string path) => Analyzed(path, _readers.ReadFile(path));

    /// <summary>Reads and analyzes bytes that came from <paramref name="path"/> (its extension picks the reader); never throws for bad input.</summary>
    public AnalysisResult AnalyzeBytes(string path, byte[] bytes) => Analyzed(path, _readers.ReadBytes(path, bytes));

    private AnalysisResult Analyzed(string path, ReadResult read)
    {
        if (!read.Success) return new AnalysisResult(null, read.Error);
        try
        {
            return new AnalysisResult(Analyze(read.Source, read.Encoding ?? "utf-8") with { Metadata = read.Metadata }, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One file that trips a bug (or a regex time-out) must not stop a bulk run.
            return new AnalysisResult(null, new ReadError(path, ReadErrorKind.AnalysisFailed, e.GetType().Name + ": " + e.Message));
        }
    }

    /// <summary>Analyzes text already decoded.</summary>
    public AnalyzedDocument Analyze(SourceText source, string encoding = "utf-8")
    {
        var normalized = _normalizer.Normalize(source);
        var structure = _structure.Parse(normalized);
        string? ownKey = structure.Header.Number is { IsBlank: false } n ? CitationKeys.FromText(n.Display) : null;
        var kind = _kind.Extract(normalized, structure, ownKey);
        var citations = _citations.Extract(normalized, ownKey);
        var dates = _dates.Extract(normalized, citations);
        var period = PlanFactsExtractor.Period(normalized, structure, dates);
        int? planYear = period?.StartYear ?? structure.Header.PlaceDate?.Date.Year;
        var quantities = _quantities.Extract(normalized, structure, citations, dates, planYear, kind);
        var plan = _plan.Extract(normalized, structure, dates, quantities);
        return new AnalyzedDocument(source, encoding, normalized, structure, citations)
        {
            OwnKey = ownKey, Dates = dates, Quantities = quantities, Plan = plan,
            Kind = kind, Templates = _kind.Templates(normalized, structure),
        };
    }

    /// <summary>Analyzes a string (tests, stdin).</summary>
    public AnalyzedDocument Analyze(string text, string path = "<text>") => Analyze(new SourceText(path, text));
}
