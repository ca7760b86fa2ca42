using System.Text.RegularExpressions;
using DocCheck.Lexicon;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Structure;

/// <summary>
/// Reads the layout of a normalized document: parts, header, preamble, outline, tables, recipients and
/// signature. Works on blocks only; anything it cannot find is left absent.
/// </summary>
public sealed class StructureParser
{
    private const int HeaderZoneBlocks = 14;
    private const int MaxCellBlocks = 8;

    /// <summary>Parses <paramref name="doc"/>.</summary>
    public DocumentStructure Parse(NormalizedText doc)
    {
        var blocks = doc.Blocks;
        var cells = CellIndex.Build(blocks);
        var parts = new List<DocumentPart>();
        // A portal summary may precede the document itself; the document starts at its header.
        int first = blocks.Count == 0 ? 0 : HeaderStart(doc, blocks, 0, blocks.Count);
        foreach (var (start, end, kind) in SplitParts(doc, blocks, first))
            parts.Add(ParsePart(doc, blocks, cells, start, end, kind));
        if (parts.Count == 0)
            parts.Add(new DocumentPart(PartKind.Main, new TextSpan(0, doc.Text.Length), DocumentHeader.Empty, [], [], [], null, null));
        return new DocumentStructure(parts);
    }

    // ---- parts ---------------------------------------------------------------------------------

    private static IEnumerable<(int Start, int End, PartKind Kind)> SplitParts(NormalizedText doc, IReadOnlyList<Block> blocks, int first)
    {
        if (blocks.Count == 0) yield break;
        int start = first;
        var kind = PartKind.Main;
        bool bodySeen = false, closed = false;
        for (int i = first; i < blocks.Count; i++)
        {
            string t = doc.Slice(blocks[i].Span);
            if (i > start && (bodySeen || closed))
            {
                bool annex = t.StartsWith("PHỤ LỤC", StringComparison.Ordinal);
                if (annex || TypeWordOf(t) is not null)
                {
                    yield return (start, i, kind);
                    start = i;
                    kind = annex ? PartKind.Annex : PartKind.Embedded;
                    bodySeen = closed = false;
                    continue;
                }
            }
            if (StructurePatterns.Label().IsMatch(t) || t.StartsWith("Căn cứ", StringComparison.Ordinal)) bodySeen = true;
            if (t.StartsWith("Nơi nhận", StringComparison.Ordinal) || StructurePatterns.SignatureMode().IsMatch(t)) closed = true;
        }
        yield return (start, blocks.Count, kind);
    }

    /// <summary>The type a block announces ("KẾ HOẠCH", "ĐỀ CƯƠNG ĐỀ ÁN MẪU"), or null.</summary>
    internal static DocumentTypeInfo? TypeWordOf(string text)
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

    // ---- one part ------------------------------------------------------------------------------

    private static DocumentPart ParsePart(NormalizedText doc, IReadOnlyList<Block> blocks, CellIndex cells, int start, int end, PartKind kind)
    {
        var span = TextSpan.FromBounds(blocks[start].Span.Start, blocks[end - 1].Span.End);
        var (header, bodyStart) = ParseHeader(doc, blocks, start, end);

        // Where the closing matter starts: "Nơi nhận" or a signature prefix.
        int closing = end;
        for (int i = bodyStart; i < end; i++)
        {
            string t = doc.Slice(blocks[i].Span);
            if (t.StartsWith("Nơi nhận", StringComparison.Ordinal) || StructurePatterns.SignatureMode().IsMatch(t)) { closing = i; break; }
        }

        var tables = FindTables(doc, blocks, cells, bodyStart, closing);
        var inTable = new HashSet<int>();
        foreach (var (_, first, last) in tables) for (int k = first; k <= last; k++) inTable.Add(k);

        var preamble = new List<PreambleClause>();
        int outlineStart = bodyStart;
        for (int i = bodyStart; i < closing; i++)
        {
            string t = doc.Slice(blocks[i].Span);
            if (StructurePatterns.Label().IsMatch(t) && !t.StartsWith('-') && !t.StartsWith('+')) break;
            var pk = PreambleKindOf(t);
            if (pk is { } k) { preamble.Add(new PreambleClause(k, Field(doc, blocks[i]))); outlineStart = i + 1; }
        }

        var outline = BuildOutline(doc, blocks, outlineStart, closing, inTable);
        var recipients = FindRecipients(doc, blocks, closing, end);
        var signature = FindSignature(doc, blocks, closing, end);
        return new DocumentPart(kind, span, header, preamble, outline, tables.Select(t => t.Table).ToList(), recipients, signature);
    }

    private static PreambleKind? PreambleKindOf(string t)
    {
        if (t.StartsWith("Căn cứ", StringComparison.Ordinal)) return PreambleKind.Basis;
        if (t.StartsWith("Theo đề nghị", StringComparison.Ordinal) || t.StartsWith("Xét đề nghị", StringComparison.Ordinal)) return PreambleKind.Proposal;
        if (t.StartsWith("Trên cơ sở", StringComparison.Ordinal) || t.StartsWith("Xét ", StringComparison.Ordinal)) return PreambleKind.Consideration;
        return null;
    }

    // ---- header --------------------------------------------------------------------------------

    private static (DocumentHeader Header, int BodyStart) ParseHeader(NormalizedText doc, IReadOnlyList<Block> blocks, int start, int end)
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
            string t = doc.Slice(b.Span);
            if (t.Length == 0) continue;
            if (PreambleKindOf(t) is not null || (StructurePatterns.Label().IsMatch(t) && typeWord is not null)) break;

            var m = StructurePatterns.Motto().Match(t);
            if (m.Success)
            {
                if (m.Index > 0 && beforeMotto && ReflowStep.IsAllCaps(t[..m.Index])) issuerBlocks.Add(b with { Span = new TextSpan(b.Span.Start, m.Index) });
                motto = motto is null ? Field(doc, b) : new TextField(motto.Text + " " + t, TextSpan.FromBounds(motto.Span.Start, b.Span.End));
                beforeMotto = false;
                continue;
            }
            if (number is null && (t.StartsWith("Số", StringComparison.Ordinal) || t.StartsWith("SỐ", StringComparison.Ordinal)) && ParseNumber(doc, b) is { } num)
            {
                number = num;
                beforeMotto = false;
                var pd = ParsePlaceDate(doc, b, num.Field.Span.End - b.Span.Start);
                if (pd is not null) placeDate = pd;
                continue;
            }
            if (placeDate is null && typeWord is null && ParsePlaceDate(doc, b, 0) is { } placeDateHere)
            {
                placeDate = placeDateHere;
                beforeMotto = false;
                continue;
            }
            bool annexWord = t.StartsWith("PHỤ LỤC", StringComparison.Ordinal) && t.Length <= 20;
            if (typeWord is null && (annexWord || TypeWordOf(t) is not null))
            {
                typeWord = Field(doc, b);
                type = annexWord ? null : TypeWordOf(t);
                bodyStart = i + 1;
                // The title is the next block unless that already opens the body.
                if (i + 1 < end)
                {
                    string next = doc.Slice(blocks[i + 1].Span);
                    if (next.Length > 0 && PreambleKindOf(next) is null && !IsBodyLabel(next) && !StructurePatterns.AttachedTo().IsMatch(next))
                    {
                        title = Field(doc, blocks[i + 1]);
                        i++;
                        bodyStart = i + 1;
                    }
                }
                // Then, optionally, the issuing authority of a decision and the "kèm theo" line.
                while (i + 1 < end)
                {
                    string next = doc.Slice(blocks[i + 1].Span);
                    if (authority is null && IsAuthorityLine(next)) { authority = Field(doc, blocks[i + 1]); i++; bodyStart = i + 1; continue; }
                    if (attachedTo is null && StructurePatterns.AttachedTo().IsMatch(next)) { attachedTo = Field(doc, blocks[i + 1]); i++; bodyStart = i + 1; continue; }
                    break;
                }
                break;
            }
            if (beforeMotto && ReflowStep.IsAllCaps(t) && t.Length <= 120) { issuerBlocks.Add(b); continue; }
        }
        if (typeWord is null) bodyStart = Math.Max(bodyStart, FirstBodyBlock(doc, blocks, start, i));

        if (issuerBlocks.Count > 0 && (motto is not null || number is not null))
            issuer = ParseIssuer(doc, issuerBlocks);

        return (new DocumentHeader(issuer, motto, number, placeDate, typeWord, type, title, authority, attachedTo), bodyStart);
    }

    private static int HeaderStart(NormalizedText doc, IReadOnlyList<Block> blocks, int start, int end)
    {
        int limit = Math.Min(end, start + 80);
        for (int i = start; i < limit; i++)
        {
            if (!StructurePatterns.Motto().IsMatch(doc.Slice(blocks[i].Span))) continue;
            if (i - start < HeaderZoneBlocks / 2) return start;
            // Back up over the issuer's lines (capitals) to where the header begins.
            int h = i;
            while (h > start && i - h < 4 && ReflowStep.IsAllCaps(doc.Slice(blocks[h - 1].Span))) h--;
            return h;
        }
        return start;
    }

    private static int FirstBodyBlock(NormalizedText doc, IReadOnlyList<Block> blocks, int start, int stop)
    {
        // Without a type word the header (if any) ends at the last header-looking block. A place-date is looked
        // for near the start of the block only: scanning a whole 2 MB block timed the regex out.
        int last = start;
        for (int i = start; i < stop; i++)
        {
            string t = doc.Slice(blocks[i].Span);
            if ((t.StartsWith("Số", StringComparison.Ordinal) || t.StartsWith("SỐ", StringComparison.Ordinal)) || StructurePatterns.Motto().IsMatch(t)
                || (i - start < 8 && HasPlaceDate(t.AsSpan(0, Math.Min(t.Length, PlaceDateWindow)))))
                last = i + 1;
        }
        return last;
    }

    // Any place-date in the window; "ngày" is looked for first, as most blocks have none and the full pattern tries
    // a lazy place name at every letter.
    private static bool HasPlaceDate(ReadOnlySpan<char> window) =>
        StructurePatterns.DateWord().IsMatch(window) && StructurePatterns.PlaceDate().IsMatch(window);

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
        string text = string.Join(" ", issuerBlocks.Select(b => doc.Slice(b.Span).Trim()));
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
                if (!first) { splitWord = w; break; }
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
        return new IssuingBody(field, string.Join(' ', words[..splitWord]), string.Join(' ', words[splitWord..]));
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
        string t = doc.Slice(b.Span);
        var m = StructurePatterns.Number().Match(t);
        if (!m.Success) return null;
        var field = new TextField(m.Value.TrimEnd(), new TextSpan(b.Span.Start, m.Value.TrimEnd().Length));
        if (m.Groups["pnum"].Success)
        {
            string ptype = m.Groups["ptype"].Value;
            return new DocumentNumber(field, m.Groups["pnum"].Value, null, $"{ptype}/{m.Groups["piss"].Value}", NormalizeTypeCode(ptype), m.Groups["piss"].Value, IsParty: true);
        }
        string sym = StructurePatterns.SpacedDash().Replace(m.Groups["sym"].Value, "-").TrimEnd('.');
        string? num = m.Groups["num"].Success ? m.Groups["num"].Value : null;
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        string[] comps = sym.Split('-');
        string? typeCode = NormalizeTypeCode(comps[0]);
        string? issuerCode = typeCode is null ? comps[0] : (comps.Length > 1 ? string.Join('-', comps[1..]) : null);
        return new DocumentNumber(field, num, year, sym, typeCode, issuerCode);
    }

    private static string? NormalizeTypeCode(string code) =>
        VietnameseLexicon.TypesByCode.TryGetValue(code, out var t) ? t.Code : null;

    private const int PlaceDateWindow = 400;

    private static PlaceDate? ParsePlaceDate(NormalizedText doc, Block b, int offsetInBlock)
    {
        string t = doc.Slice(b.Span);
        if (offsetInBlock >= t.Length) return null;
        // In the header the date stands alone in its block (or after the number), not in a sentence: it must start
        // within 3 characters of the offset. So the regex is tried anchored at those 4 positions only, in order (the
        // first that matches is the leftmost match), not at all 400 of the window: that unanchored scan, with its lazy
        // place name, was a tenth of all analysis time. The window still bounds the match, as before.
        int windowEnd = offsetInBlock + Math.Min(t.Length - offsetInBlock, PlaceDateWindow);
        Match m = Match.Empty;
        for (int at = offsetInBlock; at <= offsetInBlock + 3 && at < windowEnd; at++)
        {
            m = StructurePatterns.PlaceDateAt().Match(t, at, windowEnd - at);
            if (m.Success) break;
        }
        if (!m.Success) return null;
        static int? Num(Group g) => g.Success ? int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        string? place = m.Groups["place"].Success ? m.Groups["place"].Value.Trim() : null;
        var date = new PartialDate(Num(m.Groups["d"]), Num(m.Groups["m"]), Num(m.Groups["y"]));
        return new PlaceDate(new TextField(m.Value, new TextSpan(b.Span.Start + m.Index, m.Length)), place, date);
    }

    // ---- outline -------------------------------------------------------------------------------

    private sealed class NodeBuilder(LabelKind kind, int depthKey, string label, TextSpan labelSpan, TextField heading, int blockIndex)
    {
        public LabelKind Kind { get; } = kind;
        public int DepthKey { get; } = depthKey;
        public string Label { get; } = label;
        public TextSpan LabelSpan { get; } = labelSpan;
        public TextField Heading { get; } = heading;
        public int BlockIndex { get; } = blockIndex;
        public int EndOffset { get; set; }
        public List<NodeBuilder> Children { get; } = [];

        public OutlineNode Build(int depth) =>
            new(Kind, Label, LabelSpan, TextSpan.FromBounds(LabelSpan.Start, EndOffset), Heading, depth, Children.Select(c => c.Build(depth + 1)).ToList());
    }

    private static List<OutlineNode> BuildOutline(NormalizedText doc, IReadOnlyList<Block> blocks, int start, int end, HashSet<int> skip)
    {
        var roots = new List<NodeBuilder>();
        var stack = new List<NodeBuilder>();
        for (int i = start; i < end; i++)
        {
            if (skip.Contains(i)) continue;
            var b = blocks[i];
            string t = doc.Slice(b.Span);
            var m = StructurePatterns.Label().Match(t);
            if (!m.Success) continue;
            var (kind, label, depthKey) = Classify(m);
            var labelSpan = new TextSpan(b.Span.Start + m.Index, m.Length);
            var heading = Heading(doc, b, m.Length);
            var node = new NodeBuilder(kind, depthKey, label, labelSpan, heading, i);

            // Nesting: an item of a kind already open closes everything from that item up and becomes its
            // sibling; a new kind nests under the innermost open item. Arabic labels nest by depth (1. › 1.1.).
            int cut = OpenSiblingIndex(stack, kind, depthKey);
            if (cut >= 0) stack.RemoveRange(cut, stack.Count - cut);
            if (stack.Count == 0) roots.Add(node); else stack[^1].Children.Add(node);
            stack.Add(node);
        }
        int bodyEnd = end > start ? blocks[Math.Max(start, end - 1)].Span.End : 0;
        SetEnds(roots, bodyEnd, blocks);
        return roots.Select(r => r.Build(1)).ToList();
    }

    private static int OpenSiblingIndex(List<NodeBuilder> stack, LabelKind kind, int depth)
    {
        if (kind != LabelKind.Arabic)
        {
            for (int k = stack.Count - 1; k >= 0; k--) if (stack[k].Kind == kind) return k;
            return -1;
        }
        for (int k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k].Kind != LabelKind.Arabic || stack[k].DepthKey > depth) continue;
            return stack[k].DepthKey == depth ? k : k + 1; // same depth: sibling; shallower: child of it
        }
        // Only deeper Arabic items are open ("1.1." before any "1."): the new item sits beside the outermost.
        for (int k = 0; k < stack.Count; k++) if (stack[k].Kind == LabelKind.Arabic) return k;
        return -1;
    }

    private static void SetEnds(List<NodeBuilder> siblings, int parentEnd, IReadOnlyList<Block> blocks)
    {
        for (int k = 0; k < siblings.Count; k++)
        {
            int end = k + 1 < siblings.Count ? PreviousEnd(blocks, siblings[k + 1].BlockIndex) : parentEnd;
            siblings[k].EndOffset = Math.Max(end, siblings[k].LabelSpan.End);
            SetEnds(siblings[k].Children, siblings[k].EndOffset, blocks);
        }
    }

    private static int PreviousEnd(IReadOnlyList<Block> blocks, int blockIndex) =>
        blockIndex > 0 ? blocks[blockIndex - 1].Span.End : blocks[blockIndex].Span.Start;

    private static (LabelKind Kind, string Label, int DepthKey) Classify(Match m)
    {
        if (m.Groups["roman"].Success) return (LabelKind.Roman, m.Groups["roman"].Value, 0);
        if (m.Groups["arabic"].Success)
        {
            string v = m.Groups["arabic"].Value;
            return (LabelKind.Arabic, v, v.Count(c => c == '.') + 1);
        }
        if (m.Groups["paren"].Success) return (LabelKind.ArabicParen, m.Groups["paren"].Value, 0);
        if (m.Groups["letter"].Success) return (LabelKind.Letter, m.Groups["letter"].Value, 0);
        if (m.Groups["dash"].Success) return (LabelKind.Dash, "-", 0);
        if (m.Groups["plus"].Success) return (LabelKind.Plus, "+", 0);
        if (m.Groups["bullet"].Success) return (LabelKind.Bullet, m.Groups["bullet"].Value, 0);
        if (m.Groups["article"].Success) return (LabelKind.Article, "Điều " + m.Groups["article"].Value, 0);
        if (m.Groups["chapter"].Success) return (LabelKind.Chapter, "Chương " + m.Groups["chapter"].Value, 0);
        return (LabelKind.Section, "Mục " + m.Groups["section"].Value, 0);
    }

    private static TextField Heading(NormalizedText doc, Block b, int labelLength)
    {
        int s = b.Span.Start + labelLength;
        while (s < b.Span.End && doc.Text[s] == ' ') s++;
        int e = b.Span.End;
        // The heading is the item's first clause: up to the first colon, or the first 200 characters.
        int colon = doc.Text.IndexOf(':', s, e - s);
        while (colon >= 0 && colon + 1 < e && char.IsDigit(doc.Text[colon + 1])) colon = doc.Text.IndexOf(':', colon + 1, e - colon - 1);
        if (colon >= 0 && colon - s <= 200) e = colon;
        else if (e - s > 200) e = s + 200;
        while (e > s && doc.Text[e - 1] == ' ') e--;
        var span = TextSpan.FromBounds(s, e);
        return new TextField(doc.Slice(span), span);
    }

    // ---- tables --------------------------------------------------------------------------------

    private static List<(Table Table, int FirstBlock, int LastBlock)> FindTables(NormalizedText doc, IReadOnlyList<Block> blocks, CellIndex cells, int start, int end)
    {
        var result = new List<(Table, int, int)>();
        foreach (var run in cells.Runs)
        {
            if (run.Count < 6) continue;
            int first = run[0].FirstBlock, last = run[^1].LastBlock;
            if (first < start || last >= end) continue;
            var tableCells = run.Select(c => MakeCell(doc, blocks, c)).ToList();
            var rowStarts = run.Select(c => blocks[c.FirstBlock].StartsRow).ToList();
            var table = rowStarts.Count(x => x) >= 2 ? ExplicitTable(tableCells, rowStarts) : BuildTable(tableCells);
            result.Add((table, first, last));
        }
        return result;
    }

    private static TableCell MakeCell(NormalizedText doc, IReadOnlyList<Block> blocks, CellIndex.Cell c)
    {
        var span = TextSpan.FromBounds(blocks[c.FirstBlock].Span.Start, blocks[c.LastBlock].Span.End);
        return new TableCell(doc.Slice(span), span);
    }

    /// <summary>A table whose reader marked where rows start (DOCX, HTML, Markdown rows): the first row is the header.</summary>
    private static Table ExplicitTable(List<TableCell> cells, List<bool> rowStarts)
    {
        var rows = new List<TableRow>();
        var current = new List<TableCell>();
        for (int k = 0; k < cells.Count; k++)
        {
            if (rowStarts[k] && current.Count > 0) { rows.Add(new TableRow(current)); current = []; }
            current.Add(cells[k]);
        }
        if (current.Count > 0) rows.Add(new TableRow(current));
        var span = TextSpan.FromBounds(cells[0].Span.Start, cells[^1].Span.End);
        // A first row without any item label or number is a header row.
        bool header = rows.Count > 1 && !rows[0].Cells.Any(c => StructurePatterns.Label().IsMatch(c.Text) || c.Text.Any(char.IsDigit));
        return header
            ? new Table(span, rows[0].Cells, rows.Skip(1).ToList(), RowsAreInferred: false)
            : new Table(span, [], rows, RowsAreInferred: false);
    }

    private static Table BuildTable(List<TableCell> cells)
    {
        var span = TextSpan.FromBounds(cells[0].Span.Start, cells[^1].Span.End);
        // Header: the leading cells before the first cell that opens an item ("I. …", "1. …", "- …").
        int headerCount = 0;
        for (int k = 0; k < cells.Count && k < 24; k++)
        {
            if (StructurePatterns.Label().IsMatch(cells[k].Text)) { headerCount = k; break; }
        }
        var header = cells.Take(headerCount).ToList();
        var rows = new List<TableRow>();
        var current = new List<TableCell>();
        for (int k = headerCount; k < cells.Count; k++)
        {
            var c = cells[k];
            // A one-paragraph cell that opens an item ("1. …", "- …") starts a row; a cell listing several
            // "- …" lines is an agency list inside a row. Without a label, a long task-like text after a
            // full row's worth of cells starts one too.
            var label = StructurePatterns.Label().Match(c.Text);
            bool listLabel = label.Groups["dash"].Success || label.Groups["plus"].Success || label.Groups["bullet"].Success;
            bool opensItem = label.Success && !(listLabel && c.Text.Contains('\n'));
            bool taskLike = c.Text.Length >= 20 && !c.Text.Contains('\n') && !IsNoteLike(c.Text) && !TableCellPatterns.TimeOrAgency().IsMatch(c.Text);
            int fullRow = 9 + GroupCells(current);
            if (current.Count > 0 && ((opensItem && current.Count >= 3) || (taskLike && current.Count >= fullRow)))
            {
                rows.Add(new TableRow(current));
                current = [];
            }
            current.Add(c);
        }
        if (current.Count > 0) rows.Add(new TableRow(current));
        return new Table(span, header, rows, RowsAreInferred: true);
    }

    // Leading cells of a row that name its group ("II. CẢI CÁCH THỂ CHẾ", "Xây dựng, kiểm tra…") before the item.
    private static int GroupCells(List<TableCell> row)
    {
        if (row.Count == 0 || !StructurePatterns.Label().Match(row[0].Text).Groups["roman"].Success) return 0;
        return row.Count > 1 && StructurePatterns.Label().IsMatch(row[1].Text) ? 1 : 2;
    }

    private static bool IsNoteLike(string t) =>
        t.StartsWith("Thông tư", StringComparison.Ordinal) || t.StartsWith("Quyết định", StringComparison.Ordinal) ||
        t.StartsWith("QĐ", StringComparison.Ordinal) || t.StartsWith("TT ", StringComparison.Ordinal) ||
        t.StartsWith("Nghị định", StringComparison.Ordinal) || t.StartsWith("Giao ", StringComparison.Ordinal) ||
        t.StartsWith("Thời lượng", StringComparison.Ordinal) || t.StartsWith("Thực hiện theo", StringComparison.Ordinal) ||
        t.StartsWith("(", StringComparison.Ordinal);

    // ---- closing matter ------------------------------------------------------------------------

    private static RecipientList? FindRecipients(NormalizedText doc, IReadOnlyList<Block> blocks, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            string t = doc.Slice(blocks[i].Span);
            if (!t.StartsWith("Nơi nhận", StringComparison.Ordinal)) continue;
            var items = new List<TextField>();
            int k = i + 1;
            for (; k < end; k++)
            {
                string it = doc.Slice(blocks[k].Span);
                if (it.Length == 0 || !(it[0] is '-' or '+' or '•')) break;
                items.Add(Field(doc, blocks[k]));
                if (blocks[k].EndsCell) break;
            }
            return new RecipientList(Field(doc, blocks[i]), items);
        }
        return null;
    }

    private static SignatureBlock? FindSignature(NormalizedText doc, IReadOnlyList<Block> blocks, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            string t = doc.Slice(blocks[i].Span);
            var mode = StructurePatterns.SignatureMode().Match(t);
            bool isPosition = IsPosition(t);
            if (!mode.Success && !isPosition) continue;

            string? m = mode.Success ? mode.Groups["mode"].Value : null;
            string? onBehalf = null, position = null;
            if (mode.Success)
            {
                string rest = mode.Groups["rest"].Value.Trim();
                // TM. ỦY BAN NHÂN DÂN: for the body; KT. CHỦ TỊCH / TL. / TUQ.: for the head named.
                onBehalf = rest.Length > 0 ? rest : null;
            }
            else position = t;
            int last = i;
            TextField? signer = null;
            for (int k = i + 1; k < end && k <= i + 4; k++)
            {
                string nt = doc.Slice(blocks[k].Span);
                if (nt.Length == 0) continue;
                if (IsPosition(nt)) { position = nt; last = k; continue; }
                if (StructurePatterns.PersonName().IsMatch(nt) && nt.Length <= 40) { signer = Field(doc, blocks[k]); last = k; break; }
                if (onBehalf is not null && position is null && ReflowStep.IsAllCaps(nt)) { position = nt; last = k; continue; }
                break;
            }
            var span = TextSpan.FromBounds(blocks[i].Span.Start, blocks[last].Span.End);
            return new SignatureBlock(new TextField(doc.Slice(span), span), m, onBehalf, position, signer);
        }
        return null;
    }

    private static bool IsPosition(string t)
    {
        if (!ReflowStep.IsAllCaps(t)) return false;
        foreach (string p in VietnameseLexicon.SignaturePositions) if (t == p) return true;
        return false;
    }

    private static TextField Field(NormalizedText doc, Block b) => new(doc.Slice(b.Span), b.Span);
}
