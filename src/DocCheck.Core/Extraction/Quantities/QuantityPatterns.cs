using System.Text.RegularExpressions;
using DocCheck.Lexicon;

namespace DocCheck.Extraction.Quantities;

/// <summary>The patterns of quantity extraction, compiled once: bounded quantifiers and a time-out each (the hostile suite checks they scale linearly).</summary>
internal static partial class QuantityPatterns
{
    private const RegexOptions Bounded = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;
    private const string Num = @"\d{1,3}(?:[.,]\d{1,3})?";

    /// <summary>
    /// Not the tail of a larger number ("1,7" → "7", "241.331" → "331"); and thousands groups bounded to six (10^18):
    /// an unbounded "(?:\.\d{3})+" backtracked through every group at every start, and "1.000.000.…" without a unit
    /// ran into the time-out (found by the hostile suite).
    /// </summary>
    private const string NotATail = @"(?<!\d[.,])";
    private const string Grouped = @"\d{1,3}(?:\.\d{3}){1,6}";

    /// <summary>"từ 20 đến 30%", "20-30%".</summary>
    [GeneratedRegex(@"\btừ\s{1,3}(?<a>" + Num + @")\s?%?\s{1,3}(?:đến|tới)\s{1,3}(?<b>" + Num + @")\s?%|\b(?<a>" + Num + @")\s?%?\s?[-–]\s?(?<b>" + Num + @")\s?%", Bounded, 1000)]
    public static partial Regex PercentRange();

    [GeneratedRegex(@"\b(?<a>\d{1,4}(?:[.,]\d{1,3})?)\s?%(?<up>\s{1,3}trở\s{1,3}lên)?(?<down>\s{1,3}trở\s{1,3}xuống)?", Bounded, 1000)]
    public static partial Regex Percent();

    /// <summary>"7/8,5 điểm", "0/1.5 điểm", "6,5/6,5 điểm".</summary>
    [GeneratedRegex(@"\b(?<a>\d{1,3}(?:[.,]\d{1,3})?)\s?/\s?(?<b>\d{1,3}(?:[.,]\d{1,3})?)\s{0,3}điểm\b", Bounded, 1000)]
    public static partial Regex ScoreOf();

    /// <summary>"0,5 điểm", "01 điểm", and the broken "5, 15 điểm".</summary>
    [GeneratedRegex(@"\b(?<a>\d{1,3})(?<broken>,\s\d{1,2})?(?<dec>[.,]\d{1,3})?\s{1,3}điểm\b", Bounded, 1000)]
    public static partial Regex Score();

    /// <summary>"41/63 tỉnh/thành", "4/19 xã, thị trấn".</summary>
    [GeneratedRegex(@"\b(?<a>\d{1,3})\s?/\s?(?<n>\d{1,3})\s{1,3}(?<unit>tỉnh\s?/\s?thành(?:\s+phố)?|tỉnh,\s{0,2}thành(?:\s+phố)?|tỉnh|xã,\s{0,2}phường,\s{0,2}thị\s+trấn|xã,\s{0,2}thị\s+trấn|xã,\s{0,2}phường|xã|phường|huyện|quận|đơn\s+vị|sở,\s{0,2}ngành|sở|bộ,\s{0,2}ngành|bộ|cơ\s+quan|địa\s+phương|trường)", Bounded, 1000)]
    public static partial Regex Rank();

    private const string MoneyPattern = NotATail + @"\b(?<n>" + Grouped + @"(?:,\d{1,3})?|\d{1,6}(?:,\d{1,3})?)\s{0,2}(?<unit>tỷ\s+đồng|tỉ\s+đồng|triệu\s+đồng|nghìn\s+đồng|ngàn\s+đồng|đồng|VNĐ|VND)\b";

    /// <summary>Money in digits with a unit: "70.000.000 đồng", "5 tỷ đồng", "200 triệu đồng".</summary>
    [GeneratedRegex(MoneyPattern, Bounded, 1000)]
    public static partial Regex Money();

    /// <summary><see cref="Money"/> starting exactly where the search starts (<c>\G</c>): tried only at <see cref="NumberUnitStarts"/>.</summary>
    [GeneratedRegex(@"\G(?:" + MoneyPattern + ")", Bounded, 1000)]
    public static partial Regex MoneyAt();

    /// <summary>Money in words ending in "đồng": "Một tỷ, bảy trăm năm mươi hai triệu, năm trăm tám mươi ngàn đồng".</summary>
    [GeneratedRegex(@"\b(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|linh|lẻ|nghìn|ngàn|triệu|tỷ|tỉ)(?:[\s,]+(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|linh|lẻ|nghìn|ngàn|triệu|tỷ|tỉ))+[\s,]+đồng\b", Bounded, 1000)]
    public static partial Regex MoneyWords();

    /// <summary>A whole table cell that is an amount: "158.580.000".</summary>
    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3}){1,5}$", Bounded, 1000)]
    public static partial Regex AmountCell();

    /// <summary>Minutes after an hour, and what follows them: "20 giờ 15 phút ngày 08/5", "0 giờ 00 phút,".</summary>
    [GeneratedRegex(@"^\s{0,2}(?<mm>\d{2})\s{0,2}phút(?<day>\s{0,2},?\s{0,2}(?:ngày|sáng|chiều|tối|trưa))?", Bounded, 1000)]
    public static partial Regex MinutesAfterHour();

    /// <summary>Words before an hour that make it a time of day: "lúc 14 giờ", "vào 8 giờ"; with minutes also "từ", "đến", "-".</summary>
    [GeneratedRegex(@"(?<at>\blúc|\bvào)\s{0,2}$|(?<from>\btừ|\bđến|[-–])\s{0,2}$", Bounded, 1000)]
    public static partial Regex ClockBefore();

    /// <summary>A year's lead-in before a number: "năm 2026 tỉnh", "giai đoạn 2026 - 2028 TỈNH".</summary>
    [GeneratedRegex(@"(?:năm|đoạn|đến|[-–])\s{0,2}$", Bounded, 1000)]
    public static partial Regex YearLeadIn();

    private const string DurationPattern = NotATail + @"\b(?<n>\d{1,4})\s{1,3}(?<unit>ngày\s+làm\s+việc|ngày|tuần|tháng|giờ|phút)\b";

    /// <summary>Durations: "không quá 3 tháng", "trong 05 ngày làm việc", "04 ngày/lớp".</summary>
    [GeneratedRegex(DurationPattern, Bounded, 1000)]
    public static partial Regex Duration();

    /// <summary><see cref="Duration"/> anchored at the search start, for <see cref="NumberUnitStarts"/>.</summary>
    [GeneratedRegex(@"\G(?:" + DurationPattern + ")", Bounded, 1000)]
    public static partial Regex DurationAt();

    /// <summary>Units counted in plans and reports ("02 đợt", "2000 cuốn", "83 đơn vị"), longest first so that a
    /// multi-word unit wins over its first word. Kept here as a constant (it was Resources/count-units.txt) so that
    /// <see cref="Count"/> is source-generated: built at run time it ran in the regex interpreter, which tried the
    /// units one by one at every number (issue 9).</summary>
    private const string CountUnits = @"doanh\s+nghiệp|dịch\s+vụ\s+công|lượt\s+người|chuyên\s+mục|công\s+chức|viên\s+chức|sáng\s+kiến|sản\s+phẩm|hội\s+nghị|điểm\s+cầu|kế\s+hoạch|thủ\s+tục|văn\s+bản|ấn\s+phẩm|cơ\s+quan|mô\s+hình|báo\s+cáo|đơn\s+vị|cán\s+bộ|phường|trường|hồ\s+sơ|người|video|huyện|đề\s+án|lượt|cuộc|cuốn|cổng|buổi|tỉnh|đợt|lớp|tin|bài|lần|bộ|xã";

    private const string CountPattern = NotATail + @"\b(?<n>" + Grouped + @"|\d{1,6}(?:,\d{1,2})?)\s{1,3}(?<unit>" + CountUnits + @")\b";

    /// <summary>Counts with their unit: "02 đợt", "2000 cuốn", "83 đơn vị", "241.331 hồ sơ", "1,7 lần".</summary>
    [GeneratedRegex(CountPattern, Bounded, 1000)]
    public static partial Regex Count();

    /// <summary><see cref="Count"/> anchored at the search start, for <see cref="NumberUnitStarts"/>.</summary>
    [GeneratedRegex(@"\G(?:" + CountPattern + ")", Bounded, 1000)]
    public static partial Regex CountAt();

    /// <summary>
    /// Where a number that a unit word follows can start, in order: an ASCII digit with no digit before it whose run of
    /// digits, '.' and ',' is followed by at most three white-space characters and a letter. Every match of
    /// <see cref="Money"/>, <see cref="Duration"/> and <see cref="Count"/> starts at one of them: its number is such a
    /// run from its start (a digit before would fail its <c>\b</c>; a '.' or ',' after its number would be neither the
    /// space nor the letter its unit needs), and its unit is a word. False when the text holds other scripts' digits,
    /// which the patterns' <c>\d</c> also takes: then the patterns search the whole block.
    /// </summary>
    public static bool NumberUnitStarts(string s, List<int> into)
    {
        into.Clear();
        var span = s.AsSpan();
        if (span.IndexOfAnyInRange('\u0660', '\u1DFF') >= 0 || span.IndexOfAnyInRange('\uA620', '\uABFF') >= 0 || span.IndexOfAnyInRange('\uFF10', '\uFF19') >= 0) return false;
        int i = span.IndexOfAnyInRange('0', '9');
        while (i >= 0)
        {
            int k = i + 1;
            while (k < s.Length && (char.IsAsciiDigit(s[k]) || s[k] is '.' or ',')) k++;
            int j = k;
            while (j < s.Length && j - k < 3 && char.IsWhiteSpace(s[j])) j++;
            if (j < s.Length && char.IsLetter(s[j])) into.Add(i);
            // The next digit that has no digit before it.
            int next = i + 1;
            while (next < s.Length && char.IsAsciiDigit(s[next])) next++;
            int more = span[next..].IndexOfAnyInRange('0', '9');
            i = more < 0 ? -1 : next + more;
        }
        return true;
    }

    /// <summary>The qualifier right before a value.</summary>
    [GeneratedRegex(@"(?<q>không\s+vượt\s+quá|không\s+quá|không\s+dưới|không\s+thấp\s+hơn|tối\s+thiểu(?:\s+là)?(?:\s+từ)?|ít\s+nhất(?:\s+là)?|tối\s+đa(?:\s+là)?|trên|dưới|vượt|hơn|từ|đạt)\s*$", Bounded, 1000)]
    public static partial Regex QualifierBefore();

    /// <summary>Words that make a percentage a change rather than a share of a whole.</summary>
    [GeneratedRegex(@"\b(?:tăng|giảm|tăng\s+trưởng|rút\s+ngắn|cắt\s+giảm|tiết\s+kiệm)\b", Bounded, 1000)]
    public static partial Regex GrowthBefore();

    [GeneratedRegex(@"^\s{0,3}(?:so\s+với|so\s+cùng\s+kỳ)", Bounded, 1000)]
    public static partial Regex GrowthAfter();

    /// <summary>After a percentage, what it is a ratio of: a plan, an amount, a rate ("102% dự toán", "150% mức lương").</summary>
    [GeneratedRegex(@"^\s{0,3}(?:so\s+với|dự\s+toán|kế\s+hoạch|chỉ\s+tiêu|nhiệm\s+vụ|cùng\s+kỳ|mức|định\s+mức|giá|giá\s+trị|số\s+tiền|tiền|lương|thu\s+nhập|thuế|phí|lệ\s+phí|vốn|doanh\s+thu|công\s+suất)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    public static partial Regex RatioToReference();

    /// <summary>Before a percentage, a sum of proportions: "tổng tỷ lệ tổn thương cơ thể …", "tỷ lệ … cộng dồn".</summary>
    [GeneratedRegex(@"tổng\s+(?:cộng\s+)?(?:các\s+)?tỷ\s+lệ|tỷ\s+lệ\s+[^.;:]{0,40}cộng\s+dồn", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    public static partial Regex SumOfProportions();
}
