using DocCheck.Text;

namespace DocCheck.Extraction.Dates;

/// <summary>
/// A date or period as written ("ngày 23/4/2018", "Quý II/2021", "6 tháng đầu năm 2021", "trong tháng 11 hằng năm")
/// with the interval it stands for where one can be given. An impossible date (31/02, tháng 13, quý V) is kept
/// with <see cref="IsValid"/> false and the reason in <see cref="Problem"/>.
/// </summary>
public sealed record DateMention
{
    public required DateKind Kind { get; init; }
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public int? Day { get; init; }
    public int? Month { get; init; }
    public int? Quarter { get; init; }
    public int? Year { get; init; }
    /// <summary>Last year of a range ("giai đoạn 2016-2020").</summary>
    public int? EndYear { get; init; }
    public DateQualifier Qualifier { get; init; }
    public bool IsValid { get; init; } = true;
    public string? Problem { get; init; }
    /// <summary>True when a word of the date is glued to its number ("tháng 10năm 2025", "ngày15 tháng10"): a typo, or the
    /// spacing a PDF converter lost.</summary>
    public bool IsGlued { get; init; }
    /// <summary>True when this is the issue date written with a citation ("Nghị định … ngày 23/4/2018").</summary>
    public bool InCitation { get; init; }
}
