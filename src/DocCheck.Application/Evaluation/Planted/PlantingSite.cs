using DocCheck.Normalization;
using DocCheck.Pipeline;
using DocCheck.Reporting.Lint;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>
/// One document as the planters see it: its analysis (structure, blocks, citations, dates — the places a defect can
/// go), its source text (what is edited), and what DocCheck already reports on it (a place where the expected rule
/// already fires cannot tell a planted defect from a real one).
/// </summary>
public sealed class PlantingSite
{
    private readonly Lazy<IReadOnlyList<Block>> _body;
    private readonly Lazy<IReadOnlyList<TextSpan>> _tables;
    private readonly Lazy<IReadOnlyList<Block>> _content;
    private readonly Lazy<IReadOnlyList<(OutlineNode Node, IReadOnlyList<OutlineNode> Ancestors)>> _nodes;

    public PlantingSite(AnalyzedDocument document, IReadOnlyList<LocatedFinding> baseline)
    {
        Document = document;
        Baseline = baseline;
        _tables = new(() => document.Structure.Parts.SelectMany(p => p.Tables).Select(t => t.Span).ToList());
        _body = new(() => FindBody(tables: false));
        _content = new(() => FindBody(tables: true));
        _nodes = new(FindNodes);
    }

    /// <summary>The original document, analyzed.</summary>
    public AnalyzedDocument Document { get; }

    /// <summary>What DocCheck reports on the original.</summary>
    public IReadOnlyList<LocatedFinding> Baseline { get; }

    public NormalizedText Normalized => Document.Normalized;

    /// <summary>The source text the edits apply to.</summary>
    public string Source => Document.Source.Text;

    /// <summary>The source span behind a span of the normalized text.</summary>
    public TextSpan ToSource(TextSpan normalized) => Normalized.ToSource(normalized);

    /// <summary>The source span of a block.</summary>
    public TextSpan SourceOf(Block block) => Normalized.ToSource(block.Span);

    /// <summary>The text of a block (normalized).</summary>
    public string TextOf(Block block) => Normalized.TextOf(block);

    /// <summary>Where text inserted right after normalized offset <paramref name="end"/> (exclusive end of a span) goes in the source.</summary>
    public int SourceEnd(int end) => Normalized.Map.MapEnd(end);

    /// <summary>Where text inserted right before normalized offset <paramref name="start"/> goes in the source.</summary>
    public int SourceStart(int start) => Normalized.Map.MapStart(start);

    /// <summary>The document's own date from its header, when complete.</summary>
    public DateOnly? DocumentDate => Document.Structure.Header.PlaceDate?.Date.Value;

    /// <summary>True when normalized offset <paramref name="offset"/> lies in a table.</summary>
    public bool InTable(int offset) => _tables.Value.Any(t => t.Contains(offset));

    /// <summary>
    /// The body's paragraphs: blocks of the document and of documents it carries (not annexes), after each one's header
    /// and before its recipients and signature, outside tables. Preamble lines ("Căn cứ …") count.
    /// </summary>
    public IReadOnlyList<Block> Body => _body.Value;

    /// <summary>The body's paragraphs and the cells of its tables (annexes' too).</summary>
    public IReadOnlyList<Block> Content => _content.Value;

    /// <summary>Outline nodes with their ancestors (outermost first), in document order.</summary>
    public IReadOnlyList<(OutlineNode Node, IReadOnlyList<OutlineNode> Ancestors)> Nodes => _nodes.Value;

    /// <summary>The block that holds normalized offset <paramref name="offset"/>.</summary>
    public Block BlockAt(int offset) => Normalized.BlockAt(offset);

    /// <summary>True when a citation starts in <paramref name="block"/>.</summary>
    public bool HasCitation(Block block) => Document.Citations.Any(c => block.Span.Contains(c.Span.Start));

    /// <summary>
    /// Where to add words at the end of a paragraph, in the source: before its final ".", ";", ":" or ",", else after
    /// its last character.
    /// </summary>
    public int EndOfSentence(Block block)
    {
        string t = TextOf(block);
        int i = t.Length - 1;
        while (i >= 0 && (char.IsWhiteSpace(t[i]) || t[i] == '*')) i--;
        if (i >= 0 && t[i] is '.' or ';' or ':' or ',') return SourceStart(block.Span.Start + i);
        return SourceEnd(block.Span.Start + i + 1);
    }

    /// <summary>True when the original already has a finding of <paramref name="rule"/> on a line of <paramref name="sourceRegion"/>.</summary>
    public bool BaselineReports(string rule, TextSpan sourceRegion)
    {
        var (first, last) = Lines(Document.Source, sourceRegion);
        return Baseline.Any(f => f.RuleId == rule && f.Location.Start.Line <= last && f.Location.End.Line >= first);
    }

    /// <summary>The 1-based first and last lines a source span covers (an empty span: its line).</summary>
    public static (int First, int Last) Lines(SourceText source, TextSpan span)
    {
        int first = source.GetPosition(Math.Min(span.Start, source.Text.Length)).Line;
        int endOffset = span.Length == 0 ? span.Start : span.End - 1;
        int last = source.GetPosition(Math.Clamp(endOffset, 0, source.Text.Length)).Line;
        return (first, Math.Max(first, last));
    }

    private IReadOnlyList<Block> FindBody(bool tables)
    {
        var result = new List<Block>();
        foreach (var part in Document.Structure.Parts)
        {
            if (part.Kind == PartKind.Annex && !tables) continue;
            var h = part.Header;
            int start = new[] { h.Issuer?.Field.Span, h.Motto?.Span, h.Number?.Field.Span, h.PlaceDate?.Field.Span, h.TypeWord?.Span, h.Title?.Span, h.Authority?.Span, h.AttachedTo?.Span }
                .Where(s => s is not null).Select(s => s!.Value.End).DefaultIfEmpty(part.Span.Start).Max();
            int end = new[] { part.Recipients?.Heading.Span.Start, part.Signature?.Field.Span.Start }
                .Where(s => s is not null && s.Value > start).Select(s => s!.Value).DefaultIfEmpty(part.Span.End).Min();
            foreach (var b in Normalized.Blocks)
            {
                if (b.Span.Start < start || b.Span.End > end || b.Span.Length == 0) continue;
                bool inTable = InTable(b.Span.Start), annex = part.Kind == PartKind.Annex;
                if (tables ? !inTable && annex : annex || inTable) continue;
                result.Add(b);
            }
        }
        return result;
    }

    private List<(OutlineNode, IReadOnlyList<OutlineNode>)> FindNodes()
    {
        var result = new List<(OutlineNode, IReadOnlyList<OutlineNode>)>();
        void Walk(OutlineNode n, List<OutlineNode> path)
        {
            result.Add((n, path.ToList()));
            path.Add(n);
            foreach (var c in n.Children) Walk(c, path);
            path.RemoveAt(path.Count - 1);
        }
        foreach (var part in Document.Structure.Parts)
            foreach (var n in part.Outline) Walk(n, []);
        return result;
    }
}
