using DocCheck.Lexicon;

namespace DocCheck.Structure;

/// <summary>The header of a document part. Parts that are absent are null, not errors.</summary>
public sealed record DocumentHeader(
    IssuingBody? Issuer,
    TextField? Motto,
    DocumentNumber? Number,
    PlaceDate? PlaceDate,
    TextField? TypeWord,
    DocumentTypeInfo? Type,
    TextField? Title,
    TextField? Authority,
    TextField? AttachedTo)
{
    /// <summary>A header with nothing found.</summary>
    public static DocumentHeader Empty { get; } = new(null, null, null, null, null, null, null, null, null);
}
