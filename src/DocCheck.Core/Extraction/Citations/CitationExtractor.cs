using System.Text.RegularExpressions;
using DocCheck.Extraction.Dates;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Extraction.Citations;

/// <summary>
/// Finds every reference to another instrument in a normalized document: numbered instruments in all their
/// variants, named laws and standards; then parses each one's date, issuing body and title, works out the
/// relation from the verb before it, and resolves short forms (<see cref="CitationResolver"/>).
/// Stateless and thread-safe; linear in the length of the text.
/// </summary>
public sealed partial class CitationExtractor
{
    // Fixed patterns compiled once by the source generator (as Regex.Replace(text, pattern) calls they went through
    // the small static regex cache, which the extractors' many patterns kept evicting).
    [GeneratedRegex(@"^\s*,?\s*của\s+\p{Lu}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OfIssuer();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*:\s*", RegexOptions.None, 1000)]
    private static partial Regex SpacedColon();

    private const int BeforeWindow = 70;
    private const int AfterWindow = 600;
    private const int MaxSummary = 300;
    private const int LateWindow = 1500;

    /// <summary>Extracts the citations of <paramref name="doc"/>; <paramref name="ownKey"/> is the document's own number, if known.</summary>
    public IReadOnlyList<Citation> Extract(NormalizedText doc, string? ownKey = null)
    {
        var all = new List<Citation>();
        foreach (var block in doc.Blocks)
        {
            if (block.Span.Length == 0) continue;
            string s = doc.Slice(block.Span);
            var inBlock = new List<Citation>();
            ExtractNumbered(s, block.Span.Start, inBlock);
            ExtractNamedLaws(s, block.Span.Start, inBlock);
            ExtractStandards(s, block.Span.Start, inBlock);
            ExtractSelfReferences(s, block.Span.Start, inBlock, ownKey);
            inBlock.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            AssignRelations(s, block.Span.Start, inBlock);
            all.AddRange(inBlock);
        }
        return CitationResolver.Resolve(doc, all, ownKey);
    }

    // ---- numbered instruments --------------------------------------------------------------------

    private static void ExtractNumbered(string s, int offset, List<Citation> into)
    {
        // Every number/symbol has a '/': most paragraphs have none and are left before the pattern is called.
        if (!s.Contains('/')) return;
        var symbols = new List<(Match M, SymbolParser.Parsed P)>();
        foreach (Match m in CitationPatterns.Symbol().Matches(s))
        {
            if (m.Index > 0 && s[m.Index - 1] is '/' or '-' or '.' or ',' && m.Index > 1 && char.IsDigit(s[m.Index - 2])) continue;
            if (m.Index > 0 && (char.IsDigit(s[m.Index - 1]) || s[m.Index - 1] is '/')) continue;
            var p = SymbolParser.Parse(m);
            if (p is null) continue;
            symbols.Add((m, p));
        }

        int prevEnd = 0;
        (string TypeWord, string? Issuer)? listHead = null;
        for (int i = 0; i < symbols.Count; i++)
        {
            var (m, p) = symbols[i];
            int symStart = m.Index, symEnd = m.Index + p.Length;
            int nextStart = i + 1 < symbols.Count ? symbols[i + 1].M.Index : s.Length;

            // Type word and pinpoint before the number.
            int winStart = Math.Max(prevEnd, symStart - BeforeWindow);
            string before = s[winStart..symStart];
            string? typeWord = null;
            int start = symStart;
            var tw = CitationPatterns.TypeWordBefore().Match(before);
            if (tw.Success)
            {
                typeWord = tw.Groups["tw"].Value;
                start = winStart + tw.Groups["tw"].Index;
                var pin = CitationPatterns.PinpointBefore().Match(s[Math.Max(prevEnd, start - BeforeWindow)..start]);
                if (pin.Success) start = Math.Max(prevEnd, start - BeforeWindow) + pin.Groups["pin"].Index;
            }
            string? pinpoint = start < (tw.Success ? winStart + tw.Groups["tw"].Index : symStart) ? s[start..(winStart + tw.Groups["tw"].Index)].Trim() : null;
            // "các Nghị quyết của Chính phủ: số 35/NQ-CP …; số 19/2017/NQ-CP …": the head names type and issuer for the list.
            var head = CitationPatterns.ListHead().Match(before);
            if (head.Success) listHead = (head.Groups["tw"].Value, head.Groups["iss"].Success ? head.Groups["iss"].Value.Trim() : null);
            else if (tw.Success || (i > 0 && !ListContinues(s[prevEnd..symStart]))) listHead = null;
            bool fromList = !tw.Success && listHead is not null;
            if (fromList) typeWord = listHead!.Value.TypeWord;
            if (pinpoint is not null && pinpoint.EndsWith(" của", StringComparison.Ordinal)) pinpoint = pinpoint[..^4];

            // Date, issuer and title after it. The date and issuer never reach past the next number; the title may
            // (it can name other instruments) but stops before a listed one ("… và Quyết định số …").
            int afterEnd = Math.Min(s.Length, symEnd + AfterWindow);
            string after = s[symEnd..afterEnd];
            var eff = CitationPatterns.EffectiveClause().Match(after);
            int stop = eff.Success ? eff.Index : after.Length;
            int nearStop = Math.Min(stop, nextStart - symEnd);

            PartialDate? date = null;
            TextSpan? dateSpan = null;
            string? issuer = null;
            TextSpan? issuerSpan = null;
            string? summary = null;
            TextSpan? summarySpan = null;
            int pos = 0;
            int end = symEnd;

            var dm = DatePatterns.DayDate().Match(after, 0, nearStop);
            if (dm.Success && dm.Index <= 30 && CitationPatterns.DateConnector().IsMatch(after[..dm.Index]))
            {
                date = DatePatterns.Parse(dm);
                dateSpan = new TextSpan(offset + symEnd + dm.Index, dm.Length);
                pos = dm.Index + dm.Length;
            }
            var im = CitationPatterns.IssuerAfter().Match(after[pos..nearStop]);
            if (im.Success)
            {
                var g = im.Groups["iss"];
                issuer = g.Value.Trim();
                issuerSpan = new TextSpan(offset + symEnd + pos + g.Index, issuer.Length);
                pos += g.Index + g.Length;
            }
            var sm = CitationPatterns.SummaryStart().Match(after[pos..stop]);
            if (sm.Success)
            {
                int sumStart = pos + sm.Length;
                var se = CitationPatterns.SummaryEnd().Match(after, sumStart, stop - sumStart);
                int sumLen = (se.Success ? se.Index : stop) - sumStart;
                sumLen = CutBeforeListedInstrument(after, sumStart, sumLen);
                if (sumLen > MaxSummary)
                {
                    int cut = after.LastIndexOf(' ', sumStart + MaxSummary, MaxSummary);
                    sumLen = cut > sumStart ? cut - sumStart : MaxSummary;
                }
                summary = after.Substring(sumStart, sumLen).TrimEnd(' ', ',');
                if (summary.Length > 0)
                {
                    summarySpan = new TextSpan(offset + symEnd + sumStart, summary.Length);
                    pos = sumStart + summary.Length;
                }
                else summary = null;
            }
            // Only when the title follows the number directly (no "của …" first) can a later date be the issue date.
            string lead = after.TrimStart(' ', '.', ',', ':');
            bool titleFirst = issuer is null && lead.Length > 0 && (char.IsUpper(lead[0]) || sm.Success);
            if (date is null && titleFirst)
            {
                // Pháp điển style: "Nghị định số 12/2011/NĐ-CP Về tổ chức … ngày 30/01/2011 của Chính phủ". The title
                // may cite other instruments with their own dates; the issue date is the last "ngày … của …" of the
                // sentence that is not the date written right after one of those.
                // Titles may hold ";" ("Quy định việc …; công tác …"), so only the effective-date clause or the
                // end of the paragraph ends the note.
                string far = s[symEnd..Math.Min(s.Length, symEnd + LateWindow)];
                var farEff = CitationPatterns.EffectiveClause().Match(far);
                int lateStop = farEff.Success ? farEff.Index : far.Length;
                Match? chosen = null;
                foreach (Match late in DatePatterns.DayDate().Matches(far[..lateStop]))
                {
                    string tail = far[(late.Index + late.Length)..lateStop];
                    if (!OfIssuer().IsMatch(tail)) continue;
                    var candidate = DatePatterns.Parse(late);
                    if (FollowsInnerSymbol(symbols, i, symEnd, symEnd + late.Index, s, candidate.Year)) continue;
                    chosen = late;
                }
                if (chosen is { } late2)
                {
                    var late = late2;
                    date = DatePatterns.Parse(late);
                    dateSpan = new TextSpan(offset + symEnd + late.Index, late.Length);
                    if (summary is null)
                    {
                        string title = far[..late.Index].Trim(' ', ',', '.');
                        if (title.Length > 0 && char.IsLetter(title[0]))
                        {
                            summary = title;
                            summarySpan = new TextSpan(offset + symEnd + far.IndexOf(title, StringComparison.Ordinal), title.Length);
                        }
                    }
                    int afterDate = late.Index + late.Length;
                    var im2 = CitationPatterns.IssuerAfter().Match(far[afterDate..lateStop]);
                    if (im2.Success)
                    {
                        var g = im2.Groups["iss"];
                        issuer = g.Value.Trim();
                        issuerSpan = new TextSpan(offset + symEnd + afterDate + g.Index, issuer.Length);
                    }
                }
            }
            if (issuer is null && fromList && listHead!.Value.Issuer is { } listIssuer) issuer = listIssuer;
            foreach (var sp in new[] { dateSpan, issuerSpan, summarySpan })
                if (sp is { } x) end = Math.Max(end, x.End - offset);

            var type = typeWord is not null ? InstrumentTypes.FromWord(typeWord) : InstrumentType.Unknown;
            var codeType = InstrumentTypes.FromCode(p.TypeCode);
            // "TT số 14/2014/TTLT-BTC-BTP": the code says more than the abbreviated type word.
            if (type == InstrumentType.Unknown || codeType is InstrumentType.JointCircular or InstrumentType.JointResolution) type = codeType == InstrumentType.Unknown ? type : codeType;
            if (type == InstrumentType.Unknown)
                type = p.Kind switch
                {
                    CitationKind.NationalAssembly => InstrumentType.Law,
                    CitationKind.OfficialLetter => InstrumentType.OfficialLetter,
                    _ => InstrumentType.Unknown,
                };

            into.Add(new Citation
            {
                Kind = p.Kind,
                Type = type,
                TypeWord = typeWord,
                Span = TextSpan.FromBounds(offset + start, offset + end),
                SymbolSpan = new TextSpan(offset + symStart, p.Length),
                Key = p.Key,
                Number = p.Number,
                Suffix = p.Suffix,
                Year = p.Year,
                TypeCode = p.TypeCode,
                IssuerCode = p.IssuerCode,
                Date = date,
                DateSpan = dateSpan,
                Issuer = issuer,
                IssuerSpan = issuerSpan,
                Summary = summary,
                SummarySpan = summarySpan,
                Pinpoint = string.IsNullOrWhiteSpace(pinpoint) ? null : pinpoint,
                Relation = CitationPatterns.ExpiredAfter().IsMatch(s.AsSpan(end, Math.Min(s.Length, Math.Max(end, nextStart)) - end).ToString()) ? CitationRelation.Expired : CitationRelation.References,
            });
            prevEnd = Math.Max(symEnd, Math.Min(end, nextStart));
        }
    }

    [GeneratedRegex(@"[;,]\s*(?:và\s+)?(?:số\s*)?$|^\s*(?:và|,)\s*(?:số\s*)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ListSeparator { get; }

    /// <summary>True when the text since the previous item ends in a list separator ("…; số ").</summary>
    private static bool ListContinues(string gap) => ListSeparator.IsMatch(gap);

    /// <summary>True when the text between an inner symbol (after symbol <paramref name="self"/>) and a date is only a connector.</summary>
    private static bool FollowsInnerSymbol(List<(Match M, SymbolParser.Parsed P)> symbols, int self, int from, int dateAt, string s, int? dateYear)
    {
        for (int j = self + 1; j < symbols.Count; j++)
        {
            int innerEnd = symbols[j].M.Index + symbols[j].P.Length;
            if (symbols[j].M.Index < from) continue;
            if (innerEnd > dateAt) break;
            // A normative number carries its year: a date of another year is not that instrument's.
            if (symbols[j].P.Year is { } y && dateYear is { } dy && y != dy) continue;
            if (CitationPatterns.DateConnector().IsMatch(s[innerEnd..dateAt])) return true;
        }
        return false;
    }

    /// <summary>A title ends before a listed instrument: "… điện tử và Quyết định số 225/QĐ-TTg …".</summary>
    private static int CutBeforeListedInstrument(string after, int start, int length)
    {
        var m = ListedInstrument().Match(after, start, length);
        return m.Success ? m.Index - start : length;
    }

    private static Regex ListedInstrument() => ListedInstrumentRegex;

    [GeneratedRegex(
        @"(?:,|\s+và|;)\s+(?:các\s+)?(?:Luật|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Thông\s+tư|Kế\s+hoạch|Chương\s+trình|Công\s+văn|Hướng\s+dẫn|Kết\s+luận)\s+(?:số\s+)?\d",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ListedInstrumentRegex { get; }

    // ---- named laws --------------------------------------------------------------------------------

    private const int MaxNameWords = 8;
    private const int MaxUnknownNameWords = 6;

    private static readonly HashSet<string> NameStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "ngày", "năm", "số", "của", "được", "đã", "này", "đó", "tại", "theo", "thì", "là", "để", "khi", "hoặc", "như",
        "với", "trong", "qua", "cho", "đến", "về", "có", "hiện", "mới", "cũ", "và", "các", "những", "nhằm", "trên",
        "phải", "trừ", "do", "mà", "nếu", "sẽ", "bị", "không", "chưa", "cũng", "đều", "vẫn", "còn", "quy", "hướng", "thi",
        "ban", "áp", "gồm", "bao", "từ", "sau", "trước", "hoặc", "hay", "thuộc", "đối", "vào", "ra", "nay", "trường",
    };

    private sealed record LawName(string[] Words);

    private static readonly LawName[] LawNames = VietnameseLexiconLaws();

    private static LawName[] VietnameseLexiconLaws() =>
        Lexicon.VietnameseLexicon.ReadLines("law-names.txt")
            .Select(n => new LawName(n.Replace(",", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(FoldWord).ToArray()))
            .OrderByDescending(n => n.Words.Length).ToArray();

    private static string FoldWord(string w) => VietnameseLetters.Fold(w).ToLowerInvariant();

    /// <summary>The words of the longest known law name at <paramref name="p"/> ("Đầu tư công", not "Đầu tư"), or none.</summary>
    private static List<(int Start, int End)> KnownLawName(string s, int p)
    {
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
        var owner = new List<int>();
        for (int k = 0; k < spans.Count; k++)
        {
            string f = FoldWord(s[spans[k].Start..spans[k].End]);
            string[] parts = Abbreviations.TryGetValue(f, out var full) ? full : [f];
            foreach (string part in parts) { folded.Add(part); owner.Add(k); }
        }
        foreach (var name in LawNames)
        {
            if (name.Words.Length > folded.Count) continue;
            bool ok = true;
            for (int k = 0; k < name.Words.Length && ok; k++) ok = folded[k] == name.Words[k];
            if (!ok) continue;
            int n = name.Words.Length;
            // A match must end on a whole word of the text.
            if (n < folded.Count && owner[n] == owner[n - 1]) continue;
            // "Luật Sở hữu trí tuệ sửa đổi" is the amending law: a different instrument, named so.
            if (n + 1 < folded.Count && folded[n] == "sua" && folded[n + 1] == "doi") n += 2;
            return spans.Take(owner[n - 1] + 1).ToList();
        }
        return [];
    }

    private static readonly HashSet<string> LawKeywordsAfterAnd = new(StringComparer.Ordinal)
    {
        "Luật", "Bộ", "Nghị", "Quyết", "Thông", "Chỉ", "Pháp", "Hiến", "Kế", "Chương",
    };

    private static void ExtractNamedLaws(string s, int offset, List<Citation> into)
    {
        // "Luật", "Bộ luật" have 'ậ', "Pháp lệnh", "Hiến pháp" 'á' (the pattern is case-sensitive).
        if (s.AsSpan().IndexOfAny('ậ', 'á') < 0) return;
        foreach (Match m in LawKeyword().Matches(s))
        {
            int kwStart = m.Index;
            if (kwStart >= 6 && s.AsSpan(kwStart - 5, 5).Equals("pháp ", StringComparison.OrdinalIgnoreCase)) continue;
            if (Overlaps(into, offset + kwStart)) continue;
            string kw = Spaces().Replace(m.Groups["kw"].Value, " ");
            int p = m.Index + m.Length;
            var words = KnownLawName(s, p);
            bool known = words.Count > 0;
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
            if (!known && words.Count > 0 && (char.IsLower(s[words[0].Start]) || words.Count > MaxUnknownNameWords)) continue;
            if (constitution && words.Count > 0 && char.IsLower(s[words[0].Start])) words.Clear();
            int nameStart = words.Count > 0 ? words[0].Start : kwStart, nameEnd = words.Count > 0 ? words[^1].End : kwStart + m.Groups["kw"].Length;
            string name = words.Count > 0 ? s[nameStart..nameEnd] : "";
            // "Luật số 57/2020/QH14 Luật Thanh niên …": the name is the numbered law's title, not another law.
            int owner = into.FindIndex(c => c.SummarySpan is { } ss && ss.Start == offset + kwStart && c.Type is InstrumentType.Law or InstrumentType.Code or InstrumentType.Ordinance);
            if (owner >= 0)
            {
                into[owner] = into[owner] with { Name = kw + (name.Length > 0 ? " " + name : "") };
                continue;
            }
            var pin = CitationPatterns.PinpointBefore().Match(s[Math.Max(0, kwStart - BeforeWindow)..kwStart]);
            int citeStart = pin.Success ? Math.Max(0, kwStart - BeforeWindow) + pin.Groups["pin"].Index : kwStart;
            string? pinpoint = pin.Success ? pin.Groups["pin"].Value.Trim() : null;

            PartialDate? date = null;
            TextSpan? dateSpan = null;
            int? year = null;
            int end = nameEnd;
            string after = s[nameEnd..Math.Min(s.Length, nameEnd + 80)];
            var dm = DatePatterns.DayDate().Match(after);
            if (dm.Success && dm.Index <= 12 && CitationPatterns.DateConnector().IsMatch(after[..dm.Index]))
            {
                date = DatePatterns.Parse(dm);
                dateSpan = new TextSpan(offset + nameEnd + dm.Index, dm.Length);
                year = date.Year;
                end = nameEnd + dm.Index + dm.Length;
            }
            else if (CitationPatterns.YearAfter().Match(after) is { Success: true } ym)
            {
                year = int.Parse(ym.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                end = nameEnd + ym.Index + ym.Length;
            }
            var type = InstrumentTypes.FromWord(kw);
            into.Add(new Citation
            {
                Kind = CitationKind.NamedLaw,
                Type = type,
                TypeWord = kw,
                Span = TextSpan.FromBounds(offset + citeStart, offset + end),
                SymbolSpan = TextSpan.FromBounds(offset + kwStart, offset + nameEnd),
                Key = NamedLawKey(kw, name),
                Year = year,
                Date = date,
                DateSpan = dateSpan,
                Name = name.Length > 0 ? kw + " " + name : kw,
                Pinpoint = pinpoint,
            });
        }
    }

    // ExtractNamedLaws calls this only where 'ậ' or 'á' is present: a new keyword without either needs that gate changed.
    [GeneratedRegex(@"\b(?<kw>Bộ\s+luật|Luật|Pháp\s+lệnh|Hiến\s+pháp)\s+", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
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
    public static string NamedLawKey(string keyword, string name)
    {
        if (name.Length == 0) return keyword;
        string n = name.ToLowerInvariant().Replace(",", "");
        foreach (var (a, f) in NameAbbreviationPatterns) n = a.Replace(n, f);
        n = Spaces().Replace(n, " ").Trim();
        return keyword + " " + (n.Length > 0 ? char.ToUpperInvariant(n[0]) + n[1..] : n);
    }

    // ---- "Quyết định này" -------------------------------------------------------------------------------

    // ExtractSelfReferences calls this only where "à"/"À" (of "này") is present.
    [GeneratedRegex(
        @"\b(?<tw>Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|Chương\s+trình|Đề\s+án|Báo\s+cáo|Tờ\s+trình|Thông\s+báo|Hướng\s+dẫn|Công\s+văn|Quy\s+định|Quy\s+chế|Luật|Bộ\s+luật|Pháp\s+lệnh)\s+này\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex SelfReference { get; }

    /// <summary>"Quyết định này", "Kế hoạch này": the document itself, recorded as self so it is never taken for a citation.</summary>
    private static void ExtractSelfReferences(string s, int offset, List<Citation> into, string? ownKey)
    {
        if (s.AsSpan().IndexOfAny('à', 'À') < 0) return; // "này", in either case
        foreach (Match m in SelfReference.Matches(s))
        {
            var span = new TextSpan(offset + m.Index, m.Length);
            if (into.Any(c => c.Span.Contains(span.Start) && c.Kind != CitationKind.NamedLaw)) continue;
            into.RemoveAll(c => c.Kind == CitationKind.NamedLaw && span.Contains(c.SymbolSpan.Start));
            string tw = m.Groups["tw"].Value;
            into.Add(new Citation
            {
                Kind = CitationKind.Administrative,
                Type = InstrumentTypes.FromWord(tw),
                TypeWord = tw,
                Span = span,
                SymbolSpan = span,
                Key = ownKey ?? "(văn bản này)",
                IsSelf = true,
            });
        }
    }

    // ---- standards -----------------------------------------------------------------------------------

    private static void ExtractStandards(string s, int offset, List<Citation> into)
    {
        if (!s.Contains("ISO", StringComparison.Ordinal) && !s.Contains("TCVN", StringComparison.Ordinal)) return;
        foreach (Match m in CitationPatterns.Standard().Matches(s))
        {
            string key = SpacedColon().Replace(m.Value, ":");
            key = Spaces().Replace(key, " ");
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

    // ---- relations -----------------------------------------------------------------------------------

    private static readonly (Regex Verb, CitationRelation Relation)[] Verbs =
    [
        (new Regex(@"thay\s+thế", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), CitationRelation.Replaces),
        (new Regex(@"bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), CitationRelation.Repeals),
        (new Regex(@"sửa\s+đổi|bổ\s+sung", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), CitationRelation.Amends),
        (new Regex(@"thực\s+hiện|triển\s+khai|cụ\s+thể\s+hóa|quán\s+triệt", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), CitationRelation.Implements),
        (new Regex(@"căn\s+cứ", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), CitationRelation.Basis),
        // "… thực hiện … theo Nghị định số …": the instrument is what the work follows, not what it implements.
        (new Regex(@"\b(?:theo|tại|với)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), CitationRelation.References),
    ];

    [GeneratedRegex(@"^[\s,;:]*(?:và|hoặc|cùng)?[\s,;:]*(?:các\s+)?(?:số\s*)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ListGap { get; }

    private static void AssignRelations(string s, int offset, List<Citation> cs)
    {
        bool basisBlock = s.StartsWith("Căn cứ", StringComparison.Ordinal);
        for (int i = 0; i < cs.Count; i++)
        {
            var c = cs[i];
            if (c.Relation == CitationRelation.Expired) continue;
            int start = c.Span.Start - offset;
            // Named inside an earlier citation's title: that instrument refers to it, this document only mentions it.
            bool inTitle = false;
            for (int k = 0; k < i; k++)
                if (cs[k].SummarySpan is { } ss && ss.Contains(c.Span.Start)) { inTitle = true; break; }
            if (inTitle) { cs[i] = c with { Relation = CitationRelation.References }; continue; }

            // The verb must be in this clause, after the previous citation.
            int gapStart = i > 0 ? Math.Min(start, cs[i - 1].Span.End - offset) : 0;
            gapStart = Math.Max(0, Math.Max(gapStart, start - 120));
            int clause = Math.Max(s.LastIndexOf(';', Math.Max(0, start - 1), start - gapStart), s.LastIndexOf(". ", Math.Max(0, start - 1), start - gapStart, StringComparison.Ordinal));
            if (clause >= gapStart) gapStart = clause + 1;
            string gap = s[gapStart..start];
            // Words in parentheses ("(… đã được sửa đổi, bổ sung)") and in a title ("Luật sửa đổi, bổ sung …")
            // are not the citing document's verbs.
            string verbs = VerbsOnly(gap);
            CitationRelation? rel = null;
            int best = -1;
            foreach (var (verb, relation) in Verbs)
            {
                foreach (Match vm in verb.Matches(verbs))
                    if (vm.Index > best) { best = vm.Index; rel = relation; }
            }
            // In a "Căn cứ" paragraph each ";" opens another basis; elsewhere a list keeps the verb of its first item.
            string fullGap = s[Math.Max(0, Math.Min(start, i > 0 ? cs[i - 1].Span.End - offset : 0))..start];
            if (rel is null && basisBlock && fullGap.Contains(';')) rel = CitationRelation.Basis;
            if (rel is null && i > 0 && ListGap.IsMatch(StripTypeWord(gap)) && cs[i - 1].Relation != CitationRelation.Expired) rel = cs[i - 1].Relation;
            if (rel is null && basisBlock) rel = CitationRelation.Basis;
            cs[i] = c with { Relation = rel ?? CitationRelation.References };
        }
    }

    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Parenthesized { get; }

    // Laws, decrees and circulars are named for what they amend ("Luật sửa đổi, bổ sung …"); a decision or resolution
    // "sửa đổi" in a plan is usually the action the plan takes, so those keep their verb.
    [GeneratedRegex(@"\b(?:Luật|Nghị\s+định|Thông\s+tư|Pháp\s+lệnh)\s+(?:sửa\s+đổi|bổ\s+sung|thay\s+thế|bãi\s+bỏ)(?:\s*,\s*bổ\s+sung)?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NamedVerb { get; }

    private static string VerbsOnly(string gap)
    {
        // Blank out, keeping offsets, so "last verb wins" still compares positions. A gap that starts inside a
        // parenthesis ("… đã được sửa đổi, bổ sung) và Nghị định …") is blanked up to its closing bracket.
        string g = Parenthesized.Replace(gap, m => new string(' ', m.Length));
        int close = g.IndexOf(')');
        if (close >= 0 && g.LastIndexOf('(', close) < 0) g = new string(' ', close + 1) + g[(close + 1)..];
        return NamedVerb.Replace(g, m => new string(' ', m.Length));
    }

    private static string StripTypeWord(string gap)
    {
        var m = CitationPatterns.TypeWordBefore().Match(gap);
        return m.Success ? gap[..m.Groups["tw"].Index] : gap;
    }
}
