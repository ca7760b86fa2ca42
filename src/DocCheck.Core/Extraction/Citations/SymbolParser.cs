using System.Text.RegularExpressions;
using DocCheck.Lexicon;

namespace DocCheck.Extraction.Citations;

/// <summary>Turns a <see cref="CitationPatterns.Symbol"/> match into canonical parts and a key.</summary>
internal static class SymbolParser
{
    /// <summary>
    /// One symbol. <paramref name="NeedsContext"/>: a thin form — a year-less number with one code ("27/CP",
    /// "17/HHTL") or a number with a hyphen and an issuer ("73-CP") — that is a symbol only where a type word or
    /// "số" stands right before it (<see cref="NumberedCitationFinder"/> checks); typed alone (a query, a header's
    /// "Số:" line) it is taken as it is.
    /// </summary>
    internal sealed record Parsed(CitationKind Kind, string Key, string Number, string? Suffix, int? Year, string? TypeCode, string? IssuerCode, int Length, bool NeedsContext = false);

    /// <summary>Issuing bodies of the Party whose documents are numbered number-TYPE/BODY.</summary>
    private static readonly HashSet<string> PartyBodies = new(StringComparer.Ordinal) { "TW", "TƯ", "TU", "HU", "QU", "ĐU", "BCSĐ", "ĐĐ", "VPTW", "BTCTW", "BTGTW", "BDVTW", "UBKTTW", "BCĐ" };

    public static Parsed? Parse(Match m)
    {
        if (m.Groups["pnum"].Success)
        {
            string ptype = SymbolCodes.Canonical(m.Groups["ptype"].Value);
            string piss = SymbolCodes.Canonical(m.Groups["piss"].Value);
            string num = TrimZeros(m.Groups["pnum"].Value);
            // Party documents: the part before "/" is a type code ("NQ", "CTr", "KH", "HD", "KL", "CT", "TB", "QĐ").
            if (InstrumentTypes.IsTypeCode(ptype))
                return new Parsed(CitationKind.Party, $"{num}-{ptype}/{piss}", num, null, null, ptype, piss, m.Length);
            // The same shape of before 1992 for state bodies: "21-LCT/HĐNN8" (a Lệnh of the Hội đồng Nhà nước).
            if (SymbolCodes.IsIssuerCode(piss) && !PartyBodies.Contains(LettersOf(piss)))
                return new Parsed(CitationKind.Administrative, $"{num}-{ptype}/{piss}", num, null, null, ptype, piss, m.Length);
            return null;
        }

        if (m.Groups["hnum"].Success)
        {
            string num = TrimZeros(m.Groups["hnum"].Value);
            string h1 = SymbolCodes.Canonical(m.Groups["h1"].Value);
            if (m.Groups["h2"].Success)
            {
                // A party symbol written with a hyphen for its slash: "08-ĐA-TU" is 08-ĐA/TU.
                string h2 = SymbolCodes.Canonical(m.Groups["h2"].Value);
                if (!InstrumentTypes.IsTypeCode(h1) || !PartyBodies.Contains(h2)) return null;
                return new Parsed(CitationKind.Party, $"{num}-{h1}/{h2}", num, null, null, h1, h2, m.Length);
            }
            // Before 2000: "Nghị định 73-CP", "Quyết định 217-HĐBT" — number, hyphen, a national issuer.
            if (!SymbolCodes.IsIssuerCode(h1) || PartyBodies.Contains(h1) || CitationKeys.IsLocalIssuer(h1)) return null;
            return new Parsed(CitationKind.Administrative, $"{num}-{h1}", num, null, null, null, h1, m.Length, NeedsContext: true);
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
        if (!char.IsLetter(comps[0][0])) return null;
        // Without a year and without a dash the symbol is thin: "Nghị định số 27/CP" and "Công văn 17/HHTL" are
        // instruments, "02 bộ/người" and "2 phút/video" are not. A known code, or an unknown one written in capitals
        // (a body's own code), is kept for the finder to confirm by the words before it.
        bool thin = year is null && comps.Count == 1;
        if (thin && Unglued(m, comps[0], length) is { } unglued) return unglued;
        // "03/2021/TTBKHĐT", "126/2024/NĐCP": a normative number whose type code lost its hyphen to the issuer's.
        if (year is { } gy && comps.Count == 1 && !InstrumentTypes.IsTypeCode(comps[0]) && !SymbolCodes.IsIssuerCode(comps[0]) && comps[0].All(char.IsLetter))
        {
            string n0 = TrimZeros(m.Groups["num"].Value);
            for (int cut = 1; cut <= Math.Min(4, comps[0].Length - 2); cut++)
            {
                string type = SymbolCodes.Canonical(comps[0][..cut]), issuer = SymbolCodes.Canonical(comps[0][cut..]);
                if (type.Length == cut && InstrumentTypes.IsTypeCode(type) && SymbolCodes.IsIssuerCode(issuer) && !CitationKeys.IsLocalIssuer(issuer))
                    return new Parsed(type is "TTLT" ? CitationKind.Joint : CitationKind.Normative, $"{n0}/{gy}/{type}-{issuer}", n0, null, gy, type, issuer, length);
            }
        }
        if (thin)
        {
            string code = comps[0];
            bool known = InstrumentTypes.IsTypeCode(code) || SymbolCodes.IsIssuerCode(code);
            // A body's code may end in a unit number ("3169/TCT06"): capitals, then at most two digits.
            string letters = symRaw.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
            bool capitals = letters.Length is >= 2 and <= 8 && symRaw.Length - letters.Length <= 2 && letters.All(ch => char.IsLetter(ch) && !char.IsLower(ch));
            if (!(code.All(char.IsLetter) ? known || capitals : capitals && !known)) return null;
        }

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
        // "57/NQ/TW" is the party resolution 57-NQ/TW written with a slash for its hyphen; "180/KH/UBND" is 180/KH-UBND.
        if (year is null && comps.Count == 2 && firstIsType && seps[0] == '/' && suffix is null)
        {
            if (PartyBodies.Contains(comps[1]))
                return new Parsed(CitationKind.Party, $"{number}-{comps[0]}/{comps[1]}", number, null, null, comps[0], comps[1], length);
            if (SymbolCodes.IsIssuerCode(comps[1]))
                return new Parsed(CitationKind.Administrative, $"{number}/{comps[0]}-{comps[1]}", number, null, null, comps[0], comps[1], length);
        }
        string? typeCode = firstIsType ? comps[0] : null;
        string? issuerCode = firstIsType ? (comps.Count > 1 ? string.Join("-", comps.Skip(1)) : null) : comps[0];
        if (comps.Any(c => c.StartsWith("UBTVQH", StringComparison.Ordinal))) kind = CitationKind.StandingCommittee;
        else if (year is not null && comps.Count == 1 && comps[0].StartsWith("QH", StringComparison.Ordinal)) { kind = CitationKind.NationalAssembly; issuerCode = comps[0]; }
        else if (typeCode is "TTLT" or "NQLT" or "TTLB" or "TTLN") kind = CitationKind.Joint;
        else if (year is not null) kind = CitationKind.Normative;
        else if (firstIsType) kind = CitationKind.Administrative;
        else if (thin && SymbolCodes.IsIssuerCode(comps[0])) kind = CitationKind.Administrative;
        else kind = CitationKind.OfficialLetter;
        return new Parsed(kind, key, number, suffix, year, typeCode, issuerCode, length, NeedsContext: thin);
    }

    /// <summary>
    /// A thin symbol whose type code is glued to the number or to the issuer: "2609QĐ/UBND" and "19NQ/TW" (the
    /// slash or hyphen before the type lost), "117/QĐUBND" (the hyphen after it lost). The key is the intended
    /// symbol (2609/QĐ-UBND, 19-NQ/TW, 117/QĐ-UBND).
    /// </summary>
    private static Parsed? Unglued(Match m, string code, int length)
    {
        string num = TrimZeros(m.Groups["num"].Value);
        string suf = m.Groups["suf"].Value;
        if (suf.Length == 2 && suf.All(ch => !char.IsLower(ch)) && InstrumentTypes.IsTypeCode(SymbolCodes.Canonical(suf)))
        {
            string type = SymbolCodes.Canonical(suf);
            if (PartyBodies.Contains(LettersOf(code)))
                return new Parsed(CitationKind.Party, $"{num}-{type}/{code}", num, null, null, type, code, length);
            if (SymbolCodes.IsIssuerCode(code))
                return new Parsed(CitationKind.Administrative, $"{num}/{type}-{code}", num, null, null, type, code, length);
            return null;
        }
        if (suf.Length > 0 || !code.All(char.IsLetter)) return null;
        // "6709/UBNDNC": a people's committee and its unit with the hyphen lost (6709/UBND-NC); "3917/BTPBTTP": a
        // ministry and its unit (3917/BTP-BTTP), or a Sở and its unit ("223/STPBTTP" for 223/STP-BTTP). A code that is
        // itself known ("BNNPTNT") is not split.
        foreach (string body in (ReadOnlySpan<string>)["UBND", "HĐND"])
            if (code.Length >= body.Length + 2 && code.Length <= body.Length + 6 && code.StartsWith(body, StringComparison.Ordinal))
                return new Parsed(CitationKind.OfficialLetter, $"{num}/{body}-{code[body.Length..]}", num, null, null, null, $"{body}-{code[body.Length..]}", length, NeedsContext: true);
        if (code.Length >= 6 && code[0] is 'B' or 'S' && !SymbolCodes.IsIssuerCode(code) && !InstrumentTypes.IsTypeCode(code))
            for (int cut = 3; cut <= Math.Min(8, code.Length - 3); cut++)
            {
                string ministry = SymbolCodes.Canonical(code[..cut]);
                if (ministry.Length == cut && SymbolCodes.IsIssuerCode(ministry) && !SymbolCodes.IsIssuerCode(SymbolCodes.Canonical(code[..Math.Min(code.Length, cut + 1)])))
                    return new Parsed(CitationKind.OfficialLetter, $"{num}/{ministry}-{code[cut..]}", num, null, null, null, $"{ministry}-{code[cut..]}", length, NeedsContext: true);
            }
        for (int cut = 1; cut <= Math.Min(4, code.Length - 2); cut++)
        {
            string type = SymbolCodes.Canonical(code[..cut]), issuer = SymbolCodes.Canonical(code[cut..]);
            if (InstrumentTypes.IsTypeCode(type) && type.Length == cut && SymbolCodes.IsIssuerCode(issuer) && (issuer.Contains("UBND") || issuer.Contains("HĐND") || PartyBodies.Contains(issuer)))
                return new Parsed(CitationKind.Administrative, $"{num}/{type}-{issuer}", num, null, null, type, issuer, length, NeedsContext: true);
        }
        return null;
    }

    private static string LettersOf(string code) => code.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');

    // "01/2015/TT-CA" and "1/2015/TT-CA" are the same instrument; NĐ 30/2020 writes numbers below 10 with a
    // leading zero, so that is the canonical form.
    private static string TrimZeros(string n)
    {
        string t = n.TrimStart('0');
        return t.Length switch { 0 => "00", 1 => "0" + t, _ => t };
    }
}
