using DocCheck.Extraction.Citations;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using F = DocCheck.Corpus.Lucene.SearchFields;

namespace DocCheck.Corpus.Lucene;

/// <summary>
/// Turns a <see cref="UserQuery"/> into a Lucene query: every required clause must match the text (a word typed with
/// marks as written, one typed without them folded; a unit like "61/2018" as the phrase of its parts); the clauses to
/// leave out must not; and the ranking prefers the words in order (an exact phrase, then near each other), in the
/// title, and — for a query that names an instrument — the instrument itself and the documents that cite it.
/// </summary>
internal static class SearchQueryBuilder
{
    /// <summary>
    /// The query in two parts: <see cref="SearchQuery.First"/> finds and ranks every hit (the words, title and opening,
    /// the instrument); <see cref="SearchQuery.Rescore"/> (the words in order, then near each other, in the whole text)
    /// re-ranks the best of them only — positions over every long text were most of a query's time. With
    /// <paramref name="foldAll"/> every word is matched folded (the fallback when nothing matches as typed).
    /// </summary>
    public static SearchQuery Build(UserQuery q, string text, bool foldAll)
    {
        var main = new BooleanQuery();
        // "nd 62/2022", "Nghị định 61/2018": the number is what must match; the type words only rank (a citation may
        // be written "Nghị định số 62/2022" or "62/2022/NĐ-CP").
        bool numberQuery = InstrumentQueryParser.Parse(text) is { Key: null, Number: not null };
        foreach (var clause in q.Required)
        {
            if (numberQuery && clause.Count == 1 && !clause[0].Words.Any(w => w.Any(char.IsDigit)))
                main.Add(Phrase(F.Text, clause[0], foldAll), Occur.SHOULD);
            else if (clause.Count == 1) main.Add(Phrase(F.Text, clause[0], foldAll), Occur.MUST);
            else
            {
                var either = new BooleanQuery();
                foreach (var alt in clause) either.Add(Phrase(F.Text, alt, foldAll), Occur.SHOULD);
                main.Add(either, Occur.MUST);
            }
        }
        foreach (var phrase in q.Excluded) main.Add(Phrase(F.Text, phrase, foldAll), Occur.MUST_NOT);

        var plain = q.PlainWords.SelectMany(w => Terms(w, foldAll)).Select(IndexTerm).ToList();
        foreach (string term in plain.Distinct())
        {
            main.Add(Boosted(new TermQuery(new Term(F.Title, term)), 1.5f), Occur.SHOULD);
            main.Add(Boosted(new TermQuery(new Term(F.Lead, term)), 1f), Occur.SHOULD);
        }
        BooleanQuery? rescore = null;
        if (plain.Count >= 2)
        {
            main.Add(Boosted(Phrase(F.Title, plain, 2), 6f), Occur.SHOULD);
            main.Add(Boosted(Phrase(F.Lead, plain, 2), 5f), Occur.SHOULD);
            rescore = new BooleanQuery
            {
                { Boosted(Phrase(F.Text, plain, 0), 3f), Occur.SHOULD },
                { Boosted(Phrase(F.Text, plain, 8), 1.5f), Occur.SHOULD },
            };
        }
        if (InstrumentQueryParser.Parse(text) is { Key: null, Number: { } number, Year: { } year } nq)
            main.Add(Boosted(new TermQuery(new Term(F.CitesNumber, $"{number}/{year}" + (nq.TypeCode is { } tc ? "/" + tc.ToLowerInvariant() : ""))), 6f), Occur.SHOULD);
        if (InstrumentQueryParser.Parse(text) is { Key: { } key })
        {
            main.Add(Boosted(new TermQuery(new Term(F.OwnKey, key)), 60f), Occur.SHOULD);
            main.Add(Boosted(new TermQuery(new Term(F.Cites, key)), 4f), Occur.SHOULD);
        }
        return new SearchQuery(main, rescore);
    }

    /// <summary>The query the highlighter marks: the required and optional words of the text field, nothing else.</summary>
    public static Query Highlight(UserQuery q, bool foldAll)
    {
        var hl = new BooleanQuery();
        foreach (var clause in q.Required)
            foreach (var alt in clause) hl.Add(Phrase(F.Text, alt, foldAll), Occur.SHOULD);
        return hl;
    }

    /// <summary>The terms of one typed word, in order (more than one for a unit like "61/2018/NĐ-CP").</summary>
    internal static List<string> Terms(string word, bool foldAll)
    {
        var tokens = new List<(string Term, int Increment)>();
        using (var ts = SearchAnalysis.Query.GetTokenStream(F.Text, word))
        {
            var term = ts.AddAttribute<ICharTermAttribute>();
            var pos = ts.AddAttribute<IPositionIncrementAttribute>();
            ts.Reset();
            while (ts.IncrementToken()) tokens.Add((term.ToString(), pos.PositionIncrement));
            ts.End();
        }
        // The word delimiter keeps the whole unit first and puts its first part at the same place: the parts make the phrase.
        var parts = tokens.Count > 1 && tokens[1].Increment == 0 ? tokens.Skip(1) : tokens;
        return parts.Select(t => foldAll ? SearchAnalysis.Fold(t.Term) : t.Term).ToList();
    }

    /// <summary>The index term for a typed term: its written form when it carries marks, else the folded form.</summary>
    internal static string IndexTerm(string term) => SearchAnalysis.IsMarked(term) ? WrittenAndFoldedFilter.Written + term : term;

    private static Query Phrase(string field, QueryPhrase phrase, bool foldAll) =>
        Phrase(field, phrase.Words.SelectMany(w => Terms(w, foldAll)).Select(IndexTerm).ToList(), 0);

    private static Query Phrase(string field, IReadOnlyList<string> terms, int slop)
    {
        if (terms.Count == 1) return new TermQuery(new Term(field, terms[0]));
        var pq = new PhraseQuery { Slop = slop };
        foreach (string t in terms) pq.Add(new Term(field, t));
        return pq;
    }

    private static Query Boosted(Query q, float boost)
    {
        q.Boost = boost;
        return q;
    }
}
