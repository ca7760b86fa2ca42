using System.Text.RegularExpressions;
using DocCheck.Extraction.Dates;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Extraction.Citations;

/// <summary>
/// Finds laws, codes, ordinances and the Constitution named without a number in one block ("Luật Đầu tư công năm
/// 2019"): names from the list of law names first, otherwise a guarded guess at a capitalised name.
/// </summary>
public static partial class NamedLawFinder
{
    private const int MaxNameWords = 8;
    private const int MaxUnknownNameWords = 6;

    private static readonly HashSet<string> NameStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "ngày", "năm", "số", "của", "được", "đã", "này", "đó", "tại", "theo", "thì", "là", "để", "khi", "hoặc", "như",
        "với", "trong", "qua", "cho", "đến", "về", "có", "hiện", "mới", "cũ", "và", "các", "những", "nhằm", "trên",
        "phải", "trừ", "do", "mà", "nếu", "sẽ", "bị", "không", "chưa", "cũng", "đều", "vẫn", "còn", "quy", "hướng", "thi",
        "ban", "áp", "gồm", "bao", "từ", "sau", "trước", "hoặc", "hay", "thuộc", "đối", "vào", "ra", "nay", "trường",
    };

    private static readonly System.Buffers.SearchValues<char> NotWords = System.Buffers.SearchValues.Create(" \t\n\r\"'“”‘’«»()[]-–—.,:;*_#|");

    /// <param name="Words">Folded (no marks) for the quick comparison.</param>
    /// <param name="Spelled">Each word as its letters with their shape marks (ư, ơ, â, đ …) and its tone, wherever the tone
    /// is placed ("hoá" and "hóa" are one spelling; "gia" and "giá", "được" and "dược" are not).</param>
    /// <param name="Listed">The name as the list writes it.</param>
    private sealed record LawName(string[] Words, string[] Spelled, string Listed);

    /// <summary>A word's letters (lower case, shape marks kept, tones taken off) and then its tone, so that the old and
    /// the new tone placement compare equal.</summary>
    private static string Spelling(string word)
    {
        var sb = new System.Text.StringBuilder(word.Length + 1);
        var tone = Tone.None;
        foreach (char ch in word.Normalize(System.Text.NormalizationForm.FormC))
        {
            if (VietnameseLetters.TryDecompose(ch, out char b, out var t)) { sb.Append(b); if (t != Tone.None) tone = t; }
            else sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.Append((char)('0' + (int)tone)).ToString();
    }

    /// <summary>The names of the codes (Bộ luật), folded; every other law is a Luật.</summary>
    private static readonly HashSet<string> Codes = new(new[] { "Dân sự", "Hình sự", "Tố tụng dân sự", "Tố tụng hình sự", "Lao động", "Hàng hải Việt Nam" }
        .Select(n => string.Join(' ', n.Split(' ').Select(FoldWord))), StringComparer.Ordinal);

    private static readonly LawName[] LawNames = VietnameseLexiconLaws();

    private static LawName[] VietnameseLexiconLaws() =>
        Lexicon.VietnameseLexicon.ReadLines("law-names.txt")
            .Select(n => (Listed: n, Words: n.Replace(",", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Select(x => new LawName(x.Words.Select(FoldWord).ToArray(), x.Words.Select(Spelling).ToArray(), x.Listed))
            .OrderByDescending(n => n.Words.Length).ToArray();

    private static string FoldWord(string w) => VietnameseLetters.Fold(w).ToLowerInvariant();

    /// <summary>The list's names as written (for suggestions), and spelled for comparison: lower case, no commas,
    /// abbreviations spelled out.</summary>
    // Lazy: the abbreviation patterns it uses are initialised further down.
    private static readonly Lazy<(string Name, string Compared)[]> KnownNames =
        new(() => Lexicon.VietnameseLexicon.ReadLines("law-names.txt").Select(n => (n, Compared(n))).ToArray());

    private static string Compared(string name)
    {
        string n = name.ToLowerInvariant().Replace(",", " ").Normalize(System.Text.NormalizationForm.FormC);
        foreach (var (a, f) in NameAbbreviationPatterns) n = a.Replace(n, f);
        return CitationPatterns.Spaces().Replace(n, " ").Trim();
    }

    /// <summary>
    /// Whether <paramref name="name"/> (after "Luật", "Bộ luật", "Pháp lệnh") is on the list of laws, and if not, the
    /// one listed name closest to it in letters when that is near (at most 2 edits, 3 for names of 25 letters or more)
    /// and nearer than any other: "Công nghiệp thông tin" → "Công nghệ thông tin".
    /// </summary>
    public static (bool Known, string? Closest) Lookup(string name)
    {
        string c = Compared(name);
        if (c.Length == 0) return (true, null);
        // The old and the new tone placement ("Hoá chất", "Hóa chất") are one spelling.
        string spelled = string.Join(' ', c.Split(' ').Select(Spelling));
        foreach (var (_, compared) in KnownNames.Value)
            if (compared.Length == c.Length && string.Join(' ', compared.Split(' ').Select(Spelling)) == spelled) return (true, null);
        int best = int.MaxValue, second = int.MaxValue;
        string? bestName = null;
        int limit = c.Length >= 25 ? 3 : 2;
        foreach (var (known, compared) in KnownNames.Value)
        {
            if (compared == c) return (true, null);
            if (Math.Abs(compared.Length - c.Length) > limit) continue;
            int d = Distance(c, compared, limit + 1);
            if (d < best) { second = best; best = d; bestName = known; }
            else if (d < second) second = d;
        }
        return best <= limit && best < second ? (false, bestName) : (false, null);
    }

    /// <summary>Levenshtein distance, stopping at <paramref name="cap"/>.</summary>
    private static int Distance(string a, string b, int cap)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin >= cap) return cap;
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    /// <summary>The words of the longest known law name at <paramref name="p"/> ("Đầu tư công", not "Đầu tư"), or none.</summary>
    private static List<(int Start, int End)> KnownLawName(string s, int p) => KnownLawName(s, p, out _);

    /// <summary>As <see cref="KnownLawName(string, int)"/>, with the name as the list spells it.</summary>
    private static List<(int Start, int End)> KnownLawName(string s, int p, out string? listed)
    {
        listed = null;
        var spans = new List<(int Start, int End)>();
        int q = p;
        while (q < s.Length && spans.Count < 16)
        {
            int we = q;
            while (we < s.Length && char.IsLetterOrDigit(s[we])) we++;
            if (we == q) break;
            spans.Add((q, we));
            q = we;
            if (q < s.Length && s[q] == ' ') q++;
            else if (q + 1 < s.Length && s[q] == ',' && s[q + 1] == ' ') q += 2;
            else break;
        }
        // Abbreviations inside names ("Luật ban hành văn bản QPPL") are compared spelled out.
        var folded = new List<string>();
        var spelled = new List<string?>(); // null for a word spelled out from an abbreviation
        var owner = new List<int>();
        for (int k = 0; k < spans.Count; k++)
        {
            string word = s[spans[k].Start..spans[k].End];
            string f = FoldWord(word);
            if (Abbreviations.TryGetValue(f, out var full))
                foreach (string part in full) { folded.Add(part); spelled.Add(null); owner.Add(k); }
            else { folded.Add(f); spelled.Add(Spelling(word)); owner.Add(k); }
        }
        foreach (var name in LawNames)
        {
            if (name.Words.Length > folded.Count) continue;
            bool ok = true;
            // Letters compared without marks, so that a misspelt name ("Luật Chúng khoản") still names its law (DC2012
            // reports the spelling); but a first word in lower case must be spelled right, marks and tone: "Hội Luật
            // gia" is no Luật Giá, "thi hành Luật được thực hiện" no Luật Dược.
            for (int k = 0; k < name.Words.Length && ok; k++) ok = folded[k] == name.Words[k];
            if (ok && spelled[0] is { } first && first != name.Spelled[0] && char.IsLower(s[spans[0].Start])) ok = false;
            if (!ok) continue;
            int n = name.Words.Length;
            // A match must end on a whole word of the text.
            if (n < folded.Count && owner[n] == owner[n - 1]) continue;
            // "Luật Sở hữu trí tuệ sửa đổi" is the amending law: a different instrument, named so.
            if (n + 1 < folded.Count && folded[n] == "sua" && folded[n + 1] == "doi") n += 2;
            else listed = name.Listed;
            return spans.Take(owner[n - 1] + 1).ToList();
        }
        return [];
    }

    private static readonly HashSet<string> LawKeywordsAfterAnd = new(StringComparer.Ordinal)
    {
        "Luật", "Bộ", "Nghị", "Quyết", "Thông", "Chỉ", "Pháp", "Hiến", "Kế", "Chương",
    };

    /// <summary>Adds the named laws of block text <paramref name="s"/> (starting at <paramref name="offset"/>) to <paramref name="into"/>, skipping those inside a citation already found.</summary>
    public static void Find(string s, int offset, List<Citation> into)
    {
        // "Luật", "Bộ luật" have 'ậ', "Pháp lệnh", "Hiến pháp" "háp" (the pattern is case-sensitive): an 'á' alone
        // ("các", "quá") let nearly every paragraph through.
        var span = s.AsSpan();
        if (span.IndexOfAny('ậ', 'Ậ') < 0 && !span.Contains("háp", StringComparison.Ordinal) && !span.Contains("HÁP", StringComparison.Ordinal)) return;
        // "Luật sửa đổi, bổ sung một số điều của Luật X và Luật Y" is an instrument of its own, named for the laws it
        // amends; they are mentioned inside its name, with no date of their own (the date after the name is its).
        Amending? amending = null;
        foreach (Match m in LawKeyword().Each(s))
        {
            int kwStart = m.Index;
            if (amending is { } pending && kwStart != pending.NextInner)
            {
                Finish(s, offset, pending, into);
                amending = null;
            }
            bool inner = amending is not null;
            if (kwStart >= 6 && s.AsSpan(kwStart - 5, 5).Equals("pháp ", StringComparison.OrdinalIgnoreCase)) continue;
            if (Overlaps(into, offset + kwStart)) continue;
            string kw = CitationPatterns.Spaces().Replace(m.Groups["kw"].Value, " ");
            int p = m.Index + m.Length;
            if (!inner && kw != "luật" && AmendingPrefix().Match(s, p) is { Success: true } am)
            {
                bool title = char.IsUpper(kw[^1]) && !s.AsSpan(0, kwStart).ContainsAnyExcept(NotWords);
                if (!title)
                {
                    string akw = char.IsUpper(kw[^1]) ? char.ToUpperInvariant(kw[0]) + kw[1..].ToLowerInvariant() : kw;
                    amending = new Amending(kwStart, m.Groups["kw"].Length, akw, kw, p, p + am.Length, -1);
                }
                continue;
            }
            var words = KnownLawName(s, p, out string? listedName);
            bool known = words.Count > 0;
            bool lowerKw = kw == "luật";
            if (lowerKw && (!known || words.Count < 2 || inner)) continue;
            // In capitals ("… TRIỂN KHAI THI HÀNH LUẬT PHÒNG THỦ DÂN SỰ") only a known name counts, and not at the
            // start of its block: that is a law's own title ("LUẬT ĐẤT ĐAI").
            bool capitals = char.IsUpper(kw[^1]);
            if (capitals && (!known || !s.AsSpan(0, kwStart).ContainsAnyExcept(NotWords))) continue;
            string written = kw;
            if (lowerKw) kw = "Luật";
            if (capitals) kw = char.ToUpperInvariant(kw[0]) + kw[1..].ToLowerInvariant();
            while (!known && p < s.Length && words.Count < MaxNameWords)
            {
                int ws = p;
                int we = ws;
                while (we < s.Length && (char.IsLetterOrDigit(s[we]))) we++;
                if (we == ws) break;
                string w = s[ws..we];
                bool first = words.Count == 0;
                if (first && (NameStops.Contains(w) || w == "sửa" || char.IsDigit(w[0]))) break;
                if (!first)
                {
                    if (w == "và")
                    {
                        // "Luật Khoa học và Công nghệ" continues; "… và Luật …" starts another instrument.
                        int ns = we + 1;
                        int ne = ns;
                        while (ne < s.Length && char.IsLetter(s[ne])) ne++;
                        if (ns >= s.Length || we >= s.Length || s[we] != ' ' || ne == ns || !char.IsUpper(s[ns]) || LawKeywordsAfterAnd.Contains(s[ns..ne])) break;
                        if (s.AsSpan(ns).StartsWith("Công văn", StringComparison.Ordinal) || s.AsSpan(ns).StartsWith("Công điện", StringComparison.Ordinal)) break;
                    }
                    else if (NameStops.Contains(w) || char.IsDigit(w[0]) || w is "Điều" or "khoản" or "điểm" or "Chương") break;
                }
                words.Add((ws, we));
                p = we;
                // Words continue after one space, or after ", " when a lower-case word follows ("Phòng, chống tham nhũng").
                if (p < s.Length && s[p] == ' ') p++;
                else if (p + 1 < s.Length && s[p] == ',' && s[p + 1] == ' ' && p + 2 < s.Length && char.IsLower(s[p + 2])) p += 2;
                else break;
            }
            // Trailing connective words are not part of a name.
            while (words.Count > 0 && s[words[^1].Start..words[^1].End] is "và") words.RemoveAt(words.Count - 1);
            // The Constitution needs no name ("Hiến pháp năm 2013"); other keywords do.
            bool constitution = kw == "Hiến pháp";
            if (words.Count == 0 && !constitution) continue;
            // A name DocCheck does not know must look like one: capitalised ("Luật Trí tuệ nhân tạo") and short.
            // "Luật sư" (a lawyer) and "luật chuyên ngành" are not laws.
            // "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam": the Constitution named by the state's name. Other
            // lower-case words after it ("dự thảo Hiến pháp soạn thảo") are a sentence, not a citation.
            if (constitution && words.Count > 0 && s[words[0].Start..words[0].End] == "nước") words.Clear();
            if (!known && words.Count > 0 && (char.IsLower(s[words[0].Start]) || words.Count > MaxUnknownNameWords)) continue;
            if (constitution && words.Count > 0 && char.IsLower(s[words[0].Start])) words.Clear();
            int nameStart = words.Count > 0 ? words[0].Start : kwStart, nameEnd = words.Count > 0 ? words[^1].End : kwStart + m.Groups["kw"].Length;
            string name = words.Count > 0 ? s[nameStart..nameEnd] : "";
            // The six codes are "Bộ luật"; "Luật Tố tụng hình sự năm 2015" means the code, and is keyed as it.
            string keyKw = kw == "Luật" && Codes.Contains(FoldWord(name)) ? "Bộ luật" : kw;
            // A known law is keyed by its name as the list spells it, however it is written here ("Luật Chúng khoản",
            // "Luật Hoá chất"): the key is the instrument, DC2012 reports the spelling.
            string keyName = listedName is not null && FoldWord(listedName.Replace(",", "")) == FoldWord(CitationPatterns.Spaces().Replace(name.Replace(",", ""), " ")) ? listedName : name;
            // "Luật số 57/2020/QH14 Luật Thanh niên …": the name is the numbered law's title, not another law.
            int owner = into.FindIndex(c => c.SummarySpan is { } ss && ss.Start == offset + kwStart && c.Type is InstrumentType.Law or InstrumentType.Code or InstrumentType.Ordinance);
            if (owner >= 0)
            {
                into[owner] = into[owner] with { Name = kw + (name.Length > 0 ? " " + name : "") };
                continue;
            }
            if (amending is { } group)
            {
                // A law inside an amending law's name: mentioned, dateless; the list may go on (", Luật …", "và Luật …").
                into.Add(new Citation
                {
                    Kind = CitationKind.NamedLaw, Type = InstrumentTypes.FromWord(keyKw), TypeWord = written,
                    TypeWordSpan = new TextSpan(offset + kwStart, m.Groups["kw"].Length),
                    Span = TextSpan.FromBounds(offset + kwStart, offset + nameEnd),
                    SymbolSpan = TextSpan.FromBounds(offset + kwStart, offset + nameEnd),
                    Key = Key(keyKw, keyName), Name = name.Length > 0 ? kw + " " + name : kw,
                });
                if (ListGoesOn().Match(s, nameEnd) is { Success: true } more)
                    amending = group with { NextInner = nameEnd + more.Length, NameEnd = nameEnd };
                else
                {
                    Finish(s, offset, group with { NameEnd = nameEnd }, into);
                    amending = null;
                }
                continue;
            }
            // "Luật Tổ chức chính quyền địa phương số 72/2025/QH15": the name comes before the law's number, one mention.
            int numbered = into.FindIndex(c => c.Kind is CitationKind.NationalAssembly && c.SymbolSpan.Start >= offset + nameEnd
                && c.SymbolSpan.Start - (offset + nameEnd) <= 12 && NumberWordBetween().IsMatch(s.AsSpan(nameEnd, c.SymbolSpan.Start - offset - nameEnd)));
            if (numbered >= 0)
            {
                var c = into[numbered];
                into[numbered] = c with
                {
                    Name = kw + (name.Length > 0 ? " " + name : ""), Type = InstrumentTypes.FromWord(keyKw), TypeWord = written,
                    TypeWordSpan = new TextSpan(offset + kwStart, m.Groups["kw"].Length),
                    Span = TextSpan.FromBounds(Math.Min(c.Span.Start, offset + kwStart), c.Span.End),
                };
                continue;
            }
            var pin = CitationPatterns.PinpointBefore().Match(s[Math.Max(0, kwStart - CitationPatterns.BeforeWindow)..kwStart]);
            int citeStart = pin.Success ? Math.Max(0, kwStart - CitationPatterns.BeforeWindow) + pin.Groups["pin"].Index : kwStart;
            string? pinpoint = pin.Success ? pin.Groups["pin"].Value.Trim() : null;

            var (date, dateSpan, year, end) = DateAfter(s, offset, nameEnd);
            var type = InstrumentTypes.FromWord(keyKw);
            into.Add(new Citation
            {
                Kind = CitationKind.NamedLaw,
                Type = type,
                TypeWord = written,
                TypeWordSpan = new TextSpan(offset + kwStart, m.Groups["kw"].Length),
                Span = TextSpan.FromBounds(offset + citeStart, offset + end),
                SymbolSpan = TextSpan.FromBounds(offset + kwStart, offset + nameEnd),
                Key = Key(keyKw, keyName),
                Year = year,
                Date = date,
                DateSpan = dateSpan,
                Name = name.Length > 0 ? kw + " " + name : kw,
                Pinpoint = pinpoint,
            });
        }
        if (amending is { } last) Finish(s, offset, last, into);
    }

    /// <summary>An amending law being read: its keyword, where its name starts, where the next amended law must start, where the last one read ends.</summary>
    private sealed record Amending(int KwStart, int KwLength, string Kw, string Written, int NameStart, int NextInner, int NameEnd);

    /// <summary>Adds the amending law once the laws it names are read (none read: nothing to add).</summary>
    private static void Finish(string s, int offset, Amending a, List<Citation> into)
    {
        if (a.NameEnd < 0) return;
        string name = CitationPatterns.Spaces().Replace(s[a.NameStart..a.NameEnd], " ");
        string full = a.Kw + " " + name;
        // "Luật sửa đổi, bổ sung một số điều của Luật X số 87/2025/QH15": the number is the amending law's.
        int numbered = into.FindIndex(c => c.Kind is CitationKind.NationalAssembly && c.SymbolSpan.Start >= offset + a.NameEnd
            && c.SymbolSpan.Start - (offset + a.NameEnd) <= 12 && NumberWordBetween().IsMatch(s.AsSpan(a.NameEnd, c.SymbolSpan.Start - offset - a.NameEnd)));
        if (numbered >= 0)
        {
            var c = into[numbered];
            into[numbered] = c with
            {
                Name = full, Type = InstrumentTypes.FromWord(a.Kw), TypeWord = a.Written,
                TypeWordSpan = new TextSpan(offset + a.KwStart, a.KwLength),
                Span = TextSpan.FromBounds(Math.Min(c.Span.Start, offset + a.KwStart), c.Span.End),
            };
            return;
        }
        var (date, dateSpan, year, end) = DateAfter(s, offset, a.NameEnd);
        into.Add(new Citation
        {
            Kind = CitationKind.NamedLaw, Type = InstrumentTypes.FromWord(a.Kw), TypeWord = a.Written,
            TypeWordSpan = new TextSpan(offset + a.KwStart, a.KwLength),
            Span = TextSpan.FromBounds(offset + a.KwStart, offset + end),
            SymbolSpan = TextSpan.FromBounds(offset + a.KwStart, offset + a.NameEnd),
            Key = Key(a.Kw, name), Year = year, Date = date, DateSpan = dateSpan, Name = full,
        });
    }

    /// <summary>The date ("ngày 19/02/2025") or year ("năm 2025") written right after a law's name ending at <paramref name="nameEnd"/>.</summary>
    private static (PartialDate? Date, TextSpan? DateSpan, int? Year, int End) DateAfter(string s, int offset, int nameEnd)
    {
        string after = s[nameEnd..Math.Min(s.Length, nameEnd + 80)];
        var dm = DatePatterns.DayDate().Match(after);
        if (dm.Success && dm.Index <= 12 && CitationPatterns.DateConnector().IsMatch(after[..dm.Index]))
        {
            var date = DatePatterns.Parse(dm);
            return (date, new TextSpan(offset + nameEnd + dm.Index, dm.Length), date.Year, nameEnd + dm.Index + dm.Length);
        }
        if (CitationPatterns.YearAfter().Match(after) is { Success: true } ym)
            return (null, null, int.Parse(ym.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), nameEnd + ym.Index + ym.Length);
        return (null, null, null, nameEnd);
    }

    [GeneratedRegex(@"\G(?:sửa\s+đổi,?\s+bổ\s+sung|sửa\s+đổi|bổ\s+sung)(?:\s+một\s+số\s+điều)?(?:\s+của)?(?:\s+các)?\s+(?=(?:Bộ\s+luật|Luật|Pháp\s+lệnh|BỘ\s+LUẬT|LUẬT|PHÁP\s+LỆNH)\s)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex AmendingPrefix();

    [GeneratedRegex(@"\G(?:,\s*|\s+và\s+)(?=(?:Bộ\s+luật|Luật|Pháp\s+lệnh|BỘ\s+LUẬT|LUẬT|PHÁP\s+LỆNH)\s)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ListGoesOn();

    [GeneratedRegex(@"^\s*,?\s*số\s*:?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex NumberWordBetween();

    // Find calls this only where 'ậ' or 'á' is present: a new keyword without either needs that gate changed.
    // "luật" in lower case only after "của", "theo", "thi hành" ("… thi hành một số điều của luật đầu tư"), and only
    // before a known name of two words or more (see Find): "của luật sư", "theo luật định" are not laws.
    [GeneratedRegex(@"\b(?<kw>Bộ\s+luật|Luật|Pháp\s+lệnh|Hiến\s+pháp|BỘ\s+LUẬT|LUẬT|PHÁP\s+LỆNH|HIẾN\s+PHÁP|(?<=\b(?:của|theo|hành)\s)luật)\s+", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex LawKeywordRegex { get; }

    private static Regex LawKeyword() => LawKeywordRegex;

    private static readonly (string Abbrev, string Full)[] NameAbbreviations =
    [
        ("qppl", "quy phạm pháp luật"), ("tthc", "thủ tục hành chính"), ("hđnd", "hội đồng nhân dân"), ("ubnd", "ủy ban nhân dân"),
        ("htx", "hợp tác xã"), ("nsnn", "ngân sách nhà nước"), ("tndn", "thu nhập doanh nghiệp"), ("tncn", "thu nhập cá nhân"),
        ("gtgt", "giá trị gia tăng"), ("bhxh", "bảo hiểm xã hội"), ("bhyt", "bảo hiểm y tế"), ("xlvphc", "xử lý vi phạm hành chính"),
    ];

    private static readonly (Regex Abbrev, string Full)[] NameAbbreviationPatterns =
        NameAbbreviations.Select(a => (new Regex($@"\b{a.Abbrev}\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), a.Full)).ToArray();

    private static readonly Dictionary<string, string[]> Abbreviations = NameAbbreviations.ToDictionary(
        a => VietnameseLetters.Fold(a.Abbrev), a => VietnameseLetters.Fold(a.Full).Split(' '), StringComparer.Ordinal);

    /// <summary>Key of a named law: the keyword and the name in lower case, abbreviations spelled out.</summary>
    public static string Key(string keyword, string name)
    {
        if (name.Length == 0) return keyword;
        string n = name.ToLowerInvariant().Replace(",", "");
        foreach (var (a, f) in NameAbbreviationPatterns) n = a.Replace(n, f);
        n = CitationPatterns.Spaces().Replace(n, " ").Trim();
        return keyword + " " + (n.Length > 0 ? char.ToUpperInvariant(n[0]) + n[1..] : n);
    }

    private static bool Overlaps(List<Citation> cs, int at)
    {
        foreach (var c in cs)
        {
            if (!c.Span.Contains(at)) continue;
            if (c.SummarySpan is { } ss && ss.Contains(at)) continue; // a law named in a title is a mention of its own
            return true;
        }
        return false;
    }
}
