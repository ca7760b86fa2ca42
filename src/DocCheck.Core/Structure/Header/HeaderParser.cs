using DocCheck.Lexicon;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Structure;

/// <summary>
/// Reads the header of a part from its first blocks: issuing body, motto, number, place and date, type word,
/// title, issuing authority and "kèm theo" line; and says where the body starts.
/// </summary>
internal static class HeaderParser
{
    private const int HeaderZoneBlocks = 14;

    /// <summary>The header of the part in blocks <paramref name="start"/>..<paramref name="end"/>, and the first block of its body.</summary>
    public static (DocumentHeader Header, int BodyStart) Parse(NormalizedText doc, IReadOnlyList<Block> blocks, int start, int end)
    {
        IssuingBody? issuer = null;
        TextField? motto = null, typeWord = null, title = null, authority = null, attachedTo = null;
        DocumentNumber? number = null;
        PlaceDate? placeDate = null;
        DocumentTypeInfo? type = null;
        var issuerBlocks = new List<Block>();
        int zoneEnd = Math.Min(end, start + HeaderZoneBlocks);
        int bodyStart = start;
        bool beforeMotto = true;

        int i = start;
        for (; i < zoneEnd; i++)
        {
            var b = blocks[i];
            string t = doc.TextOf(b);
            if (t.Length == 0) continue;
            if (PreambleParser.KindOf(t) is not null || (StructurePatterns.Label().IsMatch(t) && typeWord is not null)) break;

            var m = StructurePatterns.Motto().Match(t);
            if (m.Success)
            {
                if (m.Index > 0 && beforeMotto && ReflowStep.IsAllCaps(t[..m.Index])) issuerBlocks.Add(b with { Span = new TextSpan(b.Span.Start, m.Index) });
                // Two columns on one line ("Số:      /TB-UBND<tab>CỘNG HÒA XÃ HỘI…"): the number comes before the motto.
                else if (m.Index > 0 && number is null && StartsWithSo(t) && ParseNumber(doc, b) is { } numBeforeMotto
                         && numBeforeMotto.Field.Span.End <= b.Span.Start + m.Index)
                {
                    number = numBeforeMotto;
                    // "Số: 41/2026/TT-BTC Hà Nội, ngày 06 tháng 4 năm 2026 Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI …": the
                    // place-date may stand between the number and the motto's words.
                    if (placeDate is null && PlaceDateParser.Parse(doc, b, numBeforeMotto.Field.Span.End - b.Span.Start) is { } pdBefore
                        && pdBefore.Field.Span.End <= b.Span.Start + m.Index)
                        placeDate = pdBefore;
                }
                // The reflow of a PDF text can leave the number and the place-date in the motto's block ("… Hạnh phúc
                // Số: 41/2026/TT-BTC Hà Nội, ngày 06 tháng 4 năm 2026"): read them there.
                else if (number is null && AfterMotto(t, m) is int so && so > 0)
                {
                    var rest = b with { Span = TextSpan.FromBounds(b.Span.Start + so, b.Span.End) };
                    if (ParseNumber(doc, rest) is { } numAfterMotto)
                    {
                        number = numAfterMotto;
                        if (placeDate is null && PlaceDateParser.Parse(doc, rest, numAfterMotto.Field.Span.End - rest.Span.Start) is { } pdAfter) placeDate = pdAfter;
                    }
                }
                motto = motto is null ? TextField.Of(doc, b) : new TextField(motto.Text + " " + t, TextSpan.FromBounds(motto.Span.Start, b.Span.End));
                beforeMotto = false;
                continue;
            }
            if (number is null && StartsWithSo(t) && ParseNumber(doc, b) is { } num)
            {
                number = num;
                beforeMotto = false;
                var pd = PlaceDateParser.Parse(doc, b, num.Field.Span.End - b.Span.Start);
                if (pd is not null) placeDate = pd;
                continue;
            }
            if (placeDate is null && typeWord is null && PlaceDateParser.Parse(doc, b, 0) is { } placeDateHere)
            {
                placeDate = placeDateHere;
                beforeMotto = false;
                continue;
            }
            bool annexWord = t.StartsWith("PHỤ LỤC", StringComparison.Ordinal) && t.Length <= 20;
            if (typeWord is null && (annexWord || TypeWordOf(t) is not null))
            {
                typeWord = TextField.Of(doc, b);
                type = annexWord ? null : TypeWordOf(t);
                bodyStart = i + 1;
                // The title is the next block unless that already opens the body.
                if (i + 1 < end)
                {
                    string next = doc.TextOf(blocks[i + 1]);
                    if (next.Length > 0 && PreambleParser.KindOf(next) is null && !IsBodyLabel(next) && !HeaderPatterns.AttachedTo().IsMatch(next))
                    {
                        title = TextField.Of(doc, blocks[i + 1]);
                        i++;
                        bodyStart = i + 1;
                    }
                }
                if (title is not null) (title, i, bodyStart) = WithContinuation(doc, blocks, title, i, end, bodyStart);
                // Then, optionally, the issuing authority of a decision and the "kèm theo" line.
                while (i + 1 < end)
                {
                    string next = doc.TextOf(blocks[i + 1]);
                    if (authority is null && IsAuthorityLine(next)) { authority = TextField.Of(doc, blocks[i + 1]); i++; bodyStart = i + 1; continue; }
                    if (attachedTo is null && HeaderPatterns.AttachedTo().IsMatch(next)) { attachedTo = TextField.Of(doc, blocks[i + 1]); i++; bodyStart = i + 1; continue; }
                    break;
                }
                break;
            }
            // "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021" on one line, or a file without a header whose first line is its
            // title ("Kế hoạch hỗ trợ hộ nghèo xây dựng nhà ở …"): the type word and the title share the block.
            if (typeWord is null && OpeningTitle(t, headerless: motto is null && number is null && placeDate is null && issuerBlocks.Count == 0
                    && i == FirstNonEmpty(doc, blocks, start, i) && !HeaderFollows(doc, blocks, i + 1, zoneEnd)) is { } opening)
            {
                typeWord = new TextField(t[..opening.TypeLength], new TextSpan(b.Span.Start, opening.TypeLength));
                type = opening.Type;
                title = new TextField(t[opening.TitleStart..], TextSpan.FromBounds(b.Span.Start + opening.TitleStart, b.Span.End));
                bodyStart = i + 1;
                (title, i, bodyStart) = WithContinuation(doc, blocks, title, i, end, bodyStart);
                break;
            }
            if (beforeMotto && ReflowStep.IsAllCaps(t) && t.Length <= 120) { issuerBlocks.Add(b); continue; }
        }
        if (typeWord is null) bodyStart = Math.Max(bodyStart, FirstBodyBlock(doc, blocks, start, i));

        if (issuerBlocks.Count > 0 && (motto is not null || number is not null))
            issuer = ParseIssuer(doc, issuerBlocks);

        return (new DocumentHeader(issuer, motto, number, placeDate, typeWord, type, title, authority, attachedTo), bodyStart);
    }

    /// <summary>Where the header of a document in blocks <paramref name="start"/>..<paramref name="end"/> begins: at the motto's issuer lines when a summary precedes it.</summary>
    public static int Start(NormalizedText doc, IReadOnlyList<Block> blocks, int start, int end)
    {
        int limit = Math.Min(end, start + 80);
        for (int i = start; i < limit; i++)
        {
            if (!StructurePatterns.Motto().IsMatch(doc.TextOf(blocks[i]))) continue;
            if (i - start < HeaderZoneBlocks / 2) return start;
            // Back up over the issuer's lines (capitals) to where the header begins.
            int h = i;
            while (h > start && i - h < 4 && ReflowStep.IsAllCaps(doc.TextOf(blocks[h - 1]))) h--;
            return h;
        }
        return start;
    }

    /// <summary>The type a block announces ("KẾ HOẠCH", "ĐỀ CƯƠNG ĐỀ ÁN MẪU"), or null.</summary>
    public static DocumentTypeInfo? TypeWordOf(string text)
    {
        string t = text.TrimEnd(' ');
        // "QUYẾT ĐỊNH:" opens the articles of a decision; it does not name a document.
        if (t.Length == 0 || t.Length > 40 || t.EndsWith(':') || !ReflowStep.IsAllCaps(t)) return null;
        if (VietnameseLexicon.TypesByUpperName.TryGetValue(t, out var exact)) return exact;
        foreach (var type in VietnameseLexicon.DocumentTypes)
        {
            if (t.Length > type.UpperName.Length && t.StartsWith(type.UpperName, StringComparison.Ordinal) && t[type.UpperName.Length] == ' '
                && t.Length <= type.UpperName.Length + 16)
                return type;
        }
        return null;
    }

    /// <summary>
    /// A title that Word wrapped over several paragraphs goes on in lower case ("… cải cách hành chính nhà nước" /
    /// "trên địa bàn tỉnh Lâm Đồng” năm 2026"): those blocks belong to it. Returns the title, its last block and the
    /// body's first block.
    /// </summary>
    private static (TextField Title, int Last, int BodyStart) WithContinuation(NormalizedText doc, IReadOnlyList<Block> blocks, TextField title, int last, int end, int bodyStart)
    {
        for (int k = 0; k < MaxTitleContinuations && last + 1 < end; k++)
        {
            var b = blocks[last + 1];
            string next = doc.TextOf(b);
            if (next.Length == 0 || next.Length > 300 || !char.IsLower(next[0]) || IsBodyLabel(next) || PreambleParser.KindOf(next) is not null) break;
            title = new TextField(title.Text + " " + next, TextSpan.FromBounds(title.Span.Start, b.Span.End));
            last++;
            bodyStart = last + 1;
        }
        return (title, last, bodyStart);
    }

    private const int MaxTitleContinuations = 3;

    /// <summary>A block that opens with a type name and goes on with the title, as (type, length of the type word, start of the title).</summary>
    private sealed record Opening(DocumentTypeInfo Type, int TypeLength, int TitleStart);

    /// <summary>
    /// The type and title sharing one block: in capitals anywhere in the header ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM
    /// 2021"), or, in a file with no header at all, a first block that starts with a type name ("Kế hoạch hỗ trợ …").
    /// </summary>
    private static Opening? OpeningTitle(string t, bool headerless)
    {
        if (t.Length > 300 || t.EndsWith(':') || t.EndsWith(';')) return null;
        bool caps = ReflowStep.IsAllCaps(t);
        if (!caps && (!headerless || !char.IsUpper(t[0]))) return null;
        string upper = t.ToUpperInvariant();
        foreach (var type in TypesLongestFirst)
        {
            int n = type.UpperName.Length;
            if (upper.Length <= n + 1 || !upper.StartsWith(type.UpperName, StringComparison.Ordinal) || upper[n] != ' ') continue;
            int titleStart = n + 1;
            while (titleStart < t.Length && t[titleStart] == ' ') titleStart++;
            // "Kế hoạch và Đầu tư" names a ministry, not a plan: the title goes on with a word, not a conjunction.
            if (titleStart >= t.Length || !char.IsLetter(t[titleStart]) || upper.AsSpan(titleStart).StartsWith("VÀ ", StringComparison.Ordinal)) return null;
            return new Opening(type, n, titleStart);
        }
        return null;
    }

    // "THÔNG TƯ LIÊN TỊCH …" is a Thông tư liên tịch, not a Thông tư titled "LIÊN TỊCH …".
    private static readonly DocumentTypeInfo[] TypesLongestFirst = [.. VietnameseLexicon.DocumentTypes.OrderByDescending(t => t.UpperName.Length)];

    /// <summary>A motto or a number line further down: the first block was a portal's caption ("Luật Đầu tư công 2019"), not the title.</summary>
    private static bool HeaderFollows(NormalizedText doc, IReadOnlyList<Block> blocks, int from, int zoneEnd)
    {
        for (int i = from; i < zoneEnd; i++)
        {
            string t = doc.TextOf(blocks[i]);
            if (StructurePatterns.Motto().IsMatch(t) || (StartsWithSo(t) && HeaderPatterns.Number().IsMatch(t)))
                return true;
        }
        return false;
    }

    private static int FirstNonEmpty(NormalizedText doc, IReadOnlyList<Block> blocks, int start, int upTo)
    {
        for (int i = start; i < upTo; i++)
            if (blocks[i].Span.Length > 0 && doc.TextOf(blocks[i]).Length > 0) return i;
        return upTo;
    }

    private static int FirstBodyBlock(NormalizedText doc, IReadOnlyList<Block> blocks, int start, int stop)
    {
        // Without a type word the header (if any) ends at the last header-looking block. A place-date is looked
        // for near the start of the block only: scanning a whole 2 MB block timed the regex out.
        int last = start;
        for (int i = start; i < stop; i++)
        {
            string t = doc.TextOf(blocks[i]);
            if (StartsWithSo(t) || StructurePatterns.Motto().IsMatch(t)
                || (i - start < 8 && PlaceDateParser.Occurs(t.AsSpan(0, Math.Min(t.Length, PlaceDateParser.Window)))))
                last = i + 1;
        }
        return last;
    }

    /// <summary>Where "Số:" starts after the motto's "Hạnh phúc" in block text <paramref name="t"/>, or -1.</summary>
    private static int AfterMotto(string t, System.Text.RegularExpressions.Match motto)
    {
        int end = t.IndexOf("Hạnh phúc", motto.Index, StringComparison.OrdinalIgnoreCase);
        if (end < 0) return -1;
        int p = end + "Hạnh phúc".Length;
        while (p < t.Length && t[p] is ' ' or '\n') p++;
        return p < t.Length && StartsWithSo(t[p..]) ? p : -1;
    }

    /// <summary>"Số…", or a type word and "số:" as laws and the Công báo set the number line ("Luật số: 80/2025/QH15").</summary>
    private static bool StartsWithSo(string t) => t.StartsWith("Số", StringComparison.Ordinal) || t.StartsWith("SỐ", StringComparison.Ordinal)
        || (t.Length > 6 && char.IsUpper(t[0]) && HeaderPatterns.TypedNumberLine().IsMatch(t));

    private static bool IsBodyLabel(string t) => StructurePatterns.Label().IsMatch(t);

    private static bool IsAuthorityLine(string t)
    {
        if (!ReflowStep.IsAllCaps(t) || t.Length > 100) return false;
        if (t.StartsWith("ỦY BAN NHÂN DÂN", StringComparison.Ordinal) || t.StartsWith("HỘI ĐỒNG NHÂN DÂN", StringComparison.Ordinal)) return true;
        foreach (string p in VietnameseLexicon.SignaturePositions)
            if (t.StartsWith(p + " ", StringComparison.Ordinal) || t == p) return true;
        return false;
    }

    private static IssuingBody ParseIssuer(NormalizedText doc, List<Block> issuerBlocks)
    {
        var span = TextSpan.FromBounds(issuerBlocks[0].Span.Start, issuerBlocks[^1].Span.End);
        string text = string.Join(" ", issuerBlocks.Select(b => doc.TextOf(b).Trim()));
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Find where a second issuing-body name begins ("UBND TỈNH LÂM ĐỒNG | SỞ NỘI VỤ").
        int splitWord = -1;
        int w = 0;
        bool first = true;
        while (w < words.Length)
        {
            int matched = MatchIssuerWord(words, w);
            if (matched > 0)
            {
                if (!first && StartsSecondBody(words, w, matched)) { splitWord = w; break; }
                first = false;
                w += matched;
            }
            else
            {
                first = false;
                w++;
            }
        }
        var field = new TextField(text, span);
        if (splitWord <= 0) return new IssuingBody(field, null, text);
        string superior = string.Join(' ', words[..splitWord]), issuer = string.Join(' ', words[splitWord..]);
        // The Công báo prints the issuing body as a section title above the header: one body written twice.
        return superior == issuer ? new IssuingBody(field, null, issuer) : new IssuingBody(field, superior, issuer);
    }

    // Province names in capitals, as words ("HẢI PHÒNG" → ["HẢI", "PHÒNG"]).
    private static readonly string[][] ProvinceWords =
        Provinces.Names.Select(n => n.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();

    /// <summary>
    /// True when the issuer word at <paramref name="at"/> opens a second body ("UBND TỈNH LÂM ĐỒNG | SỞ NỘI VỤ"): not when
    /// it continues a place name ("THÀNH PHỐ HẢI" / "PHÒNG", "THÀNH PHỐ HỘI AN") and not when it stands alone at the end
    /// with no name of its own ("UBND HUYỆN KIẾN THỤY" / "PHÒNG"; "VĂN PHÒNG" of a provincial committee is one).
    /// </summary>
    private static bool StartsSecondBody(string[] words, int at, int matched)
    {
        if (matched == 1 && at + 1 == words.Length) return false;
        foreach (string marker in VietnameseLexicon.PlaceMarkers)
        {
            string[] m = marker.Split(' ');
            if (at >= m.Length && WordsAt(words, at - m.Length, m)) return false;
        }
        foreach (string[] province in ProvinceWords)
            for (int j = 1; j < province.Length; j++)
                if (at >= j && WordsAt(words, at - j, province)) return false;
        return true;
    }

    private static bool WordsAt(string[] words, int at, string[] parts)
    {
        if (at + parts.Length > words.Length) return false;
        for (int k = 0; k < parts.Length; k++)
            if (words[at + k] != parts[k]) return false;
        return true;
    }

    private static int MatchIssuerWord(string[] words, int at)
    {
        foreach (string iw in VietnameseLexicon.IssuerWords)
        {
            string[] parts = iw.Split(' ');
            if (at + parts.Length > words.Length) continue;
            bool ok = true;
            for (int k = 0; k < parts.Length && ok; k++) ok = words[at + k] == parts[k];
            if (ok) return parts.Length;
        }
        return 0;
    }

    private static DocumentNumber? ParseNumber(NormalizedText doc, Block b)
    {
        string t = doc.TextOf(b);
        var m = HeaderPatterns.Number().Match(t);
        if (!m.Success) return null;
        var field = new TextField(m.Value.TrimEnd(), new TextSpan(b.Span.Start, m.Value.TrimEnd().Length));
        if (m.Groups["pnum"].Success)
        {
            string ptype = m.Groups["ptype"].Value;
            return new DocumentNumber(field, m.Groups["pnum"].Value, null, $"{ptype}/{m.Groups["piss"].Value}", NormalizeTypeCode(ptype), m.Groups["piss"].Value, IsParty: true);
        }
        string sym = HeaderPatterns.SpacedDash().Replace(m.Groups["sym"].Value, "-").TrimEnd('.');
        string? num = m.Groups["num"].Success ? m.Groups["num"].Value : null;
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        string[] comps = sym.Split('-');
        string? typeCode = NormalizeTypeCode(comps[0]);
        string? issuerCode = typeCode is null ? comps[0] : (comps.Length > 1 ? string.Join('-', comps[1..]) : null);
        return new DocumentNumber(field, num, year, sym, typeCode, issuerCode);
    }

    private static string? NormalizeTypeCode(string code) =>
        VietnameseLexicon.TypesByCode.TryGetValue(code, out var t) ? t.Code : null;
}
