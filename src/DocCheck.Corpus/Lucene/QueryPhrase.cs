namespace DocCheck.Corpus.Lucene;

/// <summary>One item of a query: a word, or the words of a quoted phrase, as typed.</summary>
public sealed record QueryPhrase(IReadOnlyList<string> Words, bool Quoted);
