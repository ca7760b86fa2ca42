using System.Text.RegularExpressions;

namespace DocCheck.Extraction.Plans;

/// <summary>The patterns that say what a deadline is, compiled once, each with a time-out.</summary>
internal static partial class DeadlinePatterns
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;

    /// <summary>A task that wraps a period up: reports, reviews, awards, settlements.</summary>
    [GeneratedRegex(@"(?i)báo\s+cáo|tổng\s+kết|sơ\s+kết|khen\s+thưởng|thi\s+đua|hồ\s+sơ|đánh\s+giá|quyết\s+toán|chấm\s+điểm|tự\s+đánh\s+giá", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex WrapUp();

    /// <summary>The words before a range's end on the same line: "từ", "đến", "tới", a dash.</summary>
    [GeneratedRegex(@"(?i)(?:từ|đến|tới|-|–)[ \t]*$", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex RangeWordBefore();

    /// <summary>
    /// The words after a range's start on the same line: "đến", "tới", a dash. A dash opening the next line is the
    /// bullet of the next item or cell ("Trong tháng 1 năm 2021" / "- Tại TTHCC tỉnh: …"), not a range.
    /// </summary>
    [GeneratedRegex(@"(?i)^[ \t]*(?:đến|tới|-|–)\s", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex RangeWordAfter();

    /// <summary>
    /// A label that gives a task its time, up to its colon: "Thời gian thực hiện:", "Thời gian:", "Thời hạn hoàn
    /// thành:", "Thời gian thực hiện Kế hoạch:", "Tiến độ thực hiện:", "Thời gian, địa điểm:". Words only between the
    /// first two words and the colon, so a label never reaches across a number.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?:thời\s+gian|thời\s+hạn|tiến\s+độ|hạn\s+hoàn\s+thành)(?:[ ,]{1,3}\p{L}{1,12}){0,6}?\s{0,2}:", Opts, 1000)]
    public static partial Regex TimeLabel();

    /// <summary>An item that only announces the times under it: "3. Thời gian thực hiện", "IV. TIẾN ĐỘ THỰC HIỆN", "1. Thời gian thi đua".</summary>
    [GeneratedRegex(@"^(?:thời\s+gian|thời\s+hạn|tiến\s+độ)(?:[\s,]{1,3}\p{L}{1,12}){0,6}\s*:?\s*$", Opts, 1000)]
    public static partial Regex TimeHeading();

    /// <summary>The heading of a table's time column: "Thời gian thực hiện", "Thời gian hoàn thành", "Thời hạn", "Tiến độ".</summary>
    [GeneratedRegex(@"^[\s*]*(?:thời\s+gian|thời\s+hạn|tiến\s+độ|hạn\s+hoàn\s+thành)\b", Opts, 1000)]
    public static partial Regex TimeColumn();

    /// <summary>
    /// The words before a date a task is done at: "hoàn thành việc rà soát vào …", "xong vào …". No number or
    /// percentage between ("tỷ lệ hoàn thành đạt 90% vào năm 2025" is a target), no clause boundary.
    /// </summary>
    [GeneratedRegex(@"(?:hoàn\s+thành|xong)\b[^\d%;:.()]{0,80}?\bvào\s{1,3}$", Opts, 1000)]
    public static partial Regex DoneAtBefore();
}
