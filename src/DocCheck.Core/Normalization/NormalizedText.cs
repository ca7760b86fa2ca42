using DocCheck.Text;

namespace DocCheck.Normalization;

/// <summary>The analysis text of a document: normalized, reflowed into blocks, with its map to the source.</summary>
public sealed class NormalizedText(SourceText source, string text, OffsetMap map, IReadOnlyList<Block> blocks)
{
    /// <summary>The source it came from.</summary>
    public SourceText Source { get; } = source;

    /// <summary>The normalized text; blocks are separated by '\n'.</summary>
    public string Text { get; } = text;

    /// <summary>Map from offsets in <see cref="Text"/> to offsets in the source text.</summary>
    public OffsetMap Map { get; } = map;

    /// <summary>The paragraphs and table cells of the text, in order.</summary>
    public IReadOnlyList<Block> Blocks { get; } = blocks;

    /// <summary>The block containing <paramref name="offset"/> (or ending right at it), found by binary search.</summary>
    public Block BlockAt(int offset)
    {
        int lo = 0, hi = Blocks.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (Blocks[mid].Span.Start <= offset) lo = mid; else hi = mid - 1;
        }
        return Blocks[lo];
    }

    // Each block's text, made once: the structure parser, the extractors and the rules each read every block, and a
    // substring per reader was a third of what an analysis allocated. Filled as asked for; two threads that ask at once
    // write equal strings.
    private readonly string?[] _blockText = new string?[blocks.Count];

    /// <summary>The text of a block of this document (made once, then shared).</summary>
    public string TextOf(Block block)
    {
        int i = block.Index;
        if ((uint)i >= (uint)_blockText.Length || !ReferenceEquals(Blocks[i], block)) return Slice(block.Span);
        return _blockText[i] ??= Slice(block.Span);
    }

    /// <summary>The text of a span.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The source span a normalized span came from.</summary>
    public TextSpan ToSource(TextSpan span) => Map.MapSpan(span);

    /// <summary>Source line and column (1-based) where a normalized offset starts.</summary>
    public LinePosition SourcePosition(int offset) => Source.GetPosition(Map.MapStart(offset));

    /// <summary>The original source text behind a normalized span, for quoting in reports.</summary>
    public string Quote(TextSpan span) => Source.Slice(ToSource(span));
}
