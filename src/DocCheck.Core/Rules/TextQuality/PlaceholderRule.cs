namespace DocCheck.Rules.TextQuality;

/// <summary>
/// DC5003: placeholder text left in a document ("……", "xxx", "[…]", "Lorem ipsum"). Blanks in templates, annexes, forms
/// ("Mẫu số 01") and after the signature are the form itself and stay silent.
/// </summary>
public sealed class PlaceholderRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC5003", RuleCategory.Text, RuleLevel.Info,
        "Còn chỗ trống chưa điền", "Placeholder text left in",
        "Còn chỗ trống chưa điền: \"{0}\"", "Placeholder left in: \"{0}\"");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        var h = c.Document.Structure.Header;
        // Blanks in the number and date lines are DC1001 and DC1002.
        var skip = new[] { h.Number?.Field.Span, h.PlaceDate?.Field.Span }.Where(s => s is not null).Select(s => s!.Value).ToList();
        bool filler = false;
        foreach (var p in c.Document.Placeholders)
        {
            if (skip.Any(s => s.Contains(p.Span.Start)) || c.InTemplate(p.Span.Start)) continue;
            // A layout draft's filler is one thing to replace, however often it repeats: the first is reported.
            if (p.Text.StartsWith("lorem", StringComparison.OrdinalIgnoreCase) && filler) continue;
            filler |= p.Text.StartsWith("lorem", StringComparison.OrdinalIgnoreCase);
            yield return c.Report(Rule, p.Span, [p.Text]);
        }
    }
}
