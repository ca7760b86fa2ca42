namespace DocCheck.Application.Evaluation.Planted;

/// <summary>Names and expected rules of the defect kinds.</summary>
public static class DefectKinds
{
    /// <summary>Every kind, in the order reports list them.</summary>
    public static IReadOnlyList<DefectKind> All { get; } = Enum.GetValues<DefectKind>();

    /// <summary>The kind's stable name in reports ("blank-number", "second-date").</summary>
    public static string Name(this DefectKind kind) => kind switch
    {
        DefectKind.BlankNumber => "blank-number",
        DefectKind.BlankDate => "blank-date",
        DefectKind.SecondDate => "second-date",
        DefectKind.CitedAfterDocument => "cited-after-document",
        DefectKind.DeadlineOutsidePeriod => "deadline-outside-period",
        DefectKind.OverHundredPercent => "over-100-percent",
        DefectKind.BudgetTotal => "budget-total",
        DefectKind.ScoreAboveMaximum => "score-above-maximum",
        DefectKind.RankOutOfRange => "rank-out-of-range",
        DefectKind.Numbering => "numbering",
        DefectKind.Placeholder => "placeholder",
        DefectKind.NgayTypo => "ngay-typo",
        DefectKind.Misspelling => "misspelling",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The rule that must report the kind.</summary>
    public static string Rule(this DefectKind kind) => kind switch
    {
        DefectKind.BlankNumber => "DC1001",
        DefectKind.BlankDate => "DC1002",
        DefectKind.SecondDate => "DC2001",
        DefectKind.CitedAfterDocument => "DC2003",
        DefectKind.DeadlineOutsidePeriod => "DC3003",
        DefectKind.OverHundredPercent => "DC4001",
        DefectKind.BudgetTotal => "DC4006",
        DefectKind.ScoreAboveMaximum => "DC4002",
        DefectKind.RankOutOfRange => "DC4003",
        DefectKind.Numbering => "DC1005",
        DefectKind.Placeholder => "DC5003",
        DefectKind.NgayTypo => "DC5002",
        DefectKind.Misspelling => "DC5002",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
