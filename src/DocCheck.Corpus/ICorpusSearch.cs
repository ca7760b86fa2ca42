namespace DocCheck.Corpus;

/// <summary>
/// Full-text search over the corpus. It can always be rebuilt from the store of facts (<see cref="ICorpusStore"/>).
/// Queries are words, never syntax: no input can break or inject; a query without words is an
/// <see cref="ArgumentException"/> with a message for people.
/// </summary>
public interface ICorpusSearch
{
    /// <summary>The best documents for <paramref name="text"/> (accents optional), best first, at most <see cref="SearchFilter.Limit"/>.</summary>
    IReadOnlyList<SearchHit> Search(string text, SearchFilter filter);
}
