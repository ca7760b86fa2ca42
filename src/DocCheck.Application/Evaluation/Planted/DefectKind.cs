namespace DocCheck.Application.Evaluation.Planted;

/// <summary>The kinds of defect the planted-defect evaluation writes into a copy of a document.</summary>
public enum DefectKind
{
    /// <summary>"Số: /KH-UBND": the header's number left blank (DC1001).</summary>
    BlankNumber,
    /// <summary>"ngày    tháng    năm 2025": the header's date left blank (DC1002).</summary>
    BlankDate,
    /// <summary>An instrument cited a second time with another date of the same year (DC2001).</summary>
    SecondDate,
    /// <summary>A citation dated after the document's own date (DC2003).</summary>
    CitedAfterDocument,
    /// <summary>A deadline in a task bullet years outside the plan's period (DC3003).</summary>
    DeadlineOutsidePeriod,
    /// <summary>A target "trên 100%" or "105%" of a whole (DC4001).</summary>
    OverHundredPercent,
    /// <summary>A budget table whose stated total no longer adds up (DC4006).</summary>
    BudgetTotal,
    /// <summary>A score above the maximum written with it, "9,5/8 điểm" (DC4002).</summary>
    ScoreAboveMaximum,
    /// <summary>A rank outside 1..N, "21/19 xã" (DC4003).</summary>
    RankOutOfRange,
    /// <summary>A list label skipped or repeated ("a) b) b)", "1. 2. 4.") (DC1005).</summary>
    Numbering,
    /// <summary>A blank "……" left in the body (DC5003).</summary>
    Placeholder,
    /// <summary>"ngay" for "ngày" before a date (DC5002).</summary>
    NgayTypo,
    /// <summary>A misspelling from Resources/misspellings.tsv (DC5002).</summary>
    Misspelling,
}

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
