using DocCheck.Extraction.Quantities;

namespace DocCheck.Tests.Extraction.Quantities;

public class VietnameseNumbersTests
{
    [Theory]
    [InlineData("5,19", 5.19)]
    [InlineData("1.752.580.000", 1752580000)]
    [InlineData("158.580.000", 158580000)]
    [InlineData("1.500", 1500)]
    [InlineData("8.5", 8.5)]
    [InlineData("0.25", 0.25)]
    [InlineData("4.75", 4.75)]
    [InlineData("1,5", 1.5)]
    [InlineData("1.752,5", 1752.5)]
    [InlineData("1,752,580", 1752580)]
    [InlineData("100", 100)]
    [InlineData("01", 1)]
    public void Parses_Vietnamese_numbers(string text, double expected)
    {
        Assert.True(VietnameseNumbers.TryParse(text, out decimal v));
        Assert.Equal((decimal)expected, v);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("1,2,3")]
    public void Rejects_what_is_not_a_number(string text) => Assert.False(VietnameseNumbers.TryParse(text, out _));

    [Theory]
    [InlineData(1752580000, "1.752.580.000")]
    [InlineData(8.5, "8,5")]
    [InlineData(0, "0")]
    public void Formats_the_Vietnamese_way(double value, string expected) => Assert.Equal(expected, VietnameseNumbers.Format((decimal)value));
}
