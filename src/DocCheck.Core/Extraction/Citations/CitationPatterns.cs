using System.Text.RegularExpressions;

namespace DocCheck.Extraction.Citations;

/// <summary>The regular expressions of citation extraction, compiled once: bounded quantifiers and a time-out each (the hostile suite checks they scale linearly).</summary>
internal static partial class CitationPatterns
{
    private const RegexOptions Bounded = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;
    private const int TimeoutMs = 2000;

    /// <summary>How far before a number or a law's name its type word and pinpoint are looked for.</summary>
    public const int BeforeWindow = 70;

    // Compiled by the source generator: as Regex.Replace(text, pattern) calls, this and the extractors' other fixed
    // patterns went through the small static regex cache, which their many patterns kept evicting.
    /// <summary>A run of white space, to be written as one space in keys and names.</summary>
    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    public static partial Regex Spaces();

    /// <summary>
    /// A number/symbol: party "18-NQ/TW", or "61/2018/NĐ-CP", "225/QĐ-TTg", "30c/NQ-CP", "725/BNV-CCHC", the year-less
    /// forms of before 2000 "27/CP", "73-CP", "21-LCT/HĐNN8", and a party symbol with a hyphen for its slash "08-ĐA-TU"
    /// (<see cref="SymbolParser"/> decides which of the thin forms are symbols). Also right after "số" with the space
    /// lost ("Công văn số1911/BNV-TCPCP").
    /// </summary>
    [GeneratedRegex(@"(?:\b|(?<=(?:^|[^\p{L}])[Ss]ố))(?:(?<pnum>\d{1,5})\s?-\s?(?<ptype>\p{L}{1,5})\s?/\s?(?<piss>\p{L}{1,8}\d{0,2})|(?<num>\d{1,5}(?:\.\d{1,2}(?=/(?:19|20)\d\d/))?)(?<suf>[a-zđ]{0,2})\s?/\s?(?:(?<year>(?:19|20)\d\d)\s?/\s?)?(?<sym>\p{L}[\p{L}\d]{0,11}(?:\s?[-/]\s?[\p{L}\d][\p{L}\d.&]{0,15}){0,8})|(?<hnum>\d{1,5})-(?<h1>\p{L}{2,6})(?:-(?<h2>\p{L}{2,5}))?(?![\p{L}\d/&-]))", Bounded, 1000)]
    public static partial Regex Symbol();

    /// <summary>"số" (or "số:") right before a number.</summary>
    [GeneratedRegex(@"(?:^|[^\p{L}])số\s*[:.]?\s*$", Bounded, TimeoutMs)]
    public static partial Regex NumberWordBefore();

    /// <summary>A type word (and "số") right before a number: applied to the short text before it.</summary>
    [GeneratedRegex(@"(?:^|[^\p{L}])(?<tw>Bộ\s+luật|Luật|Pháp\s+lệnh|Hiến\s+pháp|Nghị\s+định|Nghị\s+quyết\s+liên\s+tịch|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Thông\s+tư\s+liên\s+tịch|Thông\s+tư\s+liên\s+bộ|Thông\s+tư\s+liên\s+ngành|Thông\s+tư|Kế\s+hoạch|Chương\s+trình|Kết\s+luận|Hướng\s+dẫn|Công\s+văn|Công\s+điện|Thông\s+báo|Báo\s+cáo|Tờ\s+trình|Quy\s+định|Quy\s+chế|Đề\s+án|Phương\s+án|Văn\s+bản\s+hợp\s+nhất|Văn\s+bản|NĐ|NQ|QĐ|TTLT|TT|CT|KH|CV|CTr|HD|KL|BC|TB|VBHN)\s*(?:số\s*)?[:.]?\s*$", Bounded, TimeoutMs)]
    public static partial Regex TypeWordBefore();

    /// <summary>The head of a list of instruments: "các Nghị quyết của Chính phủ: số 35/NQ-CP …; số 19/2017/NQ-CP …".</summary>
    [GeneratedRegex(@"\bcác\s+(?<tw>Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Thông\s+tư|Kế\s+hoạch|Công\s+văn|Chương\s+trình|Kết\s+luận|Hướng\s+dẫn)(?:\s+của\s+(?<iss>\p{Lu}[^:;,()]{1,60}?))?\s*:\s*(?:số\s*)?$", Bounded, TimeoutMs)]
    public static partial Regex ListHead();

    /// <summary>A pinpoint right before the type word: "khoản 3 Điều 14", "điểm a khoản 1 Điều 2 của".</summary>
    [GeneratedRegex(@"(?<pin>(?:(?:điểm|tiết)\s+[a-zđ\d]{1,3}\s*,?\s+)?(?:khoản\s+\d{1,3}[a-zđ]?\s*,?\s+)?(?:Điều|Chương|Mục|Phụ\s+lục)\s+[\dIVXLC]{1,6}[a-zđ]?)\s*(?:của\s+)?$", Bounded, TimeoutMs)]
    public static partial Regex PinpointBefore();

    /// <summary>Connectors allowed between a symbol and its date: ", ban hành ngày", "được ban hành ngày".</summary>
    [GeneratedRegex(@"^[\s,;:]*(?:(?:được\s+|đã\s+)?ban\s+hành\s+|ký\s+)?$", Bounded, TimeoutMs)]
    public static partial Regex DateConnector();

    /// <summary>"của Thủ tướng Chính phủ" right after the symbol or date.</summary>
    [GeneratedRegex(@"^\s*,?\s*của\s+(?<iss>\p{Lu}[^;,.()\n]{0,80}?)(?=\s+và\s+(?:các\s+)?(?:Luật|Bộ\s+luật|Nghị\s+(?:định|quyết)|Quyết\s+định|Thông\s+(?:tư|báo)|Chỉ\s+thị|Kế\s+hoạch|Chương\s+trình|Công\s+(?:văn|điện)|Hướng\s+dẫn|Kết\s+luận)\b|\s+(?:về|v/v|ban\s+hành|phê\s+duyệt|quy\s+định|hướng\s+dẫn|sửa\s+đổi|bổ\s+sung|thực\s+hiện|triển\s+khai|tại|đã|được|hết|có\s+hiệu\s+lực|như|để|thì|đến|trong|từ|nhằm|giai\s+đoạn|năm)\b|\s*[;,.()\n]|\s*$)", Bounded, TimeoutMs)]
    public static partial Regex IssuerAfter();

    /// <summary>Where a trích yếu starts after the symbol, date or issuer: "về …", "V/v …", "quy định …".</summary>
    [GeneratedRegex(@"^\s*[,:]?\s*(?=(?:về|v/v|ban\s+hành|quy\s+định|hướng\s+dẫn|phê\s+duyệt|sửa\s+đổi|bổ\s+sung|triển\s+khai|thực\s+hiện)\b)", Bounded, TimeoutMs)]
    public static partial Regex SummaryStart();

    /// <summary>Where a trích yếu ends: ";", a sentence end, "(sau đây …", ", có hiệu lực".</summary>
    [GeneratedRegex(@";|\.(?:\s|$)|\(\s*sau\s+đây|,\s*có\s+hiệu\s+lực|\n", Bounded, TimeoutMs)]
    public static partial Regex SummaryEnd();

    /// <summary>"(sau đây gọi tắt là …)", "(sau đây viết tắt là …)", "(gọi tắt là …)".</summary>
    [GeneratedRegex(@"\(\s*(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi|viết)\s+(?:tắt\s+)?là\s*:?\s*(?<alias>[^()]{3,120}?)\s*\)", Bounded, 1000)]
    public static partial Regex AliasDefinition();

    /// <summary>A law, code, ordinance or constitution named without a number.</summary>
    [GeneratedRegex(@"\b(?<kw>Bộ\s+luật|Luật|Pháp\s+lệnh|Hiến\s+pháp)\s+(?<name>[\p{L}][\p{L}\d]*(?:,?\s+[\p{L}][\p{L}]*){0,14})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    public static partial Regex NamedLaw();

    /// <summary>A standard: "TCVN ISO 9001:2008", "TCVN 5712:1993", "ISO 9001:2015".</summary>
    [GeneratedRegex(@"\b(?:TCVN\s+ISO(?:/IEC)?\s+\d{3,5}|TCVN\s+\d{3,5}(?:-\d{1,2})?|ISO(?:/IEC)?\s+\d{3,5})(?:\s?:\s?(?:19|20)\d\d)?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    public static partial Regex Standard();

    /// <summary>"năm 2015" / "2015" right after a law's name.</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:(?:được\s+)?(?:ban\s+hành\s+)?năm\s+)?(?<y>(?:19|20)\d\d)\b", Bounded, TimeoutMs)]
    public static partial Regex YearAfter();

    /// <summary>"… hết hiệu lực" right after a citation.</summary>
    [GeneratedRegex(@"^[^;.\n]{0,40}?\bhết\s+hiệu\s+lực", Bounded, TimeoutMs)]
    public static partial Regex ExpiredAfter();

    /// <summary>Where a citation's trailing context must stop: the effective-date clause.</summary>
    [GeneratedRegex(@"(?:có|đã\s+có)\s+hiệu\s+lực|hiệu\s+lực\s+(?:thi\s+hành\s+)?(?:kể\s+)?từ", Bounded, TimeoutMs)]
    public static partial Regex EffectiveClause();
}
