using DocCheck.Normalization;
using DocCheck.Structure;

namespace DocCheck.Extraction.DocumentKind;

/// <summary>
/// Decides once what kind of document this is and where its templates are, from the structure and the document's
/// own key, so that later stages and rules read the facts instead of deciding again. Stateless and thread-safe.
/// </summary>
public sealed class DocumentKindExtractor
{
    /// <summary>The kind of <paramref name="doc"/>; <paramref name="ownKey"/> is the canonical key of its own number, if any.</summary>
    public DocumentKindFacts Extract(NormalizedText doc, DocumentStructure structure, string? ownKey)
    {
        bool report = structure.Parts.Any(p => p.Header.Type?.Code == "BC")
            || structure.Parts.Any(p => p.Header.Title?.Text.Contains("kết quả", StringComparison.OrdinalIgnoreCase) == true);
        return new DocumentKindFacts(structure, ownKey, HeaderOpening.Of(doc, structure.Header), report);
    }

    /// <summary>The template zones of <paramref name="doc"/>, found when first asked for.</summary>
    public TemplateZones Templates(NormalizedText doc, DocumentStructure structure) => new(doc, structure);
}
