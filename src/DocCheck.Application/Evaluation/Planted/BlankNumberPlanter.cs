using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>DC1001: "Số: 497/KH-UBND" becomes "Số: /KH-UBND" (or with spaces where the number was), as a draft has it.</summary>
public sealed class BlankNumberPlanter : IPlanter
{
    public DefectKind Kind => DefectKind.BlankNumber;

    public IEnumerable<PlantedDefect> Candidates(PlantingSite site, Random random)
    {
        string src = site.Source;
        var m = PlantPatterns.HeaderNumber().Match(src, 0, HeaderArea.Length(src));
        if (!m.Success) yield break;
        var num = m.Groups["num"];
        int lineEnd = src.IndexOf('\n', num.Index);
        var region = TextSpan.FromBounds(m.Index, lineEnd < 0 ? src.Length : lineEnd);
        string blank = PlantText.Blank(random);
        string after = src.Substring(num.Index + num.Length, Math.Min(30, src.Length - num.Index - num.Length)).Split('\n')[0].Trim();
        yield return new PlantedDefect(Kind, [new TextEdit(new TextSpan(num.Index, num.Length), blank)], region,
            $"Số: {num.Value}{after} → Số: {blank}{after}");
    }
}
