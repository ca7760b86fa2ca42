using System.Text.RegularExpressions;
using DocCheck.Extraction.Dates;
using DocCheck.Text;

namespace DocCheck.Extraction.Citations;

/// <summary>
/// Finds numbered instruments in one block ("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về …"): each
/// number/symbol with the type word and pinpoint before it and the date, issuer and title after it.
/// </summary>
internal static partial class NumberedCitationFinder
{
    [GeneratedRegex(@"^\s*,?\s*của\s+\p{Lu}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OfIssuer();

    private const int AfterWindow = 600;
    private const int MaxSummary = 300;
    private const int LateWindow = 1500;

    /// <summary>Adds the numbered citations of block text <paramref name="s"/> (starting at <paramref name="offset"/>) to <paramref name="into"/>.</summary>
    public static void Find(string s, int offset, List<Citation> into)
    {
        // Every number/symbol has a '/' or a digit before a hyphen ("73-CP", "08-ĐA-TU"): most paragraphs have neither
        // and are left before the pattern is called.
        if (!s.Contains('/') && !DigitHyphen(s)) return;
        var symbols = new List<(Match M, SymbolParser.Parsed P)>();
        foreach (Match m in CitationPatterns.Symbol().Each(s))
        {
            if (m.Index > 0 && s[m.Index - 1] is '/' or '-' or '.' or ',' && m.Index > 1 && char.IsDigit(s[m.Index - 2])) continue;
            if (m.Index > 0 && (char.IsDigit(s[m.Index - 1]) || s[m.Index - 1] is '/')) continue;
            var p = SymbolParser.Parse(m);
            if (p is null) continue;
            if (p.NeedsContext && !ThinSymbolConfirmed(s, m.Index, p, symbols)) continue;
            symbols.Add((m, p));
        }

        int prevEnd = 0;
        (string TypeWord, string? Issuer)? listHead = null;
        string? prevTypeWord = null;
        int prevCoreEnd = 0;
        for (int i = 0; i < symbols.Count; i++)
        {
            var (m, p) = symbols[i];
            int symStart = m.Index, symEnd = m.Index + p.Length;
            int nextStart = i + 1 < symbols.Count ? symbols[i + 1].M.Index : s.Length;

            // Type word and pinpoint before the number.
            // The type word may stand inside the previous mention's title ("… về việc sửa đổi, bổ sung Quyết định số
            // 3212/QĐ-BKHCN …"): only that one's number, date and issuer are out of reach.
            int winStart = Math.Max(prevCoreEnd, symStart - CitationPatterns.BeforeWindow);
            string before = s[winStart..symStart];
            string? typeWord = null;
            TextSpan? typeWordSpan = null;
            int start = symStart;
            var tw = CitationPatterns.TypeWordBefore().Match(before);
            if (tw.Success)
            {
                typeWord = tw.Groups["tw"].Value;
                typeWordSpan = new TextSpan(offset + winStart + tw.Groups["tw"].Index, tw.Groups["tw"].Length);
                start = winStart + tw.Groups["tw"].Index;
                var pin = CitationPatterns.PinpointBefore().Match(s[Math.Max(prevCoreEnd, start - CitationPatterns.BeforeWindow)..start]);
                if (pin.Success) start = Math.Max(prevCoreEnd, start - CitationPatterns.BeforeWindow) + pin.Groups["pin"].Index;
            }
            string? pinpoint = start < (tw.Success ? winStart + tw.Groups["tw"].Index : symStart) ? s[start..(winStart + tw.Groups["tw"].Index)].Trim() : null;
            // "các Nghị quyết của Chính phủ: số 35/NQ-CP …; số 19/2017/NQ-CP …": the head names type and issuer for the list.
            var head = CitationPatterns.ListHead().Match(before);
            if (head.Success) listHead = (head.Groups["tw"].Value, head.Groups["iss"].Success ? head.Groups["iss"].Value.Trim() : null);
            else if (tw.Success || (i > 0 && !ListContinues(s.AsSpan(prevEnd, symStart - prevEnd)))) listHead = null;
            bool fromList = !tw.Success && listHead is not null;
            // The head's word is written before the list, outside this item, so the item keeps no span for it.
            if (fromList) typeWord = listHead!.Value.TypeWord;
            // "Nghị định số 13/CP ngày 02/3/1993, 47/CP ngày …": a number with no type code of its own is of the
            // type of the one it is listed after.
            else if (!tw.Success && p.NeedsContext && p.TypeCode is null && i > 0 && prevTypeWord is not null
                     && symbols[i - 1].M.Index + symbols[i - 1].P.Length is var pe && pe <= symStart
                     && ListGapAfterSymbol.IsMatch(s.AsSpan(pe, symStart - pe)))
                typeWord = prevTypeWord;
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
            if (dm.Success && dm.Index <= 30 && CitationPatterns.DateConnector().IsMatch(after.AsSpan(0, dm.Index)))
            {
                date = DatePatterns.Parse(dm);
                dateSpan = new TextSpan(offset + symEnd + dm.Index, dm.Length);
                pos = dm.Index + dm.Length;
            }
            // Matched within [pos, nearStop) of the window, as if that were the whole text: indices are the window's.
            var im = CitationPatterns.IssuerAfter().Match(after, pos, nearStop - pos);
            if (im.Success)
            {
                var g = im.Groups["iss"];
                issuer = g.Value.Trim();
                issuerSpan = new TextSpan(offset + symEnd + g.Index, issuer.Length);
                pos = g.Index + g.Length;
            }
            var sm = CitationPatterns.SummaryStart().Match(after, pos, stop - pos);
            if (sm.Success)
            {
                int sumStart = sm.Index + sm.Length;
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
            var lead = after.AsSpan().TrimStart(" .,:");
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
                foreach (Match late in DatePatterns.DayDate().Each(far, 0, lateStop))
                {
                    if (!OfIssuer().IsMatch(far.AsSpan(late.Index + late.Length, lateStop - late.Index - late.Length))) continue;
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
                    var im2 = CitationPatterns.IssuerAfter().Match(far, afterDate, lateStop - afterDate);
                    if (im2.Success)
                    {
                        var g = im2.Groups["iss"];
                        issuer = g.Value.Trim();
                        issuerSpan = new TextSpan(offset + symEnd + g.Index, issuer.Length);
                    }
                }
            }
            // "Ngày 25/9/2025, UBND tỉnh đã ban hành Quyết định số 1441/QĐ-UBND": the date opens the sentence.
            if (date is null && DateBefore(s, prevEnd, start) is { } before0)
            {
                date = DatePatterns.Parse(before0);
                dateSpan = new TextSpan(offset + before0.Index, before0.Length);
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
                TypeWordSpan = typeWordSpan,
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
                Relation = CitationPatterns.ExpiredAfter().IsMatch(s.AsSpan(end, Math.Min(s.Length, Math.Max(end, nextStart)) - end)) ? CitationRelation.Expired : CitationRelation.References,
            });
            prevEnd = Math.Max(symEnd, Math.Min(end, nextStart));
            prevTypeWord = typeWord;
            prevCoreEnd = symEnd;
            foreach (var sp in new[] { dateSpan, issuerSpan })
                if (sp is { } x && x.End - offset <= nextStart) prevCoreEnd = Math.Max(prevCoreEnd, x.End - offset);
        }
    }

    /// <summary>
    /// A thin symbol ("27/CP", "17/HHTL", "73-CP") is an instrument when a type word stands right before it
    /// ("Nghị định số 27/CP", "Công văn 17/HHTL"), when "số" does and its code is a known one ("số 74/CP"), or when it
    /// continues a list of instruments ("Nghị định số 27/CP, 47/CP").
    /// </summary>
    private static bool DigitHyphen(string s)
    {
        if (s.Length < 2) return false;
        for (int i = s.IndexOf('-', 1); i > 0; i = s.IndexOf('-', i + 1))
            if (char.IsDigit(s[i - 1])) return true;
        return false;
    }

    private static bool ThinSymbolConfirmed(string s, int at, SymbolParser.Parsed p, List<(Match M, SymbolParser.Parsed P)> found)
    {
        // "737/STP.ĐKT", "545/CCTKV.VIII-CNTK": the symbol goes on in a form not read here; a part of it is no key.
        int end = at + p.Length;
        if (end + 1 < s.Length && s[end] == '.' && char.IsLetter(s[end + 1])) return false;
        var before = s.AsSpan(Math.Max(0, at - CitationPatterns.BeforeWindow), Math.Min(at, CitationPatterns.BeforeWindow));
        if (CitationPatterns.TypeWordBefore().IsMatch(before)) return true;
        bool known = p.TypeCode is not null || p.Kind == CitationKind.Administrative;
        if (known && CitationPatterns.NumberWordBefore().IsMatch(before)) return true;
        if (found.Count > 0)
        {
            var (pm, pp) = found[^1];
            int prevEnd = pm.Index + pp.Length;
            if (prevEnd <= at && at - prevEnd <= 50 && ListGapAfterSymbol.IsMatch(s.AsSpan(prevEnd, at - prevEnd))) return true;
        }
        return false;
    }

    /// <summary>
    /// The date that opens the sentence of a citation whose body issued it: "Ngày 25/9/2025, UBND tỉnh đã ban hành
    /// Quyết định số …", "Ngày 12 tháng 3 năm 2025, Thủ tướng Chính phủ ký ban hành Quyết định …". Null otherwise.
    /// </summary>
    private static Match? DateBefore(string s, int prevEnd, int start)
    {
        int from = Math.Max(prevEnd, start - 160);
        if (from >= start) return null;
        Match? last = null;
        foreach (Match m in DatePatterns.DayDate().Each(s, from))
        {
            if (m.Index + m.Length > start) break;
            last = m;
        }
        if (last is null) return null;
        if (!SentenceOpensBefore.IsMatch(s.AsSpan(from, last.Index - from))) return null;
        return IssuedBetween.IsMatch(s.AsSpan(last.Index + last.Length, start - last.Index - last.Length)) ? last : null;
    }

    [GeneratedRegex(@"(?:^|[.;:!?]|\n)\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SentenceOpensBefore { get; }

    [GeneratedRegex(@"^\s*,\s*[^,.;:()\n]{2,80}?\s+(?:đã\s+)?(?:ký\s+)?(?:ban\s+hành|ký|phê\s+duyệt)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex IssuedBetween { get; }

    /// <summary>Between two listed numbers: the first one's date, then ", " / "; " / " và " (and "số").</summary>
    [GeneratedRegex(@"^\s*(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})?\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)(?:số\s*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ListGapAfterSymbol { get; }

    [GeneratedRegex(@"[;,]\s*(?:và\s+)?(?:số\s*)?$|^\s*(?:và|,)\s*(?:số\s*)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ListSeparator { get; }

    /// <summary>True when the text since the previous item ends in a list separator ("…; số ").</summary>
    private static bool ListContinues(ReadOnlySpan<char> gap) => ListSeparator.IsMatch(gap);

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
            if (CitationPatterns.DateConnector().IsMatch(s.AsSpan(innerEnd, dateAt - innerEnd))) return true;
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
        @"(?:(?:,|\s+và|;)\s+|\s*\(\s*)(?:các\s+)?(?:Luật|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Thông\s+tư|Kế\s+hoạch|Chương\s+trình|Công\s+văn|Hướng\s+dẫn|Kết\s+luận)\s+(?:số\s+)?\d",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ListedInstrumentRegex { get; }
}
