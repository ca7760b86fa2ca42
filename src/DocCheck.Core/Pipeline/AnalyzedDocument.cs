using DocCheck.Extraction.Citations;
using DocCheck.Extraction.Dates;
using DocCheck.Extraction.DocumentKind;
using DocCheck.Extraction.Plans;
using DocCheck.Extraction.Quantities;
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
}
