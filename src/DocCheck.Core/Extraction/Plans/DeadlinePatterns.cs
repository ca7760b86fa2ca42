using System.Text.RegularExpressions;

namespace DocCheck.Extraction.Plans;

/// <summary>The patterns that say what a deadline is, compiled once, each with a time-out.</summary>
internal static partial class DeadlinePatterns
{
    /// <summary>A task that wraps a period up: reports, reviews, awards, settlements.</summary>
    [GeneratedRegex(@"(?i)báo\s+cáo|tổng\s+kết|sơ\s+kết|khen\s+thưởng|thi\s+đua|hồ\s+sơ|đánh\s+giá|quyết\s+toán|chấm\s+điểm|tự\s+đánh\s+giá", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex WrapUp();

    /// <summary>The words before a range's end: "từ", "đến", "tới", a dash.</summary>
    [GeneratedRegex(@"(?i)(?:từ|đến|tới|-|–)\s*$", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex RangeWordBefore();

    /// <summary>The words after a range's start: "đến", "tới", a dash.</summary>
    [GeneratedRegex(@"(?i)^\s*(?:đến|tới|-|–)\s", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex RangeWordAfter();
}
