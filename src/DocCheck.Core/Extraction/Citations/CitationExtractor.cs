using DocCheck.Normalization;

namespace DocCheck.Extraction.Citations;

/// <summary>
/// Finds every reference to another instrument in a normalized document: numbered instruments in all their
/// variants, named laws and standards; then parses each one's date, issuing body and title, works out the
/// relation from the verb before it, and resolves short forms (<see cref="CitationResolver"/>).
/// Stateless and thread-safe; linear in the length of the text.
/// </summary>
public sealed class CitationExtractor
{
    /// <summary>Extracts the citations of <paramref name="doc"/>; <paramref name="ownKey"/> is the document's own number, if known.</summary>
    public IReadOnlyList<Citation> Extract(NormalizedText doc, string? ownKey = null)
    {
        var all = new List<Citation>();
        foreach (var block in doc.Blocks)
        {
            if (block.Span.Length == 0) continue;
            string s = doc.TextOf(block);
            var inBlock = new List<Citation>();
            // The order matters: a named law inside a numbered citation's span (not its title) is skipped, and a
            // self reference replaces the named law it contains.
            NumberedCitationFinder.Find(s, block.Span.Start, inBlock);
            LateIssueDateFinder.Apply(s, block.Span.Start, inBlock);
            NamedLawFinder.Find(s, block.Span.Start, inBlock);
            StandardFinder.Find(s, block.Span.Start, inBlock);
            SelfReferenceFinder.Find(s, block.Span.Start, inBlock, ownKey);
            inBlock.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            RelationAssigner.Assign(s, block.Span.Start, inBlock);
            all.AddRange(inBlock);
        }
        return CitationResolver.Resolve(doc, all, ownKey);
    }

    /// <summary>Key of a named law: the keyword and the name in lower case, abbreviations spelled out.</summary>
    public static string NamedLawKey(string keyword, string name) => NamedLawFinder.Key(keyword, name);
}
