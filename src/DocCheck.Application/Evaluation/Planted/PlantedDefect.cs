using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>
/// One defect to plant: the edits of the source text, the region of the original source where the finding must be
/// reported (the planted block, or the table whose total no longer adds up), and the planted text as a person would
/// describe it ("ngày 04/02/2016 → ngày 04/05/2016").
/// </summary>
public sealed record PlantedDefect(DefectKind Kind, IReadOnlyList<TextEdit> Edits, TextSpan Region, string Planted)
{
    /// <summary>The rule that must report it.</summary>
    public string Rule => Kind.Rule();
}
