using System.Text.RegularExpressions;

namespace DocCheck.Extraction.DocumentKind;

/// <summary>The patterns the document's kind and its header area are read with, compiled once, each with a time-out.</summary>
internal static partial class DocumentKindPatterns
{
    /// <summary>
    /// A decision's title that issues a plan: "Về việc ban hành Kế hoạch …", "Phê duyệt Đề án …", "Ban hành Chương
    /// trình hành động …" — the verb, at most three words, the plan word, and no number before them (a number is a
    /// cited instrument: "triển khai Quyết định số 1956/QĐ-TTg phê duyệt Đề án …" issues nothing).
    /// </summary>
    [GeneratedRegex(@"(?i)^[^\d]*?\b(?:ban\s+hành|phê\s+duyệt)(?:\s+\p{L}+){0,3}?\s+(?:kế\s+hoạch|chương\s+trình|đề\s+án|phương\s+án|dự\s+án)\b", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex PlanTitle();

    /// <summary>The programme of a meeting, not a plan: "CHƯƠNG TRÌNH Hội nghị …", "Chương trình Đại hội …", "… Hội thảo", "Lễ …".</summary>
    [GeneratedRegex(@"(?i)^\W*(?:chương\s+trình\s+)?(?:hội\s+nghị|hội\s+thảo|đại\s+hội|tọa\s+đàm|toạ\s+đàm|lễ|buổi\s+làm\s+việc|làm\s+việc|phiên\s+họp|cuộc\s+họp)\b", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex Agenda();

    /// <summary>The number line of a law: "Luật số: 43/2024/QH15", "Bộ luật số: 45/2019/QH14".</summary>
    [GeneratedRegex(@"(?i)\b(?:Bộ\s+)?luật\s+số\s*:\s*\d", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex LawNumberLine();

    /// <summary>Any "số" followed by a number with a slash ("Số: 12/KH-UBND", "Luật số: 43/2024/QH15"), or a "Số:" with
    /// a number whose symbol PDF text put elsewhere ("Số: 270" / "/TTr-SNV", "Số: 85" / the motto / "/GM-UBND").</summary>
    [GeneratedRegex(@"(?i)\bsố\s*:?\s*[\p{L}\d.-]*\d[\p{L}\d.-]*\s*/|\bsố\s*:\s*\d{1,6}[a-zđ]?(?=\s|$)", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex AnyNumberLine();

    /// <summary>A full date: "ngày 05 tháng 3 năm 2018" or "ngày 05/3/2018".</summary>
    [GeneratedRegex(@"(?i)ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}|ngày\s*\d{1,2}/\d{1,2}/\d{4}", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex AnyDate();

    /// <summary>The constitution's name in capitals, as its header writes it.</summary>
    [GeneratedRegex(@"HIẾN\s+PHÁP", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex Constitution();

    /// <summary>A heading that starts a form or an annex: "Mẫu số 01", "PHỤ LỤC", "Biểu mẫu", "Biểu số 2".</summary>
    [GeneratedRegex(@"^\s*(?:Mẫu|MẪU|Phụ\s+lục|PHỤ\s+LỤC|Biểu\s+mẫu|BIỂU\s+MẪU|Biểu\s+số|BIỂU\s+SỐ)(?:\s|$|:)", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex FormHeading();
}
