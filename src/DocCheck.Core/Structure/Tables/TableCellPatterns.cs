using System.Text.RegularExpressions;

namespace DocCheck.Structure;

/// <summary>What the non-task cells of a plan's table look like: times and agencies.</summary>
internal static partial class TableCellPatterns
{
    /// <summary>A time ("Trong năm 2021", "Quý II/2021", "Thường xuyên") or an agency ("Sở …", "UBND …").</summary>
    [GeneratedRegex(@"^(?:Trong\b|Tháng\b|Quý\b|Năm\b|Thường\s+xuyên|Kế\s+hoạch\s+cụ\s+thể|Cụ\s+thể|\d|Sở\b|Văn\s+phòng|UBND|Các\s|Ủy\s+ban|Ban\b|Báo\b|Đài\b|Thường\s+trực|Cơ\s+quan|Chi\s+cục|Trung\s+tâm)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    public static partial Regex TimeOrAgency();
}
