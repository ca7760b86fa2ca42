namespace DocCheck.Rules.TextQuality;

/// <summary>
/// DC5005: the same words written twice in a row ("hoặc hoặc", "quy trình quy trình"). Reads
/// <see cref="Pipeline.AnalyzedDocument.RepeatedWords"/>; the fix deletes the second copy. Silent where the source shows
/// broken encoding (DC5001's); annexes and forms are read too (a slip there is a slip: 24 more on corpus-ext, one false).
/// </summary>
public sealed class RepeatedWordsRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC5005", RuleCategory.Text, RuleLevel.Warning,
        "Từ bị lặp", "Words written twice",
        "“{0}” viết hai lần liền nhau", "“{0}” is written twice in a row");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        // Text in a broken encoding repeats its garbled fragments ("hµ hµ").
        if (c.Document.EncodingTraces.Any(t => t.Garbles)) yield break;
        foreach (var r in c.Document.RepeatedWords)
        {
            yield return c.Report(Rule, r.Span, [r.Words], [], new SuggestedFix(r.Span, ""));
        }
    }
}

/// <summary>
/// DC5006: a syllable split by a stray space ("t ừ", "di đ ộng", "qu y định"): a lone initial consonant and the rhyme
/// that completes it. Reads <see cref="Pipeline.AnalyzedDocument.SplitSyllables"/>; the fix joins them. Silent where the
/// source shows broken encoding (DC5001's) and in templates (the text layer of forms letter-spaces whole words: "Đ ơn
/// đă ng ký", where joining one pair gives no word).
/// </summary>
public sealed class SplitSyllableRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC5006", RuleCategory.Text, RuleLevel.Info,
        "Chữ bị tách bởi dấu cách", "A syllable split by a space",
        "“{0}” bị tách đôi: viết liền là “{1}”", "“{0}” is split by a space: written whole it is “{1}”");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        if (c.Document.EncodingTraces.Any(t => t.Garbles)) yield break;
        foreach (var x in c.Document.SplitSyllables)
        {
            if (c.InTemplate(x.Span.Start)) continue;
            yield return c.Report(Rule, x.Span, [c.Quote(x.Span), x.Joined], [], new SuggestedFix(x.Span, x.Joined));
        }
    }
}
