using System.Text.RegularExpressions;
using DocCheck.Text;

namespace DocCheck.Extraction.Citations;

/// <summary>Finds standards in one block: "TCVN ISO 9001:2008", "TCVN 5712:1993", "ISO 9001:2015".</summary>
internal static partial class StandardFinder
{
    [GeneratedRegex(@"\s*:\s*", RegexOptions.None, 1000)]
    private static partial Regex SpacedColon();

    /// <summary>Adds the standards of block text <paramref name="s"/> (starting at <paramref name="offset"/>) to <paramref name="into"/>.</summary>
    public static void Find(string s, int offset, List<Citation> into)
    {
        if (!s.Contains("ISO", StringComparison.Ordinal) && !s.Contains("TCVN", StringComparison.Ordinal)) return;
        foreach (Match m in CitationPatterns.Standard().Each(s))
        {
            string key = SpacedColon().Replace(m.Value, ":");
            key = CitationPatterns.Spaces().Replace(key, " ");
            int? year = key.Contains(':') ? int.Parse(key[(key.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture) : null;
            var span = new TextSpan(offset + m.Index, m.Length);
            into.Add(new Citation
            {
                Kind = CitationKind.Standard,
                Type = InstrumentType.Standard,
                Span = span,
                SymbolSpan = span,
                Key = key,
                Year = year,
                Name = key,
            });
        }
    }
}
