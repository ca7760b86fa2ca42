using System.Text.RegularExpressions;
using DocCheck.Extraction.Dates;
using FsCheck.Xunit;

namespace DocCheck.Tests.Extraction.Dates;

/// <summary>
/// The year count that gates the year patterns (a range needs two years; bare dates, months of a year and years one)
/// counts as the patterns' own year, <c>(?:19|20)\d\d</c>, would be found without overlap.
/// </summary>
public class YearCountTests
{
    private const string Alphabet = "120956 /-đ٢";

    private static string Draw(int[] picks) => new([.. picks.Select(p => Alphabet[(p & int.MaxValue) % Alphabet.Length])]);

    [Property(MaxTest = 3000)]
    public void Counts_the_years_the_patterns_could_read(int[] picks)
    {
        string s = Draw(picks);
        Assert.Equal(Math.Min(2, Regex.Matches(s, @"(?:19|20)\d\d").Count), DateExtractor.Years(s));
    }

    [Theory]
    [InlineData("giai đoạn 2021 - 2025", 2)]
    [InlineData("202020", 1)]
    [InlineData("20202021", 2)]
    [InlineData("năm 20٢٣", 1)] // another script's digits are digits to \d
    [InlineData("ngày 12/3", 0)]
    public void Examples(string s, int expected) => Assert.Equal(expected, DateExtractor.Years(s));
}
