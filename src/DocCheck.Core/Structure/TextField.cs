using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Structure;

/// <summary>A piece of normalized text and where it stands.</summary>
public sealed record TextField(string Text, TextSpan Span)
{
    /// <summary>The whole of block <paramref name="b"/>.</summary>
    internal static TextField Of(NormalizedText doc, Block b) => new(doc.TextOf(b), b.Span);
}
