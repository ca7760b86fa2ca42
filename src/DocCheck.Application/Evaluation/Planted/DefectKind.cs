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
