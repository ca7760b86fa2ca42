using System.Globalization;
using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>
/// DC4001: a target share of a whole goes above 100% — "100% cán bộ" under "Mục tiêu" becomes "trên 100% cán bộ", "đạt
/// 95%" becomes "đạt 105%". Only shares are touched: not a change ("tăng 20%"), a bound ("dưới 5%", "từ 80%"), nor a
/// ratio to a plan or an amount ("95% kế hoạch", "100% mức lương"). A plan whose targets hold no such share gets none.
/// </summary>
public sealed class PercentPlanter : IPlanter
{
    public DefectKind Kind => DefectKind.OverHundredPercent;

    public IEnumerable<PlantedDefect> Candidates(PlantingSite site, Random random)
    {
        var bodyStarts = site.Body.Select(b => b.Span.Start).ToHashSet();
        // The sections "Mục tiêu", "Chỉ tiêu" (their whole span), and any paragraph that says "phấn đấu".
        var targetSections = site.Nodes.Where(n => PlantPatterns.TargetHeading().IsMatch(Head(n.Node.Heading.Text))).Select(n => n.Node.Span).ToList();
        foreach (var block in site.Body)
        {
            string text = site.TextOf(block);
            bool target = targetSections.Any(s => s.Contains(block.Span.Start)) || text.Contains("phấn đấu", StringComparison.OrdinalIgnoreCase);
            if (!target) continue;
            foreach (System.Text.RegularExpressions.Match m in PlantPatterns.Percent().Matches(text))
            {
                var v = m.Groups["v"];
                if (!decimal.TryParse(v.Value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value) || value < 50 || value > 100) continue;
                string before = text[Math.Max(0, m.Index - 30)..m.Index];
                string after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 30)];
                if (PlantPatterns.NotShareBefore().IsMatch(before) || PlantPatterns.NotShareAfter().IsMatch(after)) continue;
                var numberSpan = site.ToSource(new TextSpan(block.Span.Start + v.Index, v.Length));
                TextEdit edit;
                string shown;
                if (value == 100)
                {
                    edit = new TextEdit(new TextSpan(numberSpan.Start, 0), "trên ");
                    shown = $"{m.Value} → trên {m.Value}";
                }
                else
                {
                    string over = (101 + random.Next(20)).ToString(CultureInfo.InvariantCulture);
                    edit = new TextEdit(numberSpan, over);
                    shown = $"{m.Value} → {over}%";
                }
                yield return new PlantedDefect(Kind, [edit], site.SourceOf(block), $"{shown}: \"{PlantText.Quote(before.TrimStart() + m.Value + after, 70)}\"");
            }
        }
    }

    private static string Head(string heading) => heading.Length > 100 ? heading[..100] : heading;
}
