using DocCheck.Reading;

namespace DocCheck.Corpus;

/// <summary>What an index run did; <see cref="Errors"/> names every file that could not be read and why.</summary>
public sealed record IndexSummary(int Indexed, int Unchanged, int Failed, int Pruned, IReadOnlyList<ReadError> Errors, bool Cancelled)
{
    /// <summary>Documents in the store after the run.</summary>
    public long Documents { get; init; }

    /// <summary>The store written, as its location was given.</summary>
    public string Location { get; init; } = "";
}
