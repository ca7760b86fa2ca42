using System.Globalization;
using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>DC4002: a score written with its maximum ("7/8,5 điểm") gets a score above it ("9,5/8,5 điểm"), in the body or a table.</summary>
public sealed class ScorePlanter : IPlanter
{
    public DefectKind Kind => DefectKind.ScoreAboveMaximum;

    public IEnumerable<PlantedDefect> Candidates(PlantingSite site, Random random)
    {
        foreach (var block in site.Content)
        {
            string text = site.TextOf(block);
            foreach (System.Text.RegularExpressions.Match m in PlantPatterns.Score().Matches(text))
            {
                var a = m.Groups["a"];
                var b = m.Groups["b"];
                if (!TryRead(a.Value, out decimal got) || !TryRead(b.Value, out decimal max) || max <= 0 || got > max) continue;
                char sep = b.Value.Contains('.') ? '.' : ',';
                decimal over = max + (random.Next(2) == 0 ? 0.5m : 1 + random.Next(2));
                string written = over == decimal.Truncate(over) ? over.ToString("0", CultureInfo.InvariantCulture) : over.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', sep);
                var at = site.ToSource(new TextSpan(block.Span.Start + a.Index, a.Length));
                yield return new PlantedDefect(Kind, [new TextEdit(at, written)], site.SourceOf(block), $"{m.Value} → {written}/{b.Value} điểm");
            }
        }
    }

    private static bool TryRead(string s, out decimal v) => decimal.TryParse(s.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out v);
}
