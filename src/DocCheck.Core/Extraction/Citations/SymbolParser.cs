using System.Text.RegularExpressions;
using DocCheck.Lexicon;

namespace DocCheck.Extraction.Citations;

/// <summary>Turns a <see cref="CitationPatterns.Symbol"/> match into canonical parts and a key.</summary>
internal static class SymbolParser
{
    internal sealed record Parsed(CitationKind Kind, string Key, string Number, string? Suffix, int? Year, string? TypeCode, string? IssuerCode, int Length);

    public static Parsed? Parse(Match m)
    {
        if (m.Groups["pnum"].Success)
        {
            string ptype = SymbolCodes.Canonical(m.Groups["ptype"].Value);
            string piss = SymbolCodes.Canonical(m.Groups["piss"].Value);
            // Party documents: the part before "/" is a type code ("NQ", "CTr", "KH", "HD", "KL", "CT", "TB", "QĐ").
            if (!InstrumentTypes.IsTypeCode(ptype)) return null;
            string num = TrimZeros(m.Groups["pnum"].Value);
            return new Parsed(CitationKind.Party, $"{num}-{ptype}/{piss}", num, null, null, ptype, piss, m.Length);
        }

        string symRaw = m.Groups["sym"].Value;
        int length = m.Length;
        // A sentence end or a trailing separator is not part of the symbol.
        while (symRaw.Length > 0 && symRaw[^1] is '.' or '-' or '/' or ' ' or '&') { symRaw = symRaw[..^1]; length--; }
        if (symRaw.Length == 0) return null;
        var comps = new List<string>();
        var seps = new List<char>();
        int start = 0;
        for (int i = 0; i <= symRaw.Length; i++)
        {
            if (i == symRaw.Length || symRaw[i] is '-' or '/')
            {
                string c = symRaw[start..i].Trim();
                if (c.Length == 0) return null;
                comps.Add(SymbolCodes.Canonical(c.TrimEnd('.')));
                if (i < symRaw.Length) seps.Add(symRaw[i]);
                start = i + 1;
            }
        }
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        bool firstIsType = InstrumentTypes.IsTypeCode(comps[0]);
        // Without a year and without a dash this is too thin to be a symbol ("02 bộ/người", "2 phút/video").
        if (year is null && comps.Count < 2) return null;
        if (!char.IsLetter(comps[0][0])) return null;

        string number = TrimZeros(m.Groups["num"].Value);
        string? suffix = m.Groups["suf"].Success && m.Groups["suf"].Length > 0 ? m.Groups["suf"].Value.ToLowerInvariant() : null;
        var sb = new System.Text.StringBuilder();
        sb.Append(number).Append(suffix).Append('/');
        if (year is { } y) sb.Append(y).Append('/');
        for (int k = 0; k < comps.Count; k++)
        {
            if (k > 0) sb.Append(seps[k - 1] == '/' ? '/' : '-');
            sb.Append(comps[k]);
        }
        string key = sb.ToString();

        CitationKind kind;
        string? typeCode = firstIsType ? comps[0] : null;
        string? issuerCode = firstIsType ? (comps.Count > 1 ? string.Join("-", comps.Skip(1)) : null) : comps[0];
        if (comps.Any(c => c.StartsWith("UBTVQH", StringComparison.Ordinal))) kind = CitationKind.StandingCommittee;
        else if (year is not null && comps.Count == 1 && comps[0].StartsWith("QH", StringComparison.Ordinal)) { kind = CitationKind.NationalAssembly; issuerCode = comps[0]; }
        else if (typeCode is "TTLT" or "NQLT") kind = CitationKind.Joint;
        else if (year is not null) kind = CitationKind.Normative;
        else if (firstIsType) kind = CitationKind.Administrative;
        else kind = CitationKind.OfficialLetter;
        return new Parsed(kind, key, number, suffix, year, typeCode, issuerCode, length);
    }

    // "01/2015/TT-CA" and "1/2015/TT-CA" are the same instrument; NĐ 30/2020 writes numbers below 10 with a
    // leading zero, so that is the canonical form.
    private static string TrimZeros(string n)
    {
        string t = n.TrimStart('0');
        return t.Length switch { 0 => "00", 1 => "0" + t, _ => t };
    }
}
