using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>Replace <see cref="Span"/> of the source text with <see cref="Replacement"/> (an empty span inserts).</summary>
public sealed record TextEdit(TextSpan Span, string Replacement)
{
    /// <summary>How much longer the text gets.</summary>
    public int Delta => Replacement.Length - Span.Length;

    /// <summary>Applies non-overlapping edits to <paramref name="text"/>.</summary>
    public static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        var sb = new System.Text.StringBuilder(text.Length + 64);
        int at = 0;
        foreach (var e in edits.OrderBy(e => e.Span.Start))
        {
            if (e.Span.Start < at) throw new ArgumentException("edits overlap", nameof(edits));
            sb.Append(text, at, e.Span.Start - at).Append(e.Replacement);
            at = e.Span.End;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>
    /// Where source offset <paramref name="offset"/> lands after the edits: shifted by every edit before it; an edit that
    /// starts at it shifts it only when <paramref name="end"/> (so a region's end takes in text inserted at it).
    /// </summary>
    public static int Map(int offset, IReadOnlyList<TextEdit> edits, bool end)
    {
        int shift = 0;
        foreach (var e in edits)
            if (e.Span.Start < offset || (end && e.Span.Start == offset)) shift += e.Delta;
        return offset + shift;
    }
}
