namespace DocCheck.Application.Indexing;

/// <summary>What to index: files and folders into the corpus at <see cref="Corpus"/>; with <see cref="Prune"/>, documents whose file is gone from the given folders are dropped.</summary>
public sealed record IndexRequest(IReadOnlyList<string> Paths, string Corpus)
{
    public bool Prune { get; init; }
}
