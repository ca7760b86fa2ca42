namespace DocCheck.Normalization;

/// <summary>
/// What a typed query needs to meet the normalized text of documents: the same Unicode clean-up (NFC, Đ for the
/// Icelandic Ð, odd spaces) and the same tone-mark placement ("hoà" → "hòa").
/// </summary>
public static class QueryText
{
    private static readonly INormalizationStep[] Steps = [new UnicodeCleanupStep(), new ToneMarkStep()];

    /// <summary>The query text normalized as documents are.</summary>
    public static string Normalize(string text)
    {
        foreach (var step in Steps) text = step.Apply(text).Text;
        return text;
    }
}
