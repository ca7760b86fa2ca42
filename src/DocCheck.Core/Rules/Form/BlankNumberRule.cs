namespace DocCheck.Rules.Form;

/// <summary>DC1001: the document number is missing or left blank ("Số: /KH-UBND").</summary>
public sealed class BlankNumberRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC1001", RuleCategory.Form, RuleLevel.Error,
        "Số văn bản bị thiếu hoặc để trống", "Document number missing or blank",
        "{0} — cần điền số trước khi ban hành", "{0} — fill it in before issuing");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        var h = c.Document.Structure.Header;
        if (h.Number is { IsBlank: true } n)
            yield return c.Report(Rule, n.Field.Span, [c.Lang == "en" ? $"Document number left blank: \"{c.Quote(n.Field.Span)}\"" : $"Số văn bản để trống: \"{c.Quote(n.Field.Span)}\""]);
        // "No Số: line" only for a full NĐ 30 header (issuer, motto, date) whose opening really has no number
        // anywhere: "Luật số: 43/2024/QH15" or a number the header parser did not take is not a missing one.
        else if (h.Number is null && h.PlaceDate is { } pd && h.Motto is not null && h.Issuer is not null
                 && !c.Document.Kind.Opening.HasNumberLine && !c.Document.Kind.Opening.IsConstitution)
            yield return c.Report(Rule, pd.Field.Span, [c.Lang == "en" ? "The header has no “Số:” line" : "Phần đầu không có dòng “Số:”"]);
    }
}
