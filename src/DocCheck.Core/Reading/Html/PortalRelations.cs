using System.Globalization;
using System.Text.RegularExpressions;

namespace DocCheck.Reading.Html;

/// <summary>
/// The wording of portal relationship diagrams (lược đồ) and of their entries. A box label names the other
/// instrument: "Văn bản bị thay thế" lists instruments this one replaces, "Văn bản thay thế" those that replace it,
/// "Văn bản HD, QĐ chi tiết" those that guide or detail it.
/// </summary>
internal static partial class PortalRelations
{
    /// <summary>
    /// The relation a lược đồ label states, from this document's side, or null when the label is not a relation
    /// ("Văn bản hiện thời", anything else).
    /// </summary>
    public static PortalRelation? FromLabel(string label)
    {
        string t = Clean(label).ToLowerInvariant();
        if (t.Length == 0 || t.Length > 80) return null;
        if (t.StartsWith("văn bản ", StringComparison.Ordinal)) t = t["văn bản ".Length..];
        else if (t.StartsWith("vb ", StringComparison.Ordinal)) t = t[3..];
        else return null;
        if (t.Contains("hiện thời", StringComparison.Ordinal) || t.Contains("hiện tại", StringComparison.Ordinal)) return null;
        // "bị …" / "được …": the listed instrument undergoes the act, so this document performs it.
        bool passive = t.StartsWith("bị ", StringComparison.Ordinal) || t.StartsWith("được ", StringComparison.Ordinal);
        if (Has(t, "hợp nhất")) return passive ? PortalRelation.Consolidates : PortalRelation.ConsolidatedBy;
        if (Has(t, "hướng dẫn") || Has(t, "hd") || Has(t, "quy định chi tiết") || Has(t, "qđ chi tiết"))
            return passive ? PortalRelation.Guides : PortalRelation.GuidedBy;
        if (Has(t, "thay thế")) return passive ? PortalRelation.Replaces : PortalRelation.ReplacedBy;
        if (Has(t, "sửa đổi") || Has(t, "bổ sung") || Has(t, "đính chính")) return passive ? PortalRelation.Amends : PortalRelation.AmendedBy;
        if (Has(t, "đình chỉ") || Has(t, "tạm ngưng") || Has(t, "ngưng hiệu lực")) return passive ? PortalRelation.Suspends : PortalRelation.SuspendedBy;
        // vbpl.vn: "Văn bản hết hiệu lực" are made void by this one, "Văn bản quy định hết hiệu lực" void it.
        if (Has(t, "quy định hết hiệu lực")) return PortalRelation.RepealedBy;
        if (Has(t, "hết hiệu lực")) return PortalRelation.Repeals;
        if (Has(t, "hủy bỏ") || Has(t, "huỷ bỏ") || Has(t, "bãi bỏ")) return passive ? PortalRelation.Repeals : PortalRelation.RepealedBy;
        if (Has(t, "căn cứ")) return PortalRelation.Basis;
        if (Has(t, "dẫn chiếu")) return PortalRelation.References;
        if (Has(t, "liên quan")) return PortalRelation.Related;
        return null;
    }

    /// <summary>
    /// Splits a diagram entry such as "Nghị quyết 42/2017/QH14 Về thí điểm xử lý nợ xấu" or "Hiến pháp Không số
    /// Hiến pháp năm 1946" into type, number/symbol and title.
    /// </summary>
    public static (string? Type, string? Number, string? Title) ParseEntry(string text)
    {
        string t = Clean(text);
        var m = NumberSymbol().Match(t);
        if (m.Success)
        {
            string before = t[..m.Index].Trim();
            string after = t[(m.Index + m.Length)..].Trim();
            return (before.Length is > 0 and <= 40 ? before : null, m.Value, after.Length > 0 ? after : null);
        }
        int k = t.IndexOf("Không số", StringComparison.OrdinalIgnoreCase);
        if (k >= 0)
        {
            string before = t[..k].Trim();
            string after = t[(k + "Không số".Length)..].Trim();
            return (before.Length is > 0 and <= 40 ? before : null, null, after.Length > 0 ? after : null);
        }
        return (null, null, t.Length > 0 ? t : null);
    }

    /// <summary>A number/symbol ("42/2017/QH14", "31/VBHN-VPQH", "18-NQ/TW") inside <paramref name="text"/>, or null.</summary>
    public static string? FindNumber(string text)
    {
        var m = NumberSymbol().Match(text);
        return m.Success ? m.Value : null;
    }

    /// <summary>A portal value, or null for its placeholders ("Đã biết", "Đang cập nhật", "Không số", "Khongso").</summary>
    public static string? Value(string? raw)
    {
        if (raw is null) return null;
        string v = Clean(raw);
        if (v.Length == 0) return null;
        string l = v.ToLowerInvariant();
        if (l is "đã biết" or "đang cập nhật" or "không số" or "khongso" or "không có" or "..." or "…" or "-" or "không") return null;
        return v;
    }

    /// <summary>"28/11/2013" → that date; anything else → null.</summary>
    public static DateOnly? Date(string? raw)
    {
        if (raw is null) return null;
        var m = DateText().Match(raw);
        if (!m.Success) return null;
        return DateOnly.TryParseExact(m.Value, ["d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    /// <summary>Trims, collapses whitespace and drops a trailing count "(88)" or colon.</summary>
    public static string Clean(string s)
    {
        string c = ExtractedTextBuilder.Collapse(s);
        c = TrailingCount().Replace(c, "");
        return c.TrimEnd(':', ' ');
    }

    private static bool Has(string t, string word)
    {
        int i = 0;
        while ((i = t.IndexOf(word, i, StringComparison.Ordinal)) >= 0)
        {
            bool startOk = i == 0 || !char.IsLetter(t[i - 1]);
            int e = i + word.Length;
            bool endOk = e == t.Length || !char.IsLetter(t[e]);
            if (startOk && endOk) return true;
            i = e;
        }
        return false;
    }

    [GeneratedRegex(@"(?<![\p{L}\d/-])(?:\d{1,6}-[\p{L}]{1,8}/[\p{L}\d]{1,12}(?:-[\p{L}\d]{1,12}){0,3}|\d{1,6}[a-zđ]?(?:/(?:19|20)\d{2})?/[\p{L}\d]{1,15}(?:[-–][\p{L}\d&]{1,15}){0,4})(?![\p{L}\d/])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NumberSymbol();

    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}/\d{4}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DateText();

    [GeneratedRegex(@"\s*\(\d+\)\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TrailingCount();
}
