using DocCheck.Corpus;

namespace DocCheck.Application.Queries;

/// <summary>The answer to "which documents cite this instrument?": what the query was understood as, and every citation.</summary>
public sealed record CitesResult(InstrumentQuery Query, IReadOnlyList<CitingHit> Hits)
{
    /// <summary>Number of distinct citing documents.</summary>
    public int Documents => Hits.Select(h => h.Path).Distinct().Count();
}
