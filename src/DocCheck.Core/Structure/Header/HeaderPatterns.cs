using System.Text.RegularExpressions;

namespace DocCheck.Structure;

/// <summary>Patterns the header parser applies to single blocks. Compiled once, with timeouts.</summary>
internal static partial class HeaderPatterns
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const int TimeoutMs = 1000;

    /// <summary>
    /// "Số: 497/KH-UBND", "Số: 84/2025/QĐ-UBND", "Số: 51-CTr/TU", draft "Số: /KH-UBND", "Số: …/QĐ-UBND"; and the
    /// type word before it as laws and the Công báo set it ("Luật số: 80/2025/QH15", "Nghị quyết số: 89/2025/UBTVQH15",
    /// with the colon: "Nghị quyết số 12/…" at a line start is a citation).
    /// </summary>
    [GeneratedRegex(@"^(?:Số|SỐ|(?:Bộ\s+luật|Luật|Pháp\s+lệnh|Nghị\s+quyết(?:\s+liên\s+tịch)?|Nghị\s+định|Lệnh|Quyết\s+định|Thông\s+tư(?:\s+liên\s+tịch)?)\s+số(?=\s*:))\s*:?\s*(?:(?<pnum>\d{1,6})\s*-\s*(?<ptype>\p{L}{1,6})\s*/\s*(?<piss>[\p{L}\d]{1,10})|(?<num>\d{1,6}[a-zđA-Z]?)?[\s.…_]*/\s*(?:(?<year>(?:19|20)\d{2})\s*/\s*)?(?<sym>[\p{L}\d]{1,12}(?:\s*[-–]\s*[\p{L}\d&][\p{L}\d&.]{0,11}){0,4}))", Opts, TimeoutMs)]
    public static partial Regex Number();

    /// <summary>The type word and "số:" of <see cref="Number"/>'s typed form, at the start of a block.</summary>
    [GeneratedRegex(@"^(?:Bộ\s+luật|Luật|Pháp\s+lệnh|Nghị\s+quyết(?:\s+liên\s+tịch)?|Nghị\s+định|Lệnh|Quyết\s+định|Thông\s+tư(?:\s+liên\s+tịch)?)\s+số\s*:", Opts, TimeoutMs)]
    public static partial Regex TypedNumberLine();

    // One pattern for both searches below. The date's words are captured as well as its numbers, so that the
    // header keeps where each part is written (DC1003 reports the day or month beside its word).
    private const string PlaceDateBody =
        @"(?:(?<place>[\p{L}][\p{L} .'-]{0,50}?)\s*,?\s*)?(?<dw>ng[àa]y)\s*(?<d>\d{1,2})?[\s.…_/-]*(?<mw>tháng)\s*(?<m>\d{1,2})?[\s.…_/-]*(?<yw>năm)\s*(?<y>\d{4})?";

    /// <summary>"Kon Tum, ngày 28 tháng 02 năm 2018", also with blanks and without a place.</summary>
    [GeneratedRegex(PlaceDateBody, Opts | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex PlaceDate();

    /// <summary><see cref="PlaceDate"/> only where the search starts (\G): the header tries a few start positions, not every one.</summary>
    [GeneratedRegex(@"\G" + PlaceDateBody, Opts | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex PlaceDateAt();

    /// <summary>The one literal every <see cref="PlaceDate"/> match holds: where it is absent, the costly search is skipped.</summary>
    [GeneratedRegex(@"ng[àa]y", Opts | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex DateWord();

    /// <summary>A dash with spaces around it, in a number's symbol ("KH - UBND").</summary>
    [GeneratedRegex(@"\s*[-–]\s*", RegexOptions.None, TimeoutMs)]
    public static partial Regex SpacedDash();

    /// <summary>"(Ban hành kèm theo Quyết định số …)".</summary>
    [GeneratedRegex(@"^\(\s*(?:Ban\s+hành\s+)?kèm\s+theo\b", Opts | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex AttachedTo();
}
