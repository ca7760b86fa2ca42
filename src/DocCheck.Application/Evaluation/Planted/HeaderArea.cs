namespace DocCheck.Application.Evaluation.Planted;

/// <summary>The source text before the document proper starts: up to the first "Căn cứ" or the type word in capitals.</summary>
internal static class HeaderArea
{
    private const int MaxLength = 4000;

    /// <summary>Length of the header area of <paramref name="source"/> (0 when the text opens with its type word or its preamble).</summary>
    public static int Length(string source)
    {
        int limit = Math.Min(source.Length, MaxLength);
        var m = PlantPatterns.HeaderEnd().Match(source, 0, limit);
        return m.Success ? m.Index : limit;
    }
}
