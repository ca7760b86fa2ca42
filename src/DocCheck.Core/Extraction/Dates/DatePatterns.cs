using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Text;

namespace DocCheck.Extraction.Dates;

/// <summary>
/// Full calendar dates as documents write them: "ngày 23/4/2018", "ngày 23 tháng 4 năm 2018", "ngày 25-10-2017",
/// "04/04/2019", with the typo "ngay". Invalid dates (31/02, a year of five digits) are kept with <see cref="PartialDate.IsValid"/> false.
/// </summary>
public static partial class DatePatterns
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;

    /// <summary>
    /// "ngày 23/4/2018", "ngày 23 tháng 4 năm 2018", "ngày 25-10-2017", "ngay 07/10/2019". A year is all the digits
    /// written ("ngày 09/6/20205" has the year 20205, which no calendar has), except where a number glued to it follows
    /// ("ngày 14/11/200310/GP-UBND": a table cell ran into the next one). The words may be glued to the numbers
    /// ("tháng12", "10năm 2025"): the date is read, and <see cref="IsGlued"/> says so.
    /// </summary>
    [GeneratedRegex(@"ng[àa]y\s{0,3}(?<d>\d{1,2})\s{0,2}(?:(?:/|-|\.)\s{0,2}(?<m>\d{1,2})\s{0,2}(?:/|-|\.)\s{0,2}|\s{0,2}tháng\s{0,3}(?<m>\d{1,2})\s{0,3}năm\s{0,3})(?<y>\d{4}(?!\d)|\d{5,9}(?![\d/])|\d{4}(?=\d{1,5}/))", Opts, 1000)]
    public static partial Regex DayDate();

    /// <summary>True when a <see cref="DayDate"/> match has a digit glued to a letter ("ngày15", "tháng12", "10năm", "năm2025").</summary>
    public static bool IsGlued(ReadOnlySpan<char> match)
    {
        for (int i = 1; i < match.Length; i++)
            if ((char.IsDigit(match[i - 1]) && char.IsLetter(match[i])) || (char.IsLetter(match[i - 1]) && char.IsDigit(match[i])))
                return true;
        return false;
    }

    /// <summary>Parses the groups of a <see cref="DayDate"/> match.</summary>
    public static PartialDate Parse(Match m) => new(
        int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture),
        int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture),
        int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture));
}
