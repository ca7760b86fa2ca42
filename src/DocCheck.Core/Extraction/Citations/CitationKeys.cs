using DocCheck.Text;
namespace DocCheck.Extraction.Citations;

/// <summary>Canonical keys for instrument numbers typed by people ("61/2018/nd-cp", "225/QĐ-TTg").</summary>
public static partial class CitationKeys
{
    /// <summary>The canonical key of the first number/symbol in <paramref name="text"/>, or null.</summary>
    public static string? FromText(string text)
    {
        foreach (System.Text.RegularExpressions.Match m in CitationPatterns.Symbol().Each(text))
        {
            var p = SymbolParser.Parse(m);
            if (p is not null) return p.Key;
        }
        return null;
    }

    /// <summary>
    /// The issuing body's code of a canonical key: "CP" of 61/2018/NĐ-CP, "TTg" of 225/QĐ-TTg, "TU" of 51-CTr/TU,
    /// "QH14" of 47/2019/QH14; null when the key has no symbol (a named law).
    /// </summary>
    public static string? IssuerCode(string key)
    {
        int slash = key.LastIndexOf('/');
        if (slash < 0) return null;
        string symbol = key[(slash + 1)..];
        int dash = symbol.LastIndexOf('-');
        return dash < 0 ? symbol : symbol[(dash + 1)..];
    }

    /// <summary>True when the key carries its year ("61/2018/NĐ-CP"); numbers without one are reused every year.</summary>
    public static bool HasYear(string key) => YearInKey().IsMatch(key);

    /// <summary>
    /// Codes many local bodies share — every province has a UBND, an HĐND, a Tỉnh ủy, Sở… — so the same number of
    /// theirs names different instruments in different provinces.
    /// </summary>
    public static bool IsLocalIssuer(string? issuerCode) =>
        issuerCode is not null && (issuerCode.Contains("UBND", StringComparison.Ordinal) || issuerCode.Contains("HĐND", StringComparison.Ordinal)
            || issuerCode is "TU" or "HU" or "ĐU" or "TĐ" || issuerCode.StartsWith('S') && issuerCode.Length <= 4);

    [System.Text.RegularExpressions.GeneratedRegex(@"/(?:19|20)\d{2}/", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex YearInKey();
}
