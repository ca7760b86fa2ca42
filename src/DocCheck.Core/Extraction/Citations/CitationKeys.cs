namespace DocCheck.Extraction.Citations;

/// <summary>Canonical keys for instrument numbers typed by people ("61/2018/nd-cp", "225/QĐ-TTg").</summary>
public static class CitationKeys
{
    /// <summary>The canonical key of the first number/symbol in <paramref name="text"/>, or null.</summary>
    public static string? FromText(string text)
    {
        foreach (System.Text.RegularExpressions.Match m in CitationPatterns.Symbol().Matches(text))
        {
            var p = SymbolParser.Parse(m);
            if (p is not null) return p.Key;
        }
        return null;
    }
}
