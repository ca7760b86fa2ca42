using DocCheck.Text;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using F = DocCheck.Corpus.Lucene.SearchFields;

namespace DocCheck.Corpus.Lucene;

/// <summary>
/// The passage of a document that best matches a query, with the matched words marked. A document can be long, so the
/// neighbourhood where most of the query's words meet is found first by a plain search (a word typed with marks as
/// written, one without folded); the Lucene Highlighter then picks and marks the best fragment there, with the query's
/// own meaning (phrases by position, "cửa" never marking "của").
/// </summary>
internal sealed class SnippetMaker
{
    private const int Size = 180;
    // How far into a document the passage is looked for (a law of a megabyte has its match well before).
    private const int Reach = 256 * 1024;
    private readonly List<string> _terms;
    private readonly bool[] _marked;
    private readonly List<int> _plain;
    private readonly Query _highlight;
    private const char Open = '\u0001', Close = '\u0002';

    private sealed class Markers : IFormatter
    {
        public string HighlightTerm(string originalText, TokenGroup tokenGroup) =>
            tokenGroup.TotalScore > 0 ? Open + originalText + Close : originalText;
    }

    /// <summary>A maker for one query: its terms are worked out once, not once per hit.</summary>
    public SnippetMaker(UserQuery q, Query highlight, bool foldAll)
    {
        _terms = q.Required.SelectMany(c => c).SelectMany(p => p.Words).SelectMany(w => SearchQueryBuilder.Terms(w, foldAll)).Distinct().ToList();
        _marked = _terms.Select(SearchAnalysis.IsMarked).ToArray();
        _plain = q.PlainWords.SelectMany(w => SearchQueryBuilder.Terms(w, foldAll)).Select(t => _terms.IndexOf(t)).ToList();
        _highlight = highlight;
    }

    public Snippet Make(string text, IReadOnlyList<int> lines)
    {
        int anchor = Anchor(text);
        if (anchor < 0) return Plain(text, 0, lines);
        int from = Math.Max(0, anchor - 80);
        while (from > 0 && from > anchor - 120 && !char.IsWhiteSpace(text[from - 1])) from--;
        int to = Math.Min(text.Length, anchor + 360);
        string window = text[from..to];
        // Terms, not spans: marking by position (QueryScorer) builds an index of the passage for every hit and took most
        // of a search's time; the terms already carry the query's meaning ("cửa" is not "cua").
        var scorer = new QueryTermScorer(_highlight, F.Text);
        var highlighter = new Highlighter(new Markers(), scorer) { TextFragmenter = new SimpleFragmenter(Size) };
        using var tokens = SearchAnalysis.Index.GetTokenStream(F.Text, window);
        var best = highlighter.GetBestTextFragments(tokens, window, false, 1).FirstOrDefault(f => f is not null && f.Score > 0);
        if (best is null) return Plain(text, anchor, lines);
        string marked = best.ToString();
        var plain = new System.Text.StringBuilder(marked.Length);
        var marks = new List<TextSpan>();
        int openAt = -1;
        foreach (char c in marked)
        {
            if (c == Open) { openAt = plain.Length; continue; }
            if (c == Close) { if (openAt >= 0) marks.Add(TextSpan.FromBounds(openAt, plain.Length)); openAt = -1; continue; }
            plain.Append(c == '\n' ? ' ' : c);
        }
        string snippet = plain.ToString();
        int at = window.Replace('\n', ' ').IndexOf(snippet, StringComparison.Ordinal);
        // The line of the first marked word: where a click should land.
        int first = from + Math.Max(0, at) + (marks.Count > 0 ? marks[0].Start : 0);
        return new Snippet(snippet, marks, BlockLines.LineAt(text, lines, first));
    }

    /// <summary>The start of the passage where most distinct query terms stand within 250 characters, or -1 when none is found.</summary>
    private int Anchor(string text)
    {
        string head = text.Length <= Reach ? text : text[..Reach];
        string lower = head.ToLowerInvariant();
        string folded = VietnameseFold.Fold(head);
        var hits = new List<(int At, int Term)>();
        var terms = _terms;
        for (int t = 0; t < terms.Count; t++)
        {
            string term = terms[t];
            string hay = _marked[t] ? lower : folded;
            int found = 0;
            for (int at = hay.IndexOf(term, StringComparison.Ordinal); at >= 0 && found < 200; at = hay.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                bool starts = at == 0 || !char.IsLetterOrDigit(hay[at - 1]);
                bool ends = at + term.Length >= hay.Length || !char.IsLetterOrDigit(hay[at + term.Length]);
                if (starts && ends) { hits.Add((at, t)); found++; }
            }
        }
        if (hits.Count == 0) return -1;
        hits.Sort((a, b) => a.At.CompareTo(b.At));
        // A place where the query's words stand in order, next to each other, counts double.
        var plain = _plain;
        int bestAt = hits[0].At, bestScore = 0;
        var seen = new HashSet<int>();
        for (int i = 0; i < hits.Count; i++)
        {
            seen.Clear();
            for (int j = i; j < hits.Count && hits[j].At < hits[i].At + 250; j++) seen.Add(hits[j].Term);
            int score = seen.Count + (InOrder(hits, i, plain, terms) ? terms.Count : 0);
            if (score > bestScore) { bestScore = score; bestAt = hits[i].At; }
        }
        return bestAt;
    }

    /// <summary>True when the plain words of the query start at hit <paramref name="i"/>, each right after the one before.</summary>
    private static bool InOrder(List<(int At, int Term)> hits, int i, List<int> plain, List<string> terms)
    {
        if (plain.Count < 2 || hits[i].Term != plain[0]) return false;
        int at = hits[i].At, k = 1;
        for (int j = i + 1; j < hits.Count && k < plain.Count; j++)
        {
            int gap = hits[j].At - (at + terms[plain[k - 1]].Length);
            if (gap < 0) continue;
            if (gap > 3) return false;
            if (hits[j].Term != plain[k]) continue;
            at = hits[j].At;
            k++;
        }
        return k == plain.Count;
    }

    private static Snippet Plain(string text, int at, IReadOnlyList<int> lines)
    {
        int end = Math.Min(text.Length, at + Size);
        return new Snippet(text[at..end].Replace('\n', ' '), [], BlockLines.LineAt(text, lines, at));
    }
}
