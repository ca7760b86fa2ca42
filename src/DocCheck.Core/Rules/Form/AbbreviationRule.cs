namespace DocCheck.Rules.Form;

/// <summary>DC1007: an abbreviation is used before the place that defines it ("… cải cách hành chính (CCHC)").</summary>
public sealed class AbbreviationRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC1007", RuleCategory.Form, RuleLevel.Info,
        "Viết tắt được dùng trước khi định nghĩa", "Abbreviation used before it is defined",
        "\"{0}\" được dùng trước chỗ định nghĩa ở dòng {1}", "\"{0}\" is used before it is defined on line {1}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var d in c.Document.Abbreviations)
        {
            if (d.EarlierUse is not { } use) continue;
            int defLine = c.Document.Normalized.SourcePosition(d.Span.Start).Line;
            yield return c.Report(Rule, use, [d.Abbreviation, defLine], [new RelatedLocation(d.Span, "định nghĩa")]);
        }
    }
}
