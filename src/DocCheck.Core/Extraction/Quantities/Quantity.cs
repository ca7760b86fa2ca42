using DocCheck.Text;

namespace DocCheck.Extraction.Quantities;

/// <summary>
/// A quantity with its typed value: a percentage with its qualifier, a score "x/y điểm", a rank "x/N tỉnh/thành",
/// a count with its unit, an amount of money (digits or words), a duration. <see cref="Role"/>, <see cref="Subject"/>,
/// <see cref="Year"/> and <see cref="Baseline"/> say what it means in its plan.
/// </summary>
public sealed record Quantity
{
    public required QuantityKind Kind { get; init; }
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    public required decimal Value { get; init; }
    /// <summary>The maximum of a score (8,5 in "7/8,5 điểm") or the size of a ranking (63 in "36/63").</summary>
    public decimal? Of { get; init; }
    /// <summary>The upper bound of a range ("từ 20 đến 30%").</summary>
    public decimal? UpperValue { get; init; }
    public Comparison Comparison { get; init; }
    public string? Unit { get; init; }
    /// <summary>True for growth ("tăng 120%", "… so với năm trước"), which may exceed 100%.</summary>
    public bool IsGrowth { get; init; }
    /// <summary>True when the number was broken in the source ("5, 15 điểm" read as 5,15).</summary>
    public bool IsBroken { get; init; }
    /// <summary>An amount written in words ("Một tỷ, bảy trăm … đồng").</summary>
    public bool FromWords { get; init; }
    /// <summary>A percentage followed by what it is a ratio of ("102% dự toán", "150% mức lương", "… so với"), not a share of a whole.</summary>
    public bool IsRatioToReference { get; init; }
    /// <summary>A percentage whose clause speaks of a sum of proportions ("tổng tỷ lệ … từ 61% đến 121%"), not of one.</summary>
    public bool InSumOfProportions { get; init; }
    /// <summary>A percentage with the "trên" written right before it ("trên 100%"), or null when there is none.</summary>
    public TextSpan? QualifiedSpan { get; init; }
    public QuantityRole Role { get; init; }
    /// <summary>What is measured ("Tỷ lệ văn bản trao đổi dưới dạng điện tử"), as written before the value.</summary>
    public string? Subject { get; init; }
    /// <summary>The year the value is for ("năm 2016 đạt 5,19 điểm" → 2016).</summary>
    public int? Year { get; init; }
    /// <summary>Index of the baseline this target improves on, in the document's quantity list.</summary>
    public int? Baseline { get; init; }
    /// <summary>The heading of the outline item the quantity stands under ("Mục tiêu cụ thể", "Nhiệm vụ, giải pháp").</summary>
    public string? Section { get; init; }
}
