using DocCheck.Pipeline;

namespace DocCheck.Tests.Structure;

/// <summary>The header's number line in the forms laws and the Công báo set it, and what stays a citation.</summary>
public class HeaderNumberTests
{
    private static AnalyzedDocument Analyze(string numberLine) => new DocumentAnalyzer().Analyze(
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n" + numberLine + "\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n" +
        "Hà Nội, ngày 10 tháng 8 năm 2025\n\nNGHỊ QUYẾT\nVề mức chi tổ chức và hoạt động bảo hiểm xã hội\n\n" +
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nCăn cứ Luật Bảo hiểm xã hội số 41/2024/QH15;\n\nQUYẾT NGHỊ:\nĐiều 1. Mức chi.\n");

    [Theory]
    [InlineData("Nghị quyết số: 89/2025/UBTVQH15", "89/2025/UBTVQH15")]
    [InlineData("Luật số: 80/2025/QH15", "80/2025/QH15")]
    [InlineData("Số: 89/2025/UBTVQH15", "89/2025/UBTVQH15")]
    public void A_type_word_before_so_colon_is_the_documents_own_number(string line, string key)
    {
        var doc = Analyze(line);
        Assert.Equal(key, doc.OwnKey);
        Assert.DoesNotContain(doc.Citations, c => c.Key == key && !c.IsSelf);
        Assert.Contains(doc.Citations, c => c.Key == "41/2024/QH15");
    }

    [Fact]
    public void Without_the_colon_a_typed_number_at_a_line_start_stays_a_citation()
    {
        var doc = Analyze("Nghị quyết số 89/2025/UBTVQH15 ngày 10/8/2025");
        Assert.Null(doc.OwnKey);
        Assert.Contains(doc.Citations, c => c.Key == "89/2025/UBTVQH15");
    }
}
