using DocCheck.Extraction.Citations;

namespace DocCheck.Tests.Extraction.Citations;

public class CitationKeysTests
{
    [Theory]
    [InlineData("61/2018/NĐ-CP", "CP", true, false)]
    [InlineData("225/QĐ-TTg", "TTg", false, false)]
    [InlineData("47/2019/QH14", "QH14", true, false)]
    [InlineData("497/KH-UBND", "UBND", false, true)]
    [InlineData("15/2025/QĐ-UBND", "UBND", true, true)]
    [InlineData("51-CTr/TU", "TU", false, true)]   // a Tỉnh ủy's programme: every province has its own number 51
    [InlineData("18-NQ/TW", "TW", false, false)]
    public void Issuer_code_year_and_local_issuers(string key, string code, bool hasYear, bool local)
    {
        Assert.Equal(code, CitationKeys.IssuerCode(key));
        Assert.Equal(hasYear, CitationKeys.HasYear(key));
        Assert.Equal(local, CitationKeys.IsLocalIssuer(CitationKeys.IssuerCode(key)));
    }

    [Fact]
    public void A_named_law_has_no_issuer_code() => Assert.Null(CitationKeys.IssuerCode("Luật Đất đai"));
}
