using System.Globalization;
using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>DC4003: a rank among N units ("4/19 xã, thị trấn") gets a rank above N ("21/19 xã"), in the body or a table.</summary>
public sealed class RankPlanter : IPlanter
{
    public DefectKind Kind => DefectKind.RankOutOfRange;

    public IEnumerable<PlantedDefect> Candidates(PlantingSite site, Random random)
    {
        foreach (var block in site.Content)
        {
            string text = site.TextOf(block);
            foreach (System.Text.RegularExpressions.Match m in PlantPatterns.Rank().Matches(text))
            {
                var x = m.Groups["x"];
                int rank = int.Parse(x.Value, CultureInfo.InvariantCulture), of = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
                if (rank < 1 || of < 2 || rank > of) continue;
                string written = (of + 1 + random.Next(3)).ToString(CultureInfo.InvariantCulture);
                var at = site.ToSource(new TextSpan(block.Span.Start + x.Index, x.Length));
                yield return new PlantedDefect(Kind, [new TextEdit(at, written)], site.SourceOf(block), $"{m.Value} → {written}/{m.Groups["n"].Value} …");
            }
        }
    }
}
