using System.Globalization;
using DocCheck.Lexicon;
using DocCheck.Normalization;
using DocCheck.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using F = DocCheck.Corpus.Lucene.SearchFields;

namespace DocCheck.Corpus.Lucene;

// Searching: words and filters, counts, snippets; documents like one.
public sealed partial class LuceneCorpusSearch
{
    public SearchResults Search(SearchRequest request)
    {
        string text = QueryText.Normalize(request.Text);
        var q = UserQuery.Parse(text);
        if (q.IsEmpty) throw new ArgumentException("câu tìm kiếm không có từ nào / the query has no words");
        var manager = Searchers();
        var searcher = manager.Acquire();
        try
        {
            var filter = Filter(request);
            var results = Run(searcher, q, text, filter, request, foldAll: false);
            // Nothing as typed (a mark mistyped?): the same words without their marks, and say so.
            bool marked = q.Required.SelectMany(c => c).SelectMany(p => p.Words).Any(SearchAnalysis.IsMarked);
            if (results.Total == 0 && marked) results = Run(searcher, q, text, filter, request, foldAll: true) with { Folded = true };
            return results;
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    private SearchResults Run(IndexSearcher searcher, UserQuery q, string text, Filter? filter, SearchRequest request, bool foldAll)
    {
        var query = SearchQueryBuilder.Build(q, text, foldAll);
        int offset = Math.Max(0, request.Offset), limit = Math.Clamp(request.Limit, 1, 1000);
        // The re-ranked window: enough that a page never comes from below it.
        int window = Math.Max(100, offset + limit);
        var top = TopScoreDocCollector.Create(window, true);
        var counts = request.Counts ? new CountingCollector() : null;
        searcher.Search(query.First, filter, counts is null ? top : MultiCollector.Wrap(top, counts));
        var found = top.GetTopDocs();
        var best = query.Rescore is null ? found.ScoreDocs : Rescorer.Rescore(searcher, found.ScoreDocs, query.Rescore);
        var page = new TopDocs(found.TotalHits, best.Skip(offset).Take(limit).ToArray(), best.Length == 0 ? 0 : best.Max(b => b.Score));
        var snippets = new SnippetMaker(q, SearchQueryBuilder.Highlight(q, foldAll), foldAll);
        var docs = page.ScoreDocs.Select(sd => (Doc: searcher.Doc(sd.Doc), sd.Score)).ToList();
        var texts = StoreTexts(docs.Select(d => d.Doc.Get(F.Path)).ToList());
        var hits = docs.Select(d =>
        {
            var text = texts.GetValueOrDefault(d.Doc.Get(F.Path));
            return Hit(d.Doc, d.Score, snippets.Make(text?.Text ?? "", text?.BlockLines ?? []));
        }).ToList();
        return new SearchResults(page.TotalHits, hits) { Counts = counts?.Finish() ?? [] };
    }

    /// <summary>The stored texts of <paramref name="paths"/>, read from the store (one query; the store's connection is used by one thread at a time).</summary>
    private Dictionary<string, StoredText> StoreTexts(IReadOnlyCollection<string> paths)
    {
        lock (_gate) return _store.Texts(paths).ToDictionary(t => t.Path, StringComparer.Ordinal);
    }

    private static SearchHit Hit(Document doc, float score, Snippet snippet) => new(
        doc.Get(F.Path), doc.Get(F.Number), doc.Get(F.Type), Date(doc.Get(F.Date)), doc.Get(F.Title), doc.Get(F.Issuer), score, snippet);

    private static DateOnly? Date(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The filters, all of which a hit must meet; null for none.</summary>
    private static Filter? Filter(SearchRequest r)
    {
        var all = new BooleanQuery();
        if (r.Type is { Length: > 0 } type)
            all.Add(new TermQuery(new Term(F.Type, VietnameseLexicon.TypesByCode.TryGetValue(type.Trim(), out var t) ? t.Code : type.Trim())), Occur.MUST);
        if (r.Issuer is { Length: > 0 } issuer)
        {
            var words = SearchAnalysis.Word().Matches(QueryText.Normalize(issuer)).SelectMany(m => SearchQueryBuilder.Terms(m.Value, foldAll: false)).Select(SearchQueryBuilder.IndexTerm).ToList();
            if (words.Count == 1) all.Add(new TermQuery(new Term(F.Issuer, words[0])), Occur.MUST);
            else if (words.Count > 1)
            {
                var pq = new PhraseQuery();
                foreach (string w in words) pq.Add(new Term(F.Issuer, w));
                all.Add(pq, Occur.MUST);
            }
        }
        if (r.Province is { Length: > 0 } province)
        {
            string folded = VietnameseFold.Fold(province.Trim());
            string name = Provinces.Names.FirstOrDefault(n => VietnameseFold.Fold(n) == folded) ?? province.Trim();
            all.Add(new TermQuery(new Term(F.Province, name)), Occur.MUST);
        }
        if (r.FromYear is not null || r.ToYear is not null)
            all.Add(NumericRangeQuery.NewInt32Range(F.Year, r.FromYear, r.ToYear, true, true), Occur.MUST);
        if (r.Relation is { } relation) all.Add(new TermQuery(new Term(F.Relation, relation.ToString())), Occur.MUST);
        if (r.Status is { Length: > 0 } status) all.Add(new TermQuery(new Term(F.Status, status)), Occur.MUST);
        return all.Clauses.Count == 0 ? null : new QueryWrapperFilter(all);
    }

    public IReadOnlyList<SimilarHit> Similar(SimilarRequest request)
    {
        var manager = Searchers();
        var searcher = manager.Acquire();
        try
        {
            var mlt = new MoreLikeThis(searcher.IndexReader)
            {
                Analyzer = SearchAnalysis.Index,
                FieldNames = [F.Text],
                // A small corpus or a short draft has few repeated words: the thresholds follow their size.
                MinTermFreq = request.Text is { Length: < 3000 } ? 1 : 2,
                MinDocFreq = searcher.IndexReader.NumDocs < 50 ? 1 : 2,
                MinWordLen = 2,
                MaxQueryTerms = 50,
            };
            mlt.SetMaxDocFreqPct(40);
            Query like;
            string? self = null;
            if (request.Text is { } text) like = mlt.Like(new StringReader(QueryText.Normalize(text)), F.Text);
            else
            {
                var find = request.Path is { } path ? new TermQuery(new Term(F.Path, path)) : new TermQuery(new Term(F.OwnKey, request.Key ?? ""));
                var found = searcher.Search(find, 1).ScoreDocs;
                if (found.Length == 0) return [];
                self = searcher.Doc(found[0].Doc).Get(F.Path);
                like = mlt.Like(new StringReader(StoreTexts([self]).GetValueOrDefault(self)?.Text ?? ""), F.Text);
            }
            var query = new BooleanQuery { { like, Occur.SHOULD } };
            if (self is not null) query.Add(new TermQuery(new Term(F.Path, self)), Occur.MUST_NOT);
            var top = searcher.Search(query, Math.Clamp(request.Limit, 1, 200));
            return top.ScoreDocs.Select(sd =>
            {
                var d = searcher.Doc(sd.Doc);
                return new SimilarHit(d.Get(F.Path), d.Get(F.Number), d.Get(F.Type), Date(d.Get(F.Date)), d.Get(F.Title), d.Get(F.Issuer), sd.Score);
            }).ToList();
        }
        finally
        {
            manager.Release(searcher);
        }
    }
}
