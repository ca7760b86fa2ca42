using DocCheck.Pipeline;

namespace DocCheck.Tests.Structure;

/// <summary>
/// The title of a part: wrapped over several paragraphs (Word files), sharing its block with the type word, or the
/// first line of a file that has no header at all. Paragraphs are separated by blank lines, as the Word reader writes them.
/// </summary>
public class HeaderTitleTests
{
    private static string Paragraphs(params string[] lines) => string.Join("\n\n", lines) + "\n";

    private static readonly string[] Top = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-UBND", "Lâm Đồng, ngày 05 tháng 01 năm 2026"];

    private static readonly string[] Body = ["Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Phát huy tinh thần đoàn kết."];

    private static DocCheck.Structure.DocumentHeader Header(params string[] lines) => new DocumentAnalyzer().Analyze(Paragraphs(lines)).Structure.Header;

    [Fact]
    public void A_title_wrapped_onto_lines_in_lower_case_takes_them_in()
    {
        var h = Header([.. Top, "KẾ HOẠCH", "Phát động Phong trào thi đua “Đẩy mạnh cải cách hành chính nhà nước", "trên địa bàn tỉnh Lâm Đồng” năm 2026", .. Body]);
        Assert.Equal("Phát động Phong trào thi đua “Đẩy mạnh cải cách hành chính nhà nước trên địa bàn tỉnh Lâm Đồng” năm 2026", h.Title?.Text);
        Assert.Equal("KH", h.Type?.Code);
    }

    [Fact]
    public void A_title_stops_at_the_preamble_and_at_an_outline_label()
    {
        var h = Header([.. Top, "KẾ HOẠCH", "Kiểm tra công tác cải cách hành chính năm 2026", "a) nội dung kiểm tra:", .. Body]);
        Assert.Equal("Kiểm tra công tác cải cách hành chính năm 2026", h.Title?.Text);
    }

    [Fact]
    public void A_type_word_and_its_title_in_one_line_of_capitals_are_both_read()
    {
        var h = Header([.. Top, "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA TỈNH LÂM ĐỒNG", .. Body]);
        Assert.Equal("KH", h.Type?.Code);
        Assert.Equal("KẾ HOẠCH", h.TypeWord?.Text);
        Assert.Equal("CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA TỈNH LÂM ĐỒNG", h.Title?.Text);
        Assert.Equal("12/KH-UBND", h.Number?.Display);
    }

    [Fact]
    public void A_file_without_a_header_has_its_first_line_for_title()
    {
        var h = Header(["Kế hoạch hỗ trợ hộ nghèo xây dựng, sửa chữa nhà ở năm 2010", "Thực hiện Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ;", "I. MỤC ĐÍCH", "Hỗ trợ hộ nghèo."]);
        Assert.Equal("KH", h.Type?.Code);
        Assert.Equal("hỗ trợ hộ nghèo xây dựng, sửa chữa nhà ở năm 2010", h.Title?.Text);
    }

    [Fact]
    public void A_portal_caption_above_a_real_header_is_not_the_title()
    {
        var h = Header(["Luật Đầu tư công 2019", "QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 39/2019/QH14", "Hà Nội, ngày 13 tháng 6 năm 2019", "LUẬT", "ĐẦU TƯ CÔNG", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;"]);
        Assert.Equal("39/2019/QH14", h.Number?.Display);
        Assert.Equal("ĐẦU TƯ CÔNG", h.Title?.Text);
    }

    [Fact]
    public void The_name_of_a_ministry_is_not_a_type_word() =>
        Assert.Null(Header(["Kế hoạch và Đầu tư tỉnh tổng hợp", "Các sở thực hiện."]).Type);
}
