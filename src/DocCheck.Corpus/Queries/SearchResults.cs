namespace DocCheck.Corpus;

/// <summary>
/// One page of search hits, best first, with the total number of documents found. <see cref="Folded"/>: nothing
/// matched the words as typed with their marks, so these hits match them without marks.
/// </summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits)
{
    /// <summary>The hits counted by filter value, when asked for.</summary>
    public IReadOnlyList<FacetCount> Counts { get; init; } = [];

    public bool Folded { get; init; }
}
