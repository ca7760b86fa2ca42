namespace DocCheck.Rules.Dates;

/// <summary>DC3001: an impossible calendar date, month or quarter anywhere in the text (31/02, tháng 13, quý V).</summary>
public sealed class InvalidDateRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC3001", RuleCategory.Dates, RuleLevel.Info,
        "Ngày, tháng hoặc quý không tồn tại", "Invalid calendar date, month or quarter",
        "\"{0}\": {1}", "\"{0}\": {1}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var d in c.Document.Dates)
        {
            if (d.IsValid || d.InCitation) continue; // dates of citations: DC2007
            // "12 tháng" at a line end and a column number on the next line, "mỗi tháng 15 kg": a month or quarter
            // is only read as a date when its number stands on the same line and is not followed by a unit.
            string raw = c.Document.Normalized.Quote(d.Span);
            if (raw.AsSpan().IndexOfAny('\n', '\r', '|') >= 0 || raw.Contains('\t')) continue;
            string quote = c.Quote(d.Span);
            if (QuantityAfter(c.Document.Normalized.Text, d.Span.End)) continue;
            yield return c.Report(Rule, d.Span, [quote, d.Problem ?? ""]);
        }
    }

    private static bool QuantityAfter(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(12, text.Length - end)).TrimStart(' ');
        return rest.StartsWith("kg") || rest.StartsWith("%") || rest.StartsWith("đồng") || rest.StartsWith("người") || rest.StartsWith(",") && rest.Length > 1 && char.IsDigit(rest[1]);
    }
}
