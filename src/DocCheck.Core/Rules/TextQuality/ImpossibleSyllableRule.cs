namespace DocCheck.Rules.TextQuality;

/// <summary>
/// DC5004: a syllable no Vietnamese word has ("Viêt Nam", "Luât sư", "thưc hiện"): closed by p, t, c or ch without the
/// sắc or nặng tone, or with two tones. Reads <see cref="Pipeline.AnalyzedDocument.ImpossibleSyllables"/>; silent in a
/// document with traces of broken encoding (DC5001's), where such syllables are the encoding's; annexes and forms are read too. Which word was meant
/// ("Viết" or "Việt") is the reader's call, so no fix is given.
/// </summary>
public sealed class ImpossibleSyllableRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC5004", RuleCategory.Text, RuleLevel.Warning,
        "Âm tiết sai chính tả (không có trong tiếng Việt)", "A syllable Vietnamese spelling does not allow",
        "“{0}” không phải âm tiết tiếng Việt: {1}", "“{0}” is not a Vietnamese syllable: {1}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        if (c.Document.EncodingTraces.Any(t => t.Garbles)) yield break;
        bool en = c.Lang == "en";
        foreach (var x in c.Document.ImpossibleSyllables)
        {
            string why = x.Why switch
            {
                "two-tones" => en ? "it carries two tone marks" : "mang hai dấu thanh",
                "half-horn" => en ? "the vowel pair ươ takes the horn on both letters (người, được)" : "cặp nguyên âm ươ phải có dấu móc ở cả hai chữ (người, được)",
                _ => en ? "a syllable ending in p, t, c or ch takes the acute or dot-below tone (sắc, nặng)" : "âm tiết tận cùng bằng p, t, c, ch phải mang dấu sắc hoặc nặng",
            };
            yield return c.Report(Rule, x.Span, [c.Quote(x.Span), why]);
        }
    }
}
