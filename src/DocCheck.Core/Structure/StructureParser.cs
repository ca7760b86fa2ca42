using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Structure;

/// <summary>
/// Reads the layout of a normalized document: parts, header, preamble, outline, tables, recipients and
/// signature. Works on blocks only; anything it cannot find is left absent.
/// </summary>
public sealed class StructureParser
{
    /// <summary>Parses <paramref name="doc"/>.</summary>
    public DocumentStructure Parse(NormalizedText doc)
    {
        var blocks = doc.Blocks;
        var cells = CellIndex.Build(blocks);
        var parts = new List<DocumentPart>();
        // A portal summary may precede the document itself; the document starts at its header.
        int first = blocks.Count == 0 ? 0 : HeaderParser.Start(doc, blocks, 0, blocks.Count);
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
            string t = doc.TextOf(blocks[i]);
            if (i > start && (bodySeen || closed))
            {
                bool annex = t.StartsWith("PHỤ LỤC", StringComparison.Ordinal);
                if (annex || HeaderParser.TypeWordOf(t) is not null)
                {
                    yield return (start, i, kind);
                    start = i;
                    kind = annex ? PartKind.Annex : PartKind.Embedded;
                    bodySeen = closed = false;
                    continue;
                }
            }
            if (StructurePatterns.Label().IsMatch(t) || t.StartsWith("Căn cứ", StringComparison.Ordinal)) bodySeen = true;
            if (ClosingParser.Opens(t)) closed = true;
        }
        yield return (start, blocks.Count, kind);
    }

    // ---- one part ------------------------------------------------------------------------------

    private static DocumentPart ParsePart(NormalizedText doc, IReadOnlyList<Block> blocks, CellIndex cells, int start, int end, PartKind kind)
    {
        var span = TextSpan.FromBounds(blocks[start].Span.Start, blocks[end - 1].Span.End);
        var (header, bodyStart) = HeaderParser.Parse(doc, blocks, start, end);
        int closing = ClosingParser.Start(doc, blocks, bodyStart, end);

        var tables = TableParser.Find(doc, blocks, cells, bodyStart, closing);
        var inTable = new HashSet<int>();
        foreach (var (_, first, last) in tables) for (int k = first; k <= last; k++) inTable.Add(k);

        var (preamble, outlineStart) = PreambleParser.Parse(doc, blocks, bodyStart, closing);
        var outline = OutlineParser.Build(doc, blocks, outlineStart, closing, inTable);
        var recipients = ClosingParser.FindRecipients(doc, blocks, closing, end);
        var signature = ClosingParser.FindSignature(doc, blocks, closing, end);
        return new DocumentPart(kind, span, header, preamble, outline, tables.Select(t => t.Table).ToList(), recipients, signature);
    }
}
