using DocCheck.Text;

namespace DocCheck.Extraction.Plans;

/// <summary>The years a plan covers ("năm 2021", "giai đoạn 2016-2020", "đến năm 2025"), and where that was read.</summary>
public sealed record PlanPeriod(int StartYear, int EndYear, TextSpan Span, string Text, bool FromTitle)
{
    /// <summary>True for years inferred from the document's own year, not stated by the plan (<see cref="PlanFacts.ImpliedPeriod"/>).</summary>
    public bool Implied { get; init; }

    /// <summary>True when <paramref name="year"/> lies in the period.</summary>
    public bool Contains(int year) => year >= StartYear && year <= EndYear;

    public override string ToString() => StartYear == EndYear ? StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{StartYear}–{EndYear}";
}
