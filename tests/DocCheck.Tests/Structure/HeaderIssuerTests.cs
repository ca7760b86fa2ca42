using DocCheck.Pipeline;
using DocCheck.Structure;

namespace DocCheck.Tests.Structure;

/// <summary>How the header's issuing body splits into a superior body and the issuer.</summary>
public class HeaderIssuerTests
{
    private const string Rest =
        "-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 12/KH-UBND\n|\nHải Phòng, ngày 05 tháng 3 năm 2025\n|\n" +
        "KẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC ĐÍCH\nNâng cao chất lượng.\n";

    private static IssuingBody Issuer(string issuerLines)
    {
        var doc = new DocumentAnalyzer().Analyze(issuerLines + "\n" + Rest);
        Assert.NotNull(doc.Structure.Header.Issuer);
        return doc.Structure.Header.Issuer!;
    }

    [Fact]
    public void HeaderIssuer_wrapped_onto_PHONG_line_is_one_body()
    {
        var issuer = Issuer("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI\nPHÒNG");
        Assert.Null(issuer.Superior);
        Assert.Equal("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", issuer.Issuer);
    }

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỘI AN", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỘI AN")]  // a place name after its marker
    [InlineData("ỦY BAN NHÂN DÂN\nHUYỆN VỤ BẢN", "ỦY BAN NHÂN DÂN HUYỆN VỤ BẢN")]
    [InlineData("UBND HUYỆN KIẾN THỤY\nPHÒNG", "UBND HUYỆN KIẾN THỤY PHÒNG")]            // a head word alone is no body
    public void A_place_name_or_a_lone_head_word_is_no_second_body(string lines, string expected)
    {
        var issuer = Issuer(lines);
        Assert.Null(issuer.Superior);
        Assert.Equal(expected, issuer.Issuer);
    }

    [Theory]
    [InlineData("BỘ NỘI\nVỤ", "BỘ NỘI VỤ")]                                      // wrapped before the last word of a ministry
    [InlineData("BỘ NÔNG NGHIỆP VÀ MÔI\nTRƯỜNG", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")]
    [InlineData("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nBỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")] // Công báo title + header
    public void A_ministry_is_one_body(string lines, string expected)
    {
        var issuer = Issuer(lines);
        Assert.Null(issuer.Superior);
        Assert.Equal(expected, issuer.Issuer);
    }

    [Theory]
    [InlineData("UBND THÀNH PHỐ HẢI PHÒNG\nSỞ NỘI VỤ", "UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ")]
    [InlineData("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI\nPHÒNG\nSỞ TƯ PHÁP", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "SỞ TƯ PHÁP")]
    [InlineData("UBND TỈNH LÂM ĐỒNG\nVĂN PHÒNG", "UBND TỈNH LÂM ĐỒNG", "VĂN PHÒNG")]
    [InlineData("UBND QUẬN LÊ CHÂN\nPHÒNG NỘI VỤ", "UBND QUẬN LÊ CHÂN", "PHÒNG NỘI VỤ")]
    public void A_second_body_still_splits_from_its_superior(string lines, string superior, string issuer)
    {
        var body = Issuer(lines);
        Assert.Equal(superior, body.Superior);
        Assert.Equal(issuer, body.Issuer);
    }
}
