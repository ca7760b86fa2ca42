using System.Globalization;
using DocCheck.Extraction.Citations;

namespace DocCheck.Application.Reporting;

/// <summary>
/// How corpus output speaks to people: relations as Vietnamese legal writing names them ("căn cứ", "thực hiện",
/// "dẫn chiếu"), dates the Vietnamese way (16/5/2016); with "en", English words and ISO dates. JSON and CSV keep ISO
/// dates and the stable codes ("Basis") instead.
/// </summary>
public static class CorpusWords
{
    /// <summary>The relation in words.</summary>
    public static string Relation(CitationRelation relation, string lang) => (relation, lang == "en") switch
    {
        (CitationRelation.Basis, false) => "căn cứ",
        (CitationRelation.Implements, false) => "thực hiện",
        (CitationRelation.Amends, false) => "sửa đổi, bổ sung",
        (CitationRelation.Replaces, false) => "thay thế",
        (CitationRelation.Repeals, false) => "bãi bỏ",
        (CitationRelation.Expired, false) => "hết hiệu lực",
        (_, false) => "dẫn chiếu",
        (CitationRelation.Basis, true) => "basis",
        (CitationRelation.Implements, true) => "implements",
        (CitationRelation.Amends, true) => "amends",
        (CitationRelation.Replaces, true) => "replaces",
        (CitationRelation.Repeals, true) => "repeals",
        (CitationRelation.Expired, true) => "declares expired",
        _ => "references",
    };

    /// <summary>"16/5/2016", or "2016-05-16" in English.</summary>
    public static string Date(DateOnly date, string lang) =>
        date.ToString(lang == "en" ? "yyyy-MM-dd" : "d/M/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The date, or "-" when there is none.</summary>
    public static string DateOrDash(DateOnly? date, string lang) => date is { } d ? Date(d, lang) : "-";

    /// <summary>"ngày 16/5/2016" / "of 2016-05-16" after an instrument's key, or nothing.</summary>
    public static string Dated(DateOnly? date, string lang) => date is { } d ? (lang == "en" ? " of " : " ngày ") + Date(d, lang) : "";

    /// <summary>What stands for a document without a number.</summary>
    public static string NoNumber(string lang) => lang == "en" ? "(no number)" : "(không số)";

    /// <summary>ISO 8601, for JSON and CSV.</summary>
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A relation from its code ("Basis") or its words in either language ("căn cứ", "can cu", "basis").</summary>
    public static CitationRelation? ParseRelation(string text)
    {
        string t = DocCheck.Text.VietnameseFold.Fold(text.Trim());
        foreach (var r in Enum.GetValues<CitationRelation>())
            if (t == r.ToString().ToLowerInvariant() || t == DocCheck.Text.VietnameseFold.Fold(Relation(r, "vi")) || t == Relation(r, "en"))
                return r;
        return null;
    }
}
