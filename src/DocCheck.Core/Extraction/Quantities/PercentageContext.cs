using DocCheck.Text;

namespace DocCheck.Extraction.Quantities;

/// <summary>
/// What stands around a percentage and says whether it is a share of one whole: the words after it, the clause
/// before it and a "trên" right before it. Each reads a bounded window of the whole text rather than of the value's
/// block, so the words after a value that ends its line are read on the next one.
/// </summary>
internal static class PercentageContext
{
    private const int AfterWindow = 30, BeforeWindow = 120;

    /// <summary>"102% dự toán", "150% mức lương": a ratio to what follows.</summary>
    public static bool RatioToReference(string text, TextSpan value) =>
        QuantityPatterns.RatioToReference().IsMatch(text.AsSpan(value.End, Math.Min(AfterWindow, text.Length - value.End)));

    /// <summary>"tổng tỷ lệ … từ 61% đến 121%": the sentence before the value, on its line, speaks of a sum of proportions.</summary>
    public static bool SumOfProportions(string text, TextSpan value)
    {
        int from = Math.Max(0, value.Start - BeforeWindow);
        var before = text.AsSpan(from, value.Start - from);
        before = before[(before.LastIndexOfAny('.', ';', '\n') + 1)..];
        // Both forms hold "tỷ lệ": a vectorized look for its "ỷ" spares the pattern in almost every clause.
        return before.IndexOfAny('ỷ', 'Ỷ') >= 0 && QuantityPatterns.SumOfProportions().IsMatch(before);
    }

    /// <summary>The value with the "trên" written right before it ("trên 100%", "trên100%"), or null.</summary>
    public static TextSpan? WithQualifier(string text, TextSpan value)
    {
        int s = value.Start;
        if (s >= 4 && text.AsSpan(s - 4, 4).Equals("trên", StringComparison.OrdinalIgnoreCase)) return TextSpan.FromBounds(s - 4, value.End);
        if (s >= 5 && text.AsSpan(s - 5, 5).Equals("trên ", StringComparison.OrdinalIgnoreCase)) return TextSpan.FromBounds(s - 5, value.End);
        return null;
    }
}
