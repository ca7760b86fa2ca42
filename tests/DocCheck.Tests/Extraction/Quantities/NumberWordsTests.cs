using DocCheck.Extraction.Quantities;

namespace DocCheck.Tests.Extraction.Quantities;

public class NumberWordsTests
{
    [Theory]
    [InlineData("Một tỷ, bảy trăm năm mươi hai triệu, năm trăm tám mươi ngàn đồng", 1752580000)]
    [InlineData("hai mươi mốt", 21)]
    [InlineData("mười lăm", 15)]
    [InlineData("hai mươi lăm", 25)]
    [InlineData("ba mươi tư", 34)]
    [InlineData("một trăm linh năm", 105)]
    [InlineData("một trăm lẻ năm", 105)]
    [InlineData("năm trăm nghìn đồng", 500000)]
    [InlineData("mười", 10)]
    [InlineData("chín mươi", 90)]
    [InlineData("một nghìn không trăm linh một", 1001)]
    [InlineData("hai tỉ ba trăm triệu đồng", 2300000000)]
    [InlineData("hai mươi lăm nghìn tỷ đồng", 25000000000000)]
    [InlineData("Bốn trăm bốn mươi bốn triệu đồng chẵn", 444000000)]
    public void Reads_number_words(string words, double expected)
    {
        Assert.True(NumberWords.TryParse(words, out decimal v));
        Assert.Equal((decimal)expected, v);
    }

    [Theory]
    [InlineData("kinh phí thực hiện")]
    [InlineData("")]
    public void Rejects_other_words(string words) => Assert.False(NumberWords.TryParse(words, out _));
}
