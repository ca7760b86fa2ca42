using DocCheck.Structure;

namespace DocCheck.Rules.Form;

/// <summary>DC1006: an internal reference to a part that does not exist ("điểm 9 Mục II" when Mục II has 8 points).</summary>
public sealed class InternalReferenceRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC1006", RuleCategory.Form, RuleLevel.Info,
        "Dẫn chiếu nội bộ tới phần không có", "Internal reference to a part that does not exist",
        "\"{0}\": {1}", "\"{0}\": {1}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        bool en = c.Lang == "en";
        var parts = c.Document.Structure.Parts;
        int part = -1;
        Dictionary<string, OutlineNode>? romans = null;
        foreach (var r in c.Document.InternalReferences)
        {
            if (r.Part != part) { part = r.Part; romans = Sections(parts[part]); }
            if (romans is null) continue;
            if (!romans.TryGetValue(r.Section, out var section))
            {
                yield return c.Report(Rule, r.Span, [r.Text, en ? $"there is no part {r.Section}" : $"văn bản không có Mục {r.Section}"]);
                continue;
            }
            var numbered = section.Children.Where(ch => ch.Kind == LabelKind.Arabic && !ch.Label.Contains('.')).Select(ch => ch.Label).ToHashSet();
            if (numbered.Count == 0) continue;
            foreach (var num in r.Numbers)
            {
                if (numbered.Contains(num.Label)) continue;
                yield return c.Report(Rule, r.Span, [r.Text, en ? $"part {r.Section} has no point {num.Label} (it has {numbered.Count})" : $"Mục {r.Section} không có điểm {num.Label} (Mục {r.Section} có {numbered.Count} điểm)"],
                    [new RelatedLocation(section.LabelSpan, $"Mục {r.Section}")]);
            }
        }
    }

    /// <summary>The part's Roman sections by label, or null when two share a number (DC1005's business) and a reference would be ambiguous.</summary>
    private static Dictionary<string, OutlineNode>? Sections(DocumentPart part)
    {
        var romanNodes = part.Outline.Where(n => n.Kind == LabelKind.Roman).ToList();
        if (romanNodes.Count == 0 || romanNodes.Select(n => n.Label).Distinct().Count() != romanNodes.Count) return null;
        return romanNodes.ToDictionary(n => n.Label, n => n);
    }
}
