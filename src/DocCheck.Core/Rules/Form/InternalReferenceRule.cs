using System.Text.RegularExpressions;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Rules.Form;

/// <summary>DC1006: an internal reference to a part that does not exist ("điểm 9 Mục II" when Mục II has 8 points).</summary>
public sealed partial class InternalReferenceRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC1006", RuleCategory.Form, RuleLevel.Info,
        "Dẫn chiếu nội bộ tới phần không có", "Internal reference to a part that does not exist",
        "\"{0}\": {1}", "\"{0}\": {1}");

    [GeneratedRegex(@"(?:các\s+)?(?:điểm|khoản|mục)\s+(?<nums>\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*(?:và|,)\s*\d{1,3})?)\s+(?:Mục|mục|Phần|phần)\s+(?<sec>[IVXLC]{1,6})\b(?!\s+(?:của\s+)?(?:Luật|Nghị|Quyết|Thông|Chỉ|Kế\s+hoạch\s+số|Chương\s+trình\s+số))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Reference();

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        var doc = c.Document.Normalized;
        bool en = c.Lang == "en";
        foreach (var part in c.Document.Structure.Parts)
        {
            var romanNodes = part.Outline.Where(n => n.Kind == LabelKind.Roman).ToList();
            // Two parts with the same number make a reference ambiguous (and are DC1005's business).
            if (romanNodes.Count == 0 || romanNodes.Select(n => n.Label).Distinct().Count() != romanNodes.Count) continue;
            var romans = romanNodes.ToDictionary(n => n.Label, n => n);
            string text = doc.Slice(part.Span);
            foreach (Match m in Reference().Matches(text))
            {
                var span = new TextSpan(part.Span.Start + m.Index, m.Length);
                string sec = m.Groups["sec"].Value;
                if (!romans.TryGetValue(sec, out var section))
                {
                    yield return c.Report(Rule, span, [m.Value, en ? $"there is no part {sec}" : $"văn bản không có Mục {sec}"]);
                    continue;
                }
                var numbered = section.Children.Where(ch => ch.Kind == LabelKind.Arabic && !ch.Label.Contains('.')).Select(ch => ch.Label).ToHashSet();
                if (numbered.Count == 0) continue;
                foreach (Match num in NumberList().Matches(m.Groups["nums"].Value))
                {
                    if (numbered.Contains(num.Value)) continue;
                    yield return c.Report(Rule, span, [m.Value, en ? $"part {sec} has no point {num.Value} (it has {numbered.Count})" : $"Mục {sec} không có điểm {num.Value} (Mục {sec} có {numbered.Count} điểm)"],
                        [new RelatedLocation(section.LabelSpan, $"Mục {sec}")]);
                }
            }
        }
    }

    [GeneratedRegex(@"\d{1,3}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NumberList();
}
