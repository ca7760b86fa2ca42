using DocCheck.Extraction.Citations;

namespace DocCheck.Corpus;

/// <summary>
/// A citation of another instrument as the corpus keeps it, positioned in the citing document's source (1-based).
/// <see cref="Date"/> is the date written with it, or for a short form the date of the full citation it stands for;
/// <see cref="DateValid"/> is false for a date that no calendar has (31/02), which then has no <see cref="Date"/>.
/// </summary>
public sealed record CorpusCitation(
    int Line, int Column, string Key, CitationKind Kind, InstrumentType Type, string? Number, int? Year, string? TypeCode,
    string? IssuerCode, DateOnly? Date, bool DateValid, string? Issuer, string? Title, CitationRelation Relation, string Text,
    string? Pinpoint);
