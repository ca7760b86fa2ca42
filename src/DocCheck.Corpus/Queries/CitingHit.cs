using DocCheck.Extraction.Citations;

namespace DocCheck.Corpus;

/// <summary>A corpus document citing an instrument: the citing document (number, date, issuer, title) and the citation (key, date, relation, place, text).</summary>
public sealed record CitingHit(
    string Path, string? Number, DateOnly? IssueDate, string? Issuer, string? Title, string Key, DateOnly? CitedDate,
    CitationRelation Relation, int Line, int Column, string Snippet);
