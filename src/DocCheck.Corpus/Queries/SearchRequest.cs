using DocCheck.Extraction.Citations;

namespace DocCheck.Corpus;

/// <summary>
/// A search: the words (accents optional; "phrases", -word, OR), filters (type code, part of the issuer's name,
/// province, years of the issue date, a relation the document cites with, its status in the registry), the page
/// (<see cref="Offset"/>, <see cref="Limit"/>) and whether to count hits by filter value.
/// </summary>
public sealed record SearchRequest(string Text)
{
    public string? Type { get; init; }
    public string? Issuer { get; init; }
    public string? Province { get; init; }
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public CitationRelation? Relation { get; init; }
    public string? Status { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 20;
    /// <summary>Also count the hits by type, province, issuer, year, relation and status (for a side panel).</summary>
    public bool Counts { get; init; }
}
