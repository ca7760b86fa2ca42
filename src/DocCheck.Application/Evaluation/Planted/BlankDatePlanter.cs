using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>
/// DC1002: the header's "ngày 28 tháng 02 năm 2018" loses its day, its day and month, or all three, as in a draft
/// awaiting signature ("ngày    tháng    năm 2018").
/// </summary>
public sealed class BlankDatePlanter : IPlanter
{
    public DefectKind Kind => DefectKind.BlankDate;

    public IEnumerable<PlantedDefect> Candidates(PlantingSite site, Random random)
    {
        string src = site.Source;
        var m = PlantPatterns.HeaderDate().Match(src, 0, HeaderArea.Length(src));
        if (!m.Success) yield break;
        int parts = 1 + random.Next(3);
        var groups = new[] { m.Groups["d"], m.Groups["m"], m.Groups["y"] }.Take(parts).ToList();
        var edits = groups.Select(g => new TextEdit(new TextSpan(g.Index, g.Length), new string(' ', 2 + random.Next(4)))).ToList();
        // The place may stand on the line before ("Kon\nTum, ngày 28"); the finding is on the place-date line.
        int lineStart = m.Index > 0 ? src.LastIndexOf('\n', m.Index - 1) + 1 : 0;
        var region = TextSpan.FromBounds(lineStart, m.Index + m.Length);
        // Described with "__" where the blank is, so the report shows it.
        int from = m.Groups["date"].Index;
        string before = src[from..(m.Index + m.Length)];
        string shown = TextEdit.Apply(before, groups.Select(g => new TextEdit(new TextSpan(g.Index - from, g.Length), "__")).ToList());
        yield return new PlantedDefect(Kind, edits, region, $"{PlantText.Quote(before)} → {PlantText.Quote(shown)}");
    }
}
