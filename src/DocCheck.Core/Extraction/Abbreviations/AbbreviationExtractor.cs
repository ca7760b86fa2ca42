using System.Text.RegularExpressions;
using DocCheck.Normalization;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Extraction.Abbreviations;

/// <summary>
/// Finds the first definition of each abbreviation (capitals in parentheses after a lower-case word) and the body's
/// first use of it before that place. Stateless and thread-safe; linear in the text and the definitions.
/// </summary>
public static partial class AbbreviationExtractor
{
    // The lower-case word before the "(" is a look-behind: a pattern that starts with a letter class is tried at every
    // letter of the text, one that starts with "(" is found by a vectorized search. Same definitions: a match ends at
    // its ")", and the next one's word cannot stand before that.
    [GeneratedRegex(@"(?<=\p{Ll}\s+)\((?<abbr>\p{Lu}[\p{Lu}&]{1,7})\)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Definition();

    /// <summary>The first definition of each abbreviation of <paramref name="doc"/>, in document order.</summary>
    public static IReadOnlyList<AbbreviationDefinition> Extract(NormalizedText doc, DocumentStructure structure)
    {
        string text = doc.Text;
        // The header and title may use the usual abbreviations (UBND) undefined; only the body's uses count.
        int bodyStart = structure.Main.Preamble.Count > 0 ? structure.Main.Preamble[0].Field.Span.Start
            : structure.Main.Outline.Count > 0 ? structure.Main.Outline[0].LabelSpan.Start : 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<AbbreviationDefinition>();
        foreach (Match m in Definition().Each(text))
        {
            var g = m.Groups["abbr"];
            if (!seen.Add(g.Value)) continue;
            // Up to the "(" of the definition.
            int use = FirstUse(text, g.Value, bodyStart, bodyStart + Math.Max(0, g.Index - 1 - bodyStart));
            found.Add(new AbbreviationDefinition(g.Value, new TextSpan(g.Index, g.Length), use < 0 ? null : new TextSpan(use, g.Length)));
        }
        return found;
    }

    /// <summary>
    /// The first whole-word <paramref name="abbr"/> in [<paramref name="from"/>, <paramref name="to"/>): not touching a
    /// letter or '&amp;' on either side, where the window's ends count as edges. A plain search: building a regex per
    /// definition and scanning with it made this quadratic on documents with many abbreviations.
    /// </summary>
    private static int FirstUse(string text, string abbr, int from, int to)
    {
        static bool Joins(char ch) => char.IsLetter(ch) || ch == '&';
        for (int at = from; at + abbr.Length <= to; at++)
        {
            at = text.IndexOf(abbr, at, to - at, StringComparison.Ordinal);
            if (at < 0) return -1;
            bool before = at > from && Joins(text[at - 1]);
            bool after = at + abbr.Length < to && Joins(text[at + abbr.Length]);
            if (!before && !after) return at;
        }
        return -1;
    }
}
