using System.Text.RegularExpressions;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>
/// What the planters look for in a document, compiled once with timeouts. These read the text on their own, not
/// through DocCheck's extractors where a plain pattern will do (the header's number and date, a period in a title),
/// so that a place DocCheck misreads is still planted — and then missed — rather than silently left out.
/// </summary>
internal static partial class PlantPatterns
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const int TimeoutMs = 1000;

    /// <summary>Where a header ends: the first "Căn cứ", or a line holding only the type word in capitals.</summary>
    [GeneratedRegex(@"Căn\s+cứ|^[\s*|]*(?:KẾ\s+HOẠCH|QUYẾT\s+ĐỊNH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|BÁO\s+CÁO|TỜ\s+TRÌNH|NGHỊ\s+QUYẾT|CHỈ\s+THỊ|HƯỚNG\s+DẪN|THÔNG\s+BÁO|PHƯƠNG\s+ÁN|CÔNG\s+ĐIỆN)[\s*]*$", Opts | RegexOptions.Multiline, TimeoutMs)]
    public static partial Regex HeaderEnd();

    /// <summary>The header's "Số: 497/" (the number may be on the next line): the number digits.</summary>
    [GeneratedRegex(@"(?<![\p{L}])Số\s*:?[ \t]*\r?\n?[ \t]*(?<num>\d{1,5}[a-zA-Z]?)(?=[ \t]*/)", Opts, TimeoutMs)]
    public static partial Regex HeaderNumber();

    /// <summary>The header's "Kon Tum, ngày 28 tháng 02 năm 2018", line breaks allowed inside.</summary>
    [GeneratedRegex(@"\p{L}[\s*]*,\s*(?<date>ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4}))", Opts, TimeoutMs)]
    public static partial Regex HeaderDate();

    /// <summary>A period in a title: "giai đoạn 2021 - 2025", "2026-2028" — not a term of office ("nhiệm kỳ 2026-2031").</summary>
    [GeneratedRegex(@"(?<!(?:nhiệm\s+kỳ|khóa)\s*(?:\(\s*)?)(?<a>(?:19|20)\d{2})\s*[-–]\s*(?<b>(?:19|20)\d{2})", Opts | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex YearRange();

    /// <summary>"đến năm 2030".</summary>
    [GeneratedRegex(@"đến\s+năm\s+(?<b>(?:19|20)\d{2})", Opts | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex UntilYear();

    /// <summary>"năm 2021", not the year of a date ("ngày 15 tháng 8 năm 2024").</summary>
    [GeneratedRegex(@"(?<!tháng\s+\d{1,2}\s+)năm\s+(?<a>(?:19|20)\d{2})(?!\s*[-–]\s*\d)", Opts | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex SingleYear();

    /// <summary>A title that names a plan.</summary>
    [GeneratedRegex(@"kế\s+hoạch|chương\s+trình|đề\s+án|phương\s+án", Opts | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex PlanWord();

    /// <summary>A time a task is given, with its year: "trong năm 2026", "trước ngày 30/6/2026", "Thời gian thực hiện: Quý II/2026".</summary>
    [GeneratedRegex(@"(?:trong|trước|chậm\s+nhất|hoàn\s+thành|thời\s+gian(?:\s+thực\s+hiện|\s+hoàn\s+thành)?\s*:|thời\s+hạn(?:\s+hoàn\s+thành)?\s*:?)\s*(?:ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*|(?:tháng|quý)\s+[\dIVX]{1,4}\s*/\s*|năm\s+)(?<y>(?:19|20)\d{2})(?!\s*[-–]\s*\d)", Opts | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex TaskTime();

    /// <summary>Headings of the sections that hold tasks.</summary>
    [GeneratedRegex(@"nhiệm\s+vụ|giải\s+pháp|nội\s+dung|hoạt\s+động|tổ\s+chức\s+thực\s+hiện|phân\s+công|trách\s+nhiệm", Opts | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex TaskHeading();

    /// <summary>Headings of the sections that hold aims, requirements and money, not tasks.</summary>
    [GeneratedRegex(@"mục\s+tiêu|mục\s+đích|yêu\s+cầu|kinh\s+phí|chỉ\s+tiêu|căn\s+cứ|quan\s+điểm|đánh\s+giá|kết\s+quả", Opts | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex NonTaskHeading();

    /// <summary>Headings of the sections that hold targets.</summary>
    [GeneratedRegex(@"mục\s+tiêu|chỉ\s+tiêu", Opts | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex TargetHeading();

    /// <summary>A percentage: "95%", "100 %", "98,5%".</summary>
    [GeneratedRegex(@"(?<![\d,./])(?<v>\d{1,3}(?:,\d{1,2})?)\s*%", Opts, TimeoutMs)]
    public static partial Regex Percent();

    /// <summary>Words before a percentage that make it a change or a bound, not a share of a whole.</summary>
    [GeneratedRegex(@"(?:tăng|giảm|rút\s+ngắn|tiết\s+kiệm|từ|đến|trên|dưới|hơn|vượt|tối\s+đa|không\s+quá|[-–])\s*$", Opts | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex NotShareBefore();

    /// <summary>Words after a percentage that make it a ratio to something else (a plan, an amount) or a range.</summary>
    [GeneratedRegex(@"^\s*(?:so\s+với|dự\s+toán|kế\s+hoạch|chỉ\s+tiêu|nhiệm\s+vụ|cùng\s+kỳ|mức|định\s+mức|giá|tiền|lương|thu\s+nhập|thuế|phí|vốn|doanh\s+thu|công\s+suất|trở\s+lên|trở\s+xuống|[-–]|đến)", Opts | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex NotShareAfter();

    /// <summary>A score with its maximum: "7/8,5 điểm", "8.5/10 điểm".</summary>
    [GeneratedRegex(@"(?<![\d,./])(?<a>\d{1,3}(?:[,.]\d{1,2})?)\s*/\s*(?<b>\d{1,3}(?:[,.]\d{1,2})?)\s*điểm", Opts, TimeoutMs)]
    public static partial Regex Score();

    /// <summary>A rank among N units: "4/19 xã", "36/63 tỉnh".</summary>
    [GeneratedRegex(@"(?<![\d,./])(?<x>\d{1,3})\s*/\s*(?<n>\d{1,3})\s+(?:tỉnh|thành\s+phố|xã|phường|thị\s+trấn|huyện|quận|đơn\s+vị|sở|ngành|bộ|cơ\s+quan|địa\s+phương|trường)(?![\p{L}])", Opts, TimeoutMs)]
    public static partial Regex Rank();

    /// <summary>A word of three letters or more, for a blank to replace.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])\p{Ll}{3,}(?![\p{L}\d])", Opts, TimeoutMs)]
    public static partial Regex PlainWord();

    /// <summary>A cell that holds only an amount with thousands dots: "150.000.000".</summary>
    [GeneratedRegex(@"^\s*\d{1,3}(?:\.\d{3})+\s*$", Opts, TimeoutMs)]
    public static partial Regex AmountCell();

    /// <summary>A year of four digits.</summary>
    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)", Opts, TimeoutMs)]
    public static partial Regex Year();

    /// <summary>
    /// A line that opens a numbered item, markup allowed before it: "II. NHIỆM VỤ", "2. Cải cách…", "2.3. …", "b) …",
    /// "Điều 3.", or a label alone on its line ("1." with the heading on the next, as hard-wrapped text has it).
    /// </summary>
    [GeneratedRegex(@"^[ \t*#]*(?:(?<roman>[IVX]{1,5})\.|(?<multi>\d{1,2}(?:\.\d{1,2}){1,3})\.?|(?<arabic>\d{1,2})\.(?!\d)|(?<letter>[a-zđ])\)|Điều\s+(?<article>\d{1,3})\s*[.:])(?=[ \t*]*(?:\p{L}|\d|$))", Opts | RegexOptions.Multiline, TimeoutMs)]
    public static partial Regex LabelLine();

    /// <summary>The numeral of a Roman label ("II" in "II.").</summary>
    [GeneratedRegex(@"[IVXLC]+", Opts, TimeoutMs)]
    public static partial Regex RomanToken();

    /// <summary>The letter of a letter label ("b" in "b)").</summary>
    [GeneratedRegex(@"^[a-zđ]", Opts, TimeoutMs)]
    public static partial Regex LetterToken();

    /// <summary>The last number of a label ("2" in "1.2.", "3" in "Điều 3.").</summary>
    [GeneratedRegex(@"\d+(?=\D*$)", Opts, TimeoutMs)]
    public static partial Regex LastNumber();

    /// <summary>A run of digits.</summary>
    [GeneratedRegex(@"\d+", Opts, TimeoutMs)]
    public static partial Regex Digits();
}
