namespace DocCheck.Rules.Targets;

/// <summary>DC4008: a stated count differs from the items listed before it ("cả 02 Chỉ số này" after three indices).</summary>
public sealed class StatedCountRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC4008", RuleCategory.Targets, RuleLevel.Warning,
        "Số lượng nêu không khớp số mục đã liệt kê", "Stated count differs from the items listed",
        "\"{0}\" nhưng trước đó liệt kê {1} mục: {2}", "\"{0}\" but {1} items are listed before: {2}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var s in c.Document.StatedCounts)
        {
            // One item is no list to count against.
            if (s.ListSpan is not { } list || s.Items.Count < 2 || s.Items.Count == s.Count) continue;
            string items = string.Join(", ", s.Items);
            yield return c.Report(Rule, s.Span, [s.Text, s.Items.Count, items], [new RelatedLocation(list, items)]);
        }
    }
}
