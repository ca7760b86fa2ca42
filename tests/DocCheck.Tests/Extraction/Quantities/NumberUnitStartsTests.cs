using System.Text.RegularExpressions;
using DocCheck.Extraction.Quantities;
using DocCheck.Text;
using FsCheck.Xunit;

namespace DocCheck.Tests.Extraction.Quantities;

/// <summary>
/// Money, durations and counts tried only at the number starts, anchored, find exactly what searching the block finds:
/// the same matches at the same places, on text drawn from numbers, separators, spaces and the units' words.
/// </summary>
public class NumberUnitStartsTests
{
    private static readonly string[] Tokens =
    [
        "1", "05", "2025", "1.000", "1.000.000", "70.000.000", "1,7", "5,", ".5", ",", ".", "/", "-", " ", "  ", "   ", "\u00A0", "\t",
        "đồng", "tỷ đồng", "triệu", "VNĐ", "ngày", "ngày làm việc", "tháng", "giờ", "lần", "đợt", "hồ sơ", "đơn vị", "xã", "a", "Số",
        "năm", "(", ")", "%", "١٥",
    ];

    private static string Draw(int[] picks) => string.Concat(picks.Select(p => Tokens[(p & int.MaxValue) % Tokens.Length]));

    private static List<(int, string)> All(IEnumerable<Match> ms) => [.. ms.Select(m => (m.Index, m.Value))];

    private static List<(int, string)> All(RegexScan.Matches ms)
    {
        var list = new List<(int, string)>();
        foreach (Match m in ms) list.Add((m.Index, m.Value));
        return list;
    }

    [Property(MaxTest = 3000)]
    public void Anchored_at_the_starts_the_unit_patterns_find_what_they_find_in_the_block(int[] picks)
    {
        string s = Draw(picks);
        var starts = new List<int>();
        if (!QuantityPatterns.NumberUnitStarts(s, starts))
        {
            Assert.Contains('١', s); // only other scripts' digits send the patterns back to the whole block
            return;
        }
        Assert.Equal(All(QuantityPatterns.Money().Matches(s)), All(QuantityPatterns.MoneyAt().EachAt(s, starts)));
        Assert.Equal(All(QuantityPatterns.Duration().Matches(s)), All(QuantityPatterns.DurationAt().EachAt(s, starts)));
        Assert.Equal(All(QuantityPatterns.Count().Matches(s)), All(QuantityPatterns.CountAt().EachAt(s, starts)));
    }

    [Theory]
    [InlineData("Kinh phí 70.000.000 đồng, trong 05 ngày", new[] { 9, 12, 16, 32 })] // the groups of an amount are starts too (a superset is safe)
    [InlineData("1.234 | 2.000", new int[0])]
    [InlineData("năm 2025 tỉnh", new[] { 4 })]
    public void Examples(string s, int[] expected)
    {
        var starts = new List<int>();
        Assert.True(QuantityPatterns.NumberUnitStarts(s, starts));
        Assert.Equal(expected, starts);
    }
}
