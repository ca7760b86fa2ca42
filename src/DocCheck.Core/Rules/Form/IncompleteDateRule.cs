namespace DocCheck.Rules.Form;

/// <summary>DC1002: the issue date is missing or incomplete ("ngày tháng 02 năm 2023").</summary>
public sealed class IncompleteDateRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC1002", RuleCategory.Form, RuleLevel.Error,
        "Ngày ban hành bị thiếu hoặc chưa đủ", "Issue date missing or incomplete",
        "Ngày ban hành chưa đủ: \"{0}\" (thiếu {1})", "Issue date incomplete: \"{0}\" (missing {1})");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        var h = c.Document.Structure.Header;
        if (h.PlaceDate is { } pd && !pd.Date.IsComplete)
        {
            var missing = new List<string>();
            bool en = c.Lang == "en";
            if (pd.Date.Day is null) missing.Add(en ? "day" : "ngày");
            if (pd.Date.Month is null) missing.Add(en ? "month" : "tháng");
            if (pd.Date.Year is null) missing.Add(en ? "year" : "năm");
            yield return c.Report(Rule, pd.Field.Span, [c.Quote(pd.Field.Span), string.Join(", ", missing)]);
        }
        // "No date line" only when the opening has no "ngày … tháng … năm" at all; otherwise the layout (PDF columns,
        // a flattened line) hid it from the header parser and the document is not at fault.
        else if (h.PlaceDate is null && h.Number is { } n && !c.Document.Kind.Opening.HasFullDate)
        {
            yield return c.Report(Rule, n.Field.Span, [c.Quote(n.Field.Span), c.Lang == "en" ? "the place and date line" : "dòng địa danh, ngày tháng"]);
        }
    }
}
