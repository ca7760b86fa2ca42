using System.Collections.Frozen;
using DocCheck.Text;

namespace DocCheck.Lexicon;

/// <summary>
/// Canonical spelling of the codes in instrument symbols: "nđ"/"ND"/"NÐ" → "NĐ", "TTG" → "TTg", "CTR" → "CTr",
/// "qh14" → "QH14". Codes DocCheck does not know are upper-cased as written.
/// </summary>
public static class SymbolCodes
{
    private static readonly FrozenDictionary<string, string> Exact;
    private static readonly FrozenDictionary<string, string> Folded;

    /// <summary>Issuing bodies by code.</summary>
    public static FrozenDictionary<string, string> IssuerNames { get; }

    static SymbolCodes()
    {
        var codes = new List<string>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in VietnameseLexicon.DocumentTypes) codes.Add(t.Code);
        foreach (string line in VietnameseLexicon.ReadLines("issuer-codes.tsv"))
        {
            var parts = line.Split('\t');
            codes.Add(parts[0]);
            if (parts.Length > 1) names[parts[0]] = parts[1];
        }
        IssuerNames = names.ToFrozenDictionary(StringComparer.Ordinal);
        var exact = new Dictionary<string, string>(StringComparer.Ordinal);
        var folded = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (string c in codes)
        {
            exact.TryAdd(c.ToUpperInvariant(), c);
            string f = VietnameseLetters.Fold(c).ToUpperInvariant();
            // A folded spelling that two codes share ("DA": Dự án / Đề án) is left as written.
            if (folded.TryGetValue(f, out var prev) && prev != c) folded[f] = null;
            else folded[f] = c;
        }
        Exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
        Folded = folded.Where(kv => kv.Value is not null).ToFrozenDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.Ordinal);
    }

    /// <summary>The canonical spelling of one code ("nđ" → "NĐ", "QH14" stays, "UBTVQH15" stays).</summary>
    public static string Canonical(string code)
    {
        string c = code.Replace('\u00D0', 'Đ').Replace('\u00F0', 'đ');
        int digits = c.Length;
        while (digits > 0 && char.IsDigit(c[digits - 1])) digits--;
        string letters = c[..digits], tail = c[digits..];
        if (letters.Length == 0) return c;
        string upper = letters.ToUpperInvariant();
        if (Exact.TryGetValue(upper, out var e)) return e + tail;
        if (Folded.TryGetValue(VietnameseLetters.Fold(upper), out var f)) return f + tail;
        return upper + tail;
    }

    /// <summary>True when <paramref name="code"/> (after canonicalization, a term number after it allowed: "HĐNN8") is a known issuer code.</summary>
    public static bool IsIssuerCode(string code)
    {
        string c = Canonical(code);
        return IssuerNames.ContainsKey(c) || IssuerNames.ContainsKey(c.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'));
    }

    /// <summary>True when <paramref name="code"/> is a known document-type code (after canonicalization).</summary>
    public static bool IsTypeCode(string code) => VietnameseLexicon.TypesByCode.ContainsKey(Canonical(code)) && VietnameseLexicon.TypesByCode[Canonical(code)].Code == Canonical(code);
}
