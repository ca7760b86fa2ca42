using Lucene.Net.Search;

namespace DocCheck.Corpus.Lucene;

/// <summary>A search's Lucene query: the one that finds and ranks every hit, and the one that re-ranks the best of them (null: none).</summary>
internal sealed record SearchQuery(Query First, Query? Rescore);
