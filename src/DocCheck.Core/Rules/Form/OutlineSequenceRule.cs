using DocCheck.Structure;

namespace DocCheck.Rules.Form;

/// <summary>
/// DC1005: outline numbering duplicated or out of sequence — two "b)" under 1.3, "2.1.2.2." inside 3.1.2,
/// I, II, III, VI. Checks each list of siblings of one kind, and that a numbered child carries its parent's number.
/// </summary>
public sealed class OutlineSequenceRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC1005", RuleCategory.Form, RuleLevel.Info,
        "Đánh số đề mục bị trùng hoặc sai thứ tự", "Outline numbering duplicated or out of sequence",
        "Đề mục \"{0}\" {1}", "Item \"{0}\" {1}");

    private const string Letters = "abcdđeghiklmnopqrstuvxy";
    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var part in c.Document.Structure.Parts)
        {
            foreach (var f in CheckSiblings(c, part.Outline, null)) yield return f;
            foreach (var n in part.AllNodes())
                foreach (var f in CheckSiblings(c, n.Children, n)) yield return f;
        }
    }

    private static IEnumerable<Finding> CheckSiblings(RuleContext c, IReadOnlyList<OutlineNode> siblings, OutlineNode? parent)
    {
        bool en = c.Lang == "en";
        foreach (var group in siblings.GroupBy(s => s.Kind))
        {
            var items = group.ToList();
            if (group.Key is LabelKind.Dash or LabelKind.Plus or LabelKind.Bullet) continue;
            int? previous = null;
            string? previousLabel = null;
            foreach (var n in items)
            {
                // A numbered child should carry its parent's number: "3.1.2.1." under "3.1.2.".
                if (n.Kind == LabelKind.Arabic && parent is { Kind: LabelKind.Arabic } p && n.Label.Contains('.')
                    && !n.Label.StartsWith(p.Label + ".", StringComparison.Ordinal))
                {
                    yield return c.Report(Rule, n.LabelSpan, [n.Label, en ? $"stands under \"{p.Label}\" but does not start with it" : $"nằm trong \"{p.Label}\" nhưng không bắt đầu bằng \"{p.Label}.\""]);
                    previous = Position(n);
                    previousLabel = n.Label;
                    continue;
                }
                int? pos = Position(n);
                if (pos is null) { previous = null; previousLabel = n.Label; continue; }
                // A list that starts again at 1 (or a) almost always belongs to a heading DocCheck did not
                // recognise (a wrapped line, a table), not to a numbering mistake; an inserted article "Điều 5a"
                // of a consolidated text is not a repeat.
                if (pos == 1 || (n.Kind == LabelKind.Article && !char.IsDigit(n.Label[^1]))) { previous = pos; previousLabel = n.Label; continue; }
                if (previous is { } prev)
                {
                    if (pos == prev)
                        yield return c.Report(Rule, n.LabelSpan, [n.Label, en ? $"repeats the previous item \"{previousLabel}\"" : $"trùng với đề mục ngay trước \"{previousLabel}\""]);
                    else if (pos != prev + 1)
                        yield return c.Report(Rule, n.LabelSpan, [n.Label, en ? $"follows \"{previousLabel}\"; expected {Expected(n, prev + 1)}" : $"đứng sau \"{previousLabel}\"; đúng thứ tự là \"{Expected(n, prev + 1)}\""]);
                }
                previous = pos;
                previousLabel = n.Label;
            }
        }
    }

    /// <summary>The position a label stands for in its list (1-based), or null when it cannot be read.</summary>
    private static int? Position(OutlineNode n) => n.Kind switch
    {
        LabelKind.Roman => Array.IndexOf(Romans, n.Label) is int r and >= 0 ? r + 1 : null,
        LabelKind.Arabic => int.TryParse(n.Label.Split('.')[^1], out int a) ? a : null,
        LabelKind.ArabicParen => int.TryParse(n.Label, out int b) ? b : null,
        LabelKind.Letter => Letters.IndexOf(n.Label[0]) is int l and >= 0 ? l + 1 : null,
        LabelKind.Article => int.TryParse(new string(n.Label.Where(char.IsDigit).ToArray()), out int d) ? d : null,
        _ => null,
    };

    private static string Expected(OutlineNode n, int pos) => n.Kind switch
    {
        LabelKind.Roman => pos <= Romans.Length ? Romans[pos - 1] : pos.ToString(System.Globalization.CultureInfo.InvariantCulture),
        LabelKind.Letter => pos <= Letters.Length ? Letters[pos - 1].ToString() : "?",
        LabelKind.Arabic => string.Join('.', n.Label.Split('.')[..^1].Append(pos.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        LabelKind.Article => "Điều " + pos,
        _ => pos.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
