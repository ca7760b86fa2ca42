using DocCheck.Extraction.Abbreviations;
using DocCheck.Extraction.Citations;
using DocCheck.Extraction.Counts;
using DocCheck.Extraction.Dates;
using DocCheck.Extraction.DocumentKind;
using DocCheck.Extraction.Plans;
using DocCheck.Extraction.Quantities;
using DocCheck.Extraction.References;
using DocCheck.Extraction.TextQuality;
using DocCheck.Normalization;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Pipeline;

/// <summary>Everything DocCheck knows about one document; later stages read this and never re-parse text.</summary>
public sealed record AnalyzedDocument(SourceText Source, string Encoding, NormalizedText Normalized, DocumentStructure Structure, IReadOnlyList<Citation> Citations)
{
    /// <summary>The path as given.</summary>
    public string Path => Source.Path;

    /// <summary>Dates and periods, in document order.</summary>
    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    /// <summary>Quantities with their roles, in document order.</summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];

    /// <summary>The plan's period, deadlines and budget.</summary>
    public PlanFacts Plan { get; init; } = PlanFacts.Empty;

    /// <summary>Facts the reader found beside the text (portal panel, lược đồ), if any.</summary>
    public Reading.DocumentMetadata? Metadata { get; init; }

    /// <summary>The canonical key of the document's own number, when its header has one.</summary>
    public string? OwnKey { get; init; }

    /// <summary>What kind of document this is (plan, report, normative text) and what its header area holds.</summary>
    public required DocumentKindFacts Kind { get; init; }

    /// <summary>Where the text is a form to be filled in later (annexes, templates, after a signature).</summary>
    public required TemplateZones Templates { get; init; }

    // ---- Facts only rules read: each found on first use, once, by whichever thread asks first, so parse and
    // extract never pay for them. They are computed from Source, Normalized and Structure, and a copy made with
    // `with` shares them: it must keep those three.

    private readonly Lazy<IReadOnlyList<InternalReference>> _internalReferences = new(() => InternalReferenceExtractor.Extract(Normalized, Structure), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<IReadOnlyList<AbbreviationDefinition>> _abbreviations = new(() => AbbreviationExtractor.Extract(Normalized, Structure), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<IReadOnlyList<StatedCount>> _statedCounts = new(() => StatedCountExtractor.Extract(Normalized), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<IReadOnlyList<Misspelling>> _misspellings = new(() => MisspellingExtractor.Extract(Normalized), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<IReadOnlyList<Placeholder>> _placeholders = new(() => PlaceholderExtractor.Extract(Normalized), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<IReadOnlyList<Extraction.SelfReferences.AttachmentLine>> _attachmentLines = new(() => Extraction.SelfReferences.AttachmentLineExtractor.Extract(Normalized), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<IReadOnlyList<Extraction.Citations.BlankCitation>> _blankCitations = new(() => MarkOwn(Extraction.Citations.BlankCitationFinder.Find(Normalized), Normalized, Structure), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<(IReadOnlyList<RepeatedWords> Repeats, IReadOnlyList<SplitSyllable> Splits)> _wordSlips = new(() => WordSlipExtractor.Extract(Normalized), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<IReadOnlyList<ImpossibleSyllable>> _impossibleSyllables = new(() => SyllableExtractor.Extract(Normalized), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<IReadOnlyList<EncodingTrace>> _encodingTraces = new(() => EncodingTraceExtractor.Extract(Normalized), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>References to sections of the same part ("điểm 9 Mục II"), by part, in document order.</summary>
    public IReadOnlyList<InternalReference> InternalReferences => _internalReferences.Value;

    /// <summary>The first definition of each abbreviation, with its first use in the body before it.</summary>
    public IReadOnlyList<AbbreviationDefinition> Abbreviations => _abbreviations.Value;

    /// <summary>Stated counts ("cả 02 Chỉ số này") with the items of the list they count.</summary>
    public IReadOnlyList<StatedCount> StatedCounts => _statedCounts.Value;

    /// <summary>Listed misspellings with their corrections, in document order.</summary>
    public IReadOnlyList<Misspelling> Misspellings => _misspellings.Value;

    /// <summary>Placeholders ("……", "xxx") anywhere in the text, in document order.</summary>
    public IReadOnlyList<Placeholder> Placeholders => _placeholders.Value;

    /// <summary>Lines that attach a part to a document by number and date ("(Kèm theo Quyết định số … ngày …)"), blanks kept.</summary>
    public IReadOnlyList<Extraction.SelfReferences.AttachmentLine> AttachmentLines => _attachmentLines.Value;

    /// <summary>Instruments named with their number left blank ("Tờ trình số /TTr-SNV"); not citations: they have no key.</summary>
    public IReadOnlyList<Extraction.Citations.BlankCitation> BlankCitations => _blankCitations.Value;

    private static IReadOnlyList<Extraction.Citations.BlankCitation> MarkOwn(IReadOnlyList<Extraction.Citations.BlankCitation> found, NormalizedText text, DocumentStructure structure)
    {
        if (found.Count == 0) return found;
        // Only when blanks were found, so the attachment lines are read a second time here rather than shared. A part
        // with no number of its own (a charter "(Phê duyệt kèm theo Quyết định số /QĐ-UBND …)") belongs to the
        // instrument its attachment line names: that line is its own too.
        var own = structure.Header.Number;
        var lines = Extraction.SelfReferences.AttachmentLineExtractor.Extract(text).Where(a => own is null || Extraction.SelfReferences.AttachmentLineExtractor.IsOwnSymbol(a.Symbol, null, own)).ToList();
        if (lines.Count == 0) return found;
        return found.Select(b => lines.Any(a => a.Span.Contains(b.NumberSpan.Start) || a.NumberSpan.Contains(b.NumberSpan.Start)) ? b with { IsOwnAttachment = true } : b).ToList();
    }

    /// <summary>Words written twice in a row ("hoặc hoặc"), in document order.</summary>
    public IReadOnlyList<RepeatedWords> RepeatedWords => _wordSlips.Value.Repeats;

    /// <summary>Syllables split by a stray space ("t ừ"), in document order.</summary>
    public IReadOnlyList<SplitSyllable> SplitSyllables => _wordSlips.Value.Splits;

    /// <summary>Written syllables no Vietnamese word has ("Viêt", "luât"), by the spelling rules, in document order.</summary>
    public IReadOnlyList<ImpossibleSyllable> ImpossibleSyllables => _impossibleSyllables.Value;

    /// <summary>Traces of mixed or broken encoding in the source, one per kind found.</summary>
    public IReadOnlyList<EncodingTrace> EncodingTraces => _encodingTraces.Value;
}
