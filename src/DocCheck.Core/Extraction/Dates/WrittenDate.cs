using System.Text.RegularExpressions;
using DocCheck.Text;

namespace DocCheck.Extraction.Dates;

/// <summary>
/// A "ngày …" written after a number that may be blank or partial ("ngày tháng 3 năm 2025", "ngày ** /11/2025"): its
/// span, its date when complete and valid, and whether it is written in full but impossible ("20/11/20225").
/// Shared by the attachment lines and the blank citations.
/// </summary>
internal static class WrittenDate
{
    public static (TextSpan Span, DateOnly? Date, bool Malformed) Read(string s, Group word, Group rest)
    {
        int end = rest.Index + rest.Length;
        while (end > word.Index && (char.IsWhiteSpace(s[end - 1]) || s[end - 1] is '*')) end--;
        var span = TextSpan.FromBounds(word.Index, end);
        var dm = DatePatterns.DayDate().Match(s, word.Index, end - word.Index);
        if (!dm.Success || dm.Index != word.Index) return (span, null, false);
        return DatePatterns.Parse(dm).Value is { } v ? (span, v, false) : (span, null, true);
    }
}
