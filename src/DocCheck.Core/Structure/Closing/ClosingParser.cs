using DocCheck.Lexicon;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Structure;

/// <summary>Reads the closing matter of a part: the "Nơi nhận:" list and the signature block.</summary>
internal static class ClosingParser
{
    /// <summary>True when a block opens the closing matter: "Nơi nhận" or a signature prefix (TM., KT., …).</summary>
    public static bool Opens(string t) =>
        t.StartsWith("Nơi nhận", StringComparison.Ordinal) || StructurePatterns.SignatureMode().IsMatch(t);

    /// <summary>The first block from <paramref name="start"/> that opens the closing matter, or <paramref name="end"/>.</summary>
    public static int Start(NormalizedText doc, IReadOnlyList<Block> blocks, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (Opens(doc.TextOf(blocks[i]))) return i;
        return end;
    }

    /// <summary>The first "Nơi nhận:" list in blocks <paramref name="start"/>..<paramref name="end"/>, or null.</summary>
    public static RecipientList? FindRecipients(NormalizedText doc, IReadOnlyList<Block> blocks, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            string t = doc.TextOf(blocks[i]);
            if (!t.StartsWith("Nơi nhận", StringComparison.Ordinal)) continue;
            var items = new List<TextField>();
            int k = i + 1;
            for (; k < end; k++)
            {
                string it = doc.TextOf(blocks[k]);
                if (it.Length == 0 || !(it[0] is '-' or '+' or '•')) break;
                items.Add(TextField.Of(doc, blocks[k]));
                if (blocks[k].EndsCell) break;
            }
            return new RecipientList(TextField.Of(doc, blocks[i]), items);
        }
        return null;
    }

    /// <summary>The first signature block in blocks <paramref name="start"/>..<paramref name="end"/>, or null.</summary>
    public static SignatureBlock? FindSignature(NormalizedText doc, IReadOnlyList<Block> blocks, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            string t = doc.TextOf(blocks[i]);
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
                string nt = doc.TextOf(blocks[k]);
                if (nt.Length == 0) continue;
                if (IsPosition(nt)) { position = nt; last = k; continue; }
                if (ClosingPatterns.PersonName().IsMatch(nt) && nt.Length <= 40) { signer = TextField.Of(doc, blocks[k]); last = k; break; }
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
}
