namespace DocCheck.Rules.Citations;

/// <summary>DC2007: the date written with a citation is not a real date ("ngày 31/02/2018", "ngày 09/6/20205").</summary>
public sealed class InvalidCitationDateRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC2007", RuleCategory.Citations, RuleLevel.Error,
        "Ngày của văn bản được dẫn không hợp lệ", "Invalid date in a citation",
        "{0} được ghi \"{1}\": {2}", "{0} is dated \"{1}\": {2}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var x in c.Document.Citations)
        {
            if (x.IsSelf || x.Date is not { IsValid: false } || x.DateSpan is not { } span) continue;
            // "140/2018/NĐ-CP ngày 08/10/20181" in PDF text: the number's own year and a footnote mark glued to it,
            // not a mistyped year ("118/2025/NĐ-CP ngày 09/6/20205" is one).
            if (FootnoteMarkAfterYear(x)) continue;
            // The date as written, and what is wrong with it as the date extraction read it ("tháng 2/2017 không có
            // ngày 31", "năm 20205 viết sai"): the parts as numbers would quote "9/6/20205" for "09/6/20205".
            string? problem = c.Document.Dates.FirstOrDefault(d => d.Span == span)?.Problem;
            yield return c.Report(Rule, span, [x.Key, c.Quote(span), problem ?? (c.Lang == "en" ? "no such date" : "không có ngày này")]);
        }
    }

    private static bool FootnoteMarkAfterYear(Extraction.Citations.Citation x) =>
        x.Year is int y && x.Date is { Day: not null, Month: not null, Year: int written } && written > 9999 && written <= 999_999
        && (written / 10 == y || written / 100 == y);
}
