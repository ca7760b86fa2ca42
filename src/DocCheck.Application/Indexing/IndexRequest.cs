namespace DocCheck.Application.Indexing;

/// <summary>
/// What to index: files and folders into the corpus <see cref="Corpus"/> names (null: DOCCHECK_DB, else the default,
/// see <see cref="CorpusLocation"/>); with <see cref="Prune"/>, documents whose file is gone from the given folders are dropped.
/// </summary>
public sealed record IndexRequest(IReadOnlyList<string> Paths, string? Corpus = null)
{
    public bool Prune { get; init; }

    /// <summary>Build the search index again from the store, whatever state it is in.</summary>
    public bool RebuildSearch { get; init; }
}
