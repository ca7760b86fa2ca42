using DocCheck.Extraction.Quantities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DocCheck.Tests.Extraction.Quantities;

/// <summary>
/// The gate before the patterns with a unit word (ranks, scores, money, durations, counts) never turns away a block one
/// of them would match in: where it says no, none of them matches.
/// </summary>
public class UnitAfterNumberTests
{
    private const string Alphabet = "0123456789 .,/|\n\ttỷđồngàyhánVNDxđiểmcbộ\u00A0";

    private static string Draw(int[] picks) => new([.. picks.Select(p => Alphabet[(p & int.MaxValue) % Alphabet.Length])]);

    [Property(MaxTest = 2000)]
    public void Where_the_gate_says_no_no_unit_pattern_matches(int[] picks)
    {
        string s = Draw(picks);
        if (QuantityExtractor.UnitAfterNumber(s)) return;
        Assert.False(QuantityPatterns.Money().IsMatch(s), s);
        Assert.False(QuantityPatterns.Duration().IsMatch(s), s);
        Assert.False(QuantityPatterns.Count().IsMatch(s), s);
        Assert.False(QuantityPatterns.Rank().IsMatch(s), s);
        Assert.False(QuantityPatterns.Score().IsMatch(s), s);
        Assert.False(QuantityPatterns.ScoreOf().IsMatch(s), s);
    }

    [Theory]
    [InlineData("15 ngày", true)]
    [InlineData("3tỷ đồng", true)]
    [InlineData("12   \u00A0tháng", false)] // four spaces: more than any pattern takes
    [InlineData("1.234.567 | 2.000", false)]
    [InlineData("Tổng: 1.234.567", false)]
    [InlineData("không có số", false)]
    [InlineData("١٥ ngày", true)] // another script's digits: left to the patterns
    public void Examples(string s, bool expected) => Assert.Equal(expected, QuantityExtractor.UnitAfterNumber(s));
}
