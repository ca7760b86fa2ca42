using DocCheck.Normalization;

namespace DocCheck.Structure;

/// <summary>Reads the preamble of a part: the "Căn cứ …", "Theo đề nghị …" and "Xét …" clauses before its outline.</summary>
internal static class PreambleParser
{
    /// <summary>The clauses among blocks <paramref name="start"/>..<paramref name="end"/> before the first outline label, and the block after the last one.</summary>
    public static (List<PreambleClause> Clauses, int OutlineStart) Parse(NormalizedText doc, IReadOnlyList<Block> blocks, int start, int end)
    {
        var preamble = new List<PreambleClause>();
        int outlineStart = start;
        for (int i = start; i < end; i++)
        {
            string t = doc.TextOf(blocks[i]);
            if (StructurePatterns.Label().IsMatch(t) && !t.StartsWith('-') && !t.StartsWith('+')) break;
            var pk = KindOf(t);
            if (pk is { } k) { preamble.Add(new PreambleClause(k, TextField.Of(doc, blocks[i]))); outlineStart = i + 1; }
        }
        return (preamble, outlineStart);
    }

    /// <summary>What the clause a block opens does, or null when it opens none.</summary>
    public static PreambleKind? KindOf(string t)
    {
        if (t.StartsWith("Căn cứ", StringComparison.Ordinal)) return PreambleKind.Basis;
        if (t.StartsWith("Theo đề nghị", StringComparison.Ordinal) || t.StartsWith("Xét đề nghị", StringComparison.Ordinal)) return PreambleKind.Proposal;
        if (t.StartsWith("Trên cơ sở", StringComparison.Ordinal) || t.StartsWith("Xét ", StringComparison.Ordinal)) return PreambleKind.Consideration;
        return null;
    }
}
