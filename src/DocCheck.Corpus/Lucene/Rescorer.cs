using Lucene.Net.Search;

namespace DocCheck.Corpus.Lucene;

/// <summary>
/// Adds a second query's score to the best hits of a first one, visiting only those documents (per segment, in order,
/// with Advance), and sorts them again. Lucene.Net 4.8 has no QueryRescorer; this is the same thing.
/// </summary>
internal static class Rescorer
{
    public static ScoreDoc[] Rescore(IndexSearcher searcher, ScoreDoc[] hits, Query query)
    {
        if (hits.Length == 0) return hits;
        var byDoc = hits.Select(h => new ScoreDoc(h.Doc, h.Score)).OrderBy(h => h.Doc).ToArray();
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        int leaf = 0, i = 0;
        while (i < byDoc.Length && leaf < leaves.Count)
        {
            var ctx = leaves[leaf];
            int end = ctx.DocBase + ctx.Reader.MaxDoc;
            if (byDoc[i].Doc >= end) { leaf++; continue; }
            var scorer = weight.GetScorer(ctx, ctx.AtomicReader.LiveDocs);
            for (; i < byDoc.Length && byDoc[i].Doc < end; i++)
            {
                if (scorer is null) continue;
                int target = byDoc[i].Doc - ctx.DocBase;
                int at = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
                if (at == target) byDoc[i].Score += scorer.GetScore();
            }
            leaf++;
        }
        return byDoc.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).ToArray();
    }
}
