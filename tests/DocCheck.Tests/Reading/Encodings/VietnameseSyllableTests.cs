using DocCheck.Reading.Encodings;

namespace DocCheck.Tests.Reading.Encodings;

public class VietnameseSyllableTests
{
    [Theory]
    [InlineData("nghiêng")]
    [InlineData("được")]
    [InlineData("Việt")]
    [InlineData("CỘNG")]
    [InlineData("gì")]
    [InlineData("giữ")]
    [InlineData("quyết")]
    [InlineData("khuỷu")]
    [InlineData("thuở")]
    [InlineData("xoong")]
    [InlineData("hoà")]
    [InlineData("hòa")]
    [InlineData("ý")]
    [InlineData("kỳ")]
    [InlineData("người")]
    public void Accepts_well_formed_syllables(string word)
    {
        Assert.True(VietnameseSyllable.IsWellFormed(word));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ViÖt")]
    [InlineData("cáṕ")]
    [InlineData("tap")]
    [InlineData("cac")]
    [InlineData("ka")]
    [InlineData("ce")]
    [InlineData("ăn\u0301")]
    [InlineData("áà")]
    [InlineData("hoaøa")]
    [InlineData("ngaứy")]
    [InlineData("nghiêngg")]
    [InlineData("fax")]
    [InlineData("tăă")]
    public void Rejects_malformed_words(string word)
    {
        Assert.False(VietnameseSyllable.IsWellFormed(word));
    }

    [Fact]
    public void Every_common_syllable_is_well_formed()
    {
        string[] malformed = CommonVietnameseSyllables.All.Where(s => !VietnameseSyllable.IsWellFormed(s)).ToArray();

        Assert.Empty(malformed);
        Assert.True(CommonVietnameseSyllables.Count >= 300, $"only {CommonVietnameseSyllables.Count} syllables");
    }
}
