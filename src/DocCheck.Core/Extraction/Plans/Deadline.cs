using DocCheck.Extraction.Dates;
using DocCheck.Text;

namespace DocCheck.Extraction.Plans;

/// <summary>A time given for a task: a table row's "thời gian hoàn thành" cell or a "Thời gian thực hiện:" line.</summary>
public sealed record Deadline(DateMention When, string Task, TextSpan TaskSpan, bool FromTable, bool Ongoing)
{
    /// <summary>The date is one end of a range ("từ tháng 12/2020 đến tháng 3/2021"): the range as a whole is the time.</summary>
    public bool EndOfRange { get; init; }

    /// <summary>
    /// The task wraps a period up — a report, review, award or settlement ("báo cáo", "tổng kết", "khen thưởng",
    /// "quyết toán"), due early in the next year. Looked for when read: only a rule asks, and only of a few deadlines,
    /// while reading every task when extracting would scan most of a plan's text again.
    /// </summary>
    public bool IsWrapUp => DeadlinePatterns.WrapUp().IsMatch(Task);
}
