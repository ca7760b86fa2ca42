namespace DocCheck.Corpus.Lucene;

/// <summary>
/// What a person typed, read as search syntax that cannot go wrong: words; "quoted phrases"; -word or -"phrase" to
/// leave out; OR between two items for either. Anything else — brackets, stars, a quote left open, an OR at an end — is
/// read as plain words, never an error. <see cref="Required"/> are the clauses every hit has (each one of its
/// alternatives); <see cref="Excluded"/> the ones no hit has.
/// </summary>
public sealed record UserQuery(IReadOnlyList<IReadOnlyList<QueryPhrase>> Required, IReadOnlyList<QueryPhrase> Excluded)
{
    /// <summary>True when the query asks for nothing (no words, or only words to leave out).</summary>
    public bool IsEmpty => Required.Count == 0;

    /// <summary>The words of the required clauses that stand alone (not in an OR or a quoted phrase), in order: for proximity and title boosts.</summary>
    public IReadOnlyList<string> PlainWords => Required.Where(c => c.Count == 1 && !c[0].Quoted).SelectMany(c => c[0].Words).ToList();

    /// <summary>Reads <paramref name="text"/> (already normalized by <see cref="DocCheck.Normalization.QueryText"/>).</summary>
    public static UserQuery Parse(string text)
    {
        var items = new List<(QueryPhrase Phrase, bool Negated, bool IsOr)>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            bool negated = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])) { negated = true; i++; }
            if (text[i] == '"')
            {
                int close = text.IndexOf('"', i + 1);
                string inner = close < 0 ? text[(i + 1)..] : text[(i + 1)..close];
                i = close < 0 ? text.Length : close + 1;
                var words = Words(inner);
                if (words.Count > 0) items.Add((new QueryPhrase(words, Quoted: true), negated, false));
                continue;
            }
            int end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"') end++;
            string token = text[i..end];
            i = end;
            if (token == "OR" && !negated) { items.Add((new QueryPhrase([], false), false, true)); continue; }
            foreach (string w in Words(token)) items.Add((new QueryPhrase([w], false), negated, false));
            // A query of a page of words is still answered: the first 32 items are plenty to find a document.
            if (items.Count >= 32) break;
        }
        var required = new List<List<QueryPhrase>>();
        var excluded = new List<QueryPhrase>();
        bool joinNext = false;
        foreach (var (phrase, negated, isOr) in items)
        {
            if (isOr) { joinNext = required.Count > 0; continue; }
            if (negated) { excluded.Add(phrase); joinNext = false; continue; }
            if (joinNext) required[^1].Add(phrase);
            else required.Add([phrase]);
            joinNext = false;
        }
        return new UserQuery(required, excluded);
    }

    private static List<string> Words(string text) =>
        SearchAnalysis.Word().Matches(text).Select(m => m.Value).Take(64).ToList();
}
