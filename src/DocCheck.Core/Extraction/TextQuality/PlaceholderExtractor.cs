using System.Text.RegularExpressions;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Extraction.TextQuality;

/// <summary>
/// Finds placeholders anywhere in the text, forms and header blanks included (which of them are oversights is the
/// rules' call), and the filler "Lorem ipsum" of a layout draft. A single ellipsis ("…", "...") is punctuation, not a blank. Stateless and thread-safe; linear-time.
/// </summary>
public static partial class PlaceholderExtractor
{
    [GeneratedRegex(@"…{2,}|\.{5,}|(?<![\p{L}])(?:xxx+|XXX+)(?![\p{L}])|\[\s*(?:…|\.{3})\s*\]|\(\s*(?:…|\.{3})\s*\)|_{4,}|(?<![\p{L}])(?i:lorem\s+ipsum)(?![\p{L}])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();

    /// <summary>The placeholders of <paramref name="doc"/>, in document order.</summary>
    public static IReadOnlyList<Placeholder> Extract(NormalizedText doc)
    {
        var found = new List<Placeholder>();
        foreach (Match m in Pattern().Each(doc.Text))
            found.Add(new Placeholder(new TextSpan(m.Index, m.Length), m.Value));
        return found;
    }
}
