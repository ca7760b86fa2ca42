namespace DocCheck.Corpus;

/// <summary>
/// Full-text search over the corpus. It can always be rebuilt from the store of facts (<see cref="ICorpusStore"/>).
/// Queries are words with a syntax that cannot fail ("phrases", -word, OR; anything else is words); a query without
/// words is an <see cref="ArgumentException"/> with a message for people.
/// </summary>
public interface ICorpusSearch
{
    /// <summary>The best documents for the request's words and filters, best first.</summary>
    SearchResults Search(SearchRequest request);

    /// <summary>The documents most like the one asked about, most alike first; the document itself is left out.</summary>
    IReadOnlyList<SimilarHit> Similar(SimilarRequest request);
}
