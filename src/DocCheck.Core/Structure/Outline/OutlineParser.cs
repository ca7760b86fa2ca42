using System.Text.RegularExpressions;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Structure;

/// <summary>Builds the outline tree of a part from the labels its blocks start with.</summary>
internal static class OutlineParser
{
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

    /// <summary>The top-level items of blocks <paramref name="start"/>..<paramref name="end"/>, leaving out the blocks in <paramref name="skip"/> (tables).</summary>
    public static List<OutlineNode> Build(NormalizedText doc, IReadOnlyList<Block> blocks, int start, int end, HashSet<int> skip)
    {
        var roots = new List<NodeBuilder>();
        var stack = new List<NodeBuilder>();
        for (int i = start; i < end; i++)
        {
            if (skip.Contains(i)) continue;
            var b = blocks[i];
            string t = doc.TextOf(b);
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
}
