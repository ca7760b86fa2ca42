using static DocCheck.Tests.Rules.RuleTestKit;

namespace DocCheck.Tests.Rules;

/// <summary>DC5001–DC5006: encoding, misspellings, placeholders, impossible syllables, typing slips.</summary>
public class TextRuleTests
{
    private static string Plan(string text) => Doc(Preamble +
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n" + text + "\nII. NHIỆM VỤ\n1. Cải cách thể chế\nRà soát văn bản quy phạm pháp luật.\n");

    // ---- DC5001 mixed or broken encoding

    [Fact]
    public void DC5001_fires_on_decomposed_letters_once_with_a_count()
    {
        // "hành chính" with its tone marks as separate combining characters (NFD), twice.
        string nfd = "ha\u0300nh chi\u0301nh";
        var run = AssertFires("DC5001", Plan($"Nâng cao chất lượng cải cách h«a\u0300»nh chi\u0301nh và {nfd} nhà nước."));
        Assert.Contains("(4 ", Single(run, "DC5001").Message);
    }

    [Fact]
    public void DC5001_fires_on_an_Icelandic_eth_for_D_stroke()
    {
        // One finding at the first place, with the count of all.
        var run = AssertFires("DC5001", Plan("Triển khai Nghị định số 92/2017/N«Ð»-CP ngày 07/8/2017 của Chính phủ; Ðồng thời rà soát thủ tục."));
        Assert.Contains("(2 ", Single(run, "DC5001").Message);
    }

    [Fact]
    public void DC5001_fires_on_utf8_read_as_windows_1252() =>
        AssertFires("DC5001", Plan("Nâng cao chất lượng c«áº»i cách hành chính."));

    [Fact]
    public void DC5001_fires_on_words_of_a_legacy_font_pasted_into_unicode_text()
    {
        // A phrase of a .VnTime (TCVN3) document pasted into a Unicode plan (jp-0135 of corpus-ext).
        var run = AssertFires("DC5001", Plan("Đưa ra khỏi danh sách đối tượng không đủ tiêu chuẩn hưởng «chÝnh» s¸ch trî gióp xã hội."));
        Assert.Contains("TCVN3", Single(run, "DC5001").Message);
        Assert.Contains("(3 ", Single(run, "DC5001").Message);
    }

    [Fact]
    public void DC5001_fires_on_cyrillic_look_alikes_in_a_number_and_the_citation_keeps_its_latin_key()
    {
        // "BТС" typed with Cyrillic Т and С (cb-0304 of corpus-ext): reported from the source, keyed as written in Latin.
        var run = AssertFires("DC5001", Plan("Thực hiện Thông tư số 06/2022/TT-«BТС» ngày 07/02/2022 của Bộ Tài chính."));
        Assert.Contains("Kirin", Single(run, "DC5001").Message);
        Assert.Contains(run.Document.Citations, c => c.Key == "06/2022/TT-BTC");
    }

    [Fact]
    public void DC5001_fires_on_a_symbol_part_wholly_in_cyrillic()
    {
        // "66/NQ-СР" with Cyrillic С and Р (tnt-0448 of corpus-ext, the second held-out part of the defect set).
        var run = AssertFires("DC5001", Plan("Thực hiện Nghị quyết số 66/NQ-«СР» ngày 26/3/2025 của Chính phủ."));
        Assert.Contains(run.Document.Citations, c => c.Key == "66/NQ-CP");
    }

    [Theory]
    [InlineData("Liều dùng 50 μg/ngày; điện trở 10 MΩ; bước sóng λ; nhiệt độ 30°C; diện tích 20 m².")] // Greek as symbols
    [InlineData("Ông Müller, chuyên gia của tổ chức GIZ, trình bày.")] // one foreign name
    [InlineData("hü\nhÍY\nRà soát văn bản.")] // two-letter debris a .doc converter leaves
    [InlineData("Дорожная карта (tiếng Nga) được dịch kèm theo.")] // a word wholly in Cyrillic
    public void DC5001_is_silent_on_symbols_names_and_converter_debris(string text) => AssertSilent("DC5001", Plan(text));

    [Theory]
    [InlineData("Nâng cao chất lượng cải cách hành chính; công bố Đề án và Chỉ số PAR INDEX.")]
    [InlineData("Tham khảo mô hình của Ái Nhĩ Lan, Đan Mạch; giảm 25% chi phí; nhiệt độ 30°C.")]
    public void DC5001_is_silent_on_clean_NFC_text(string text) => AssertSilent("DC5001", Plan(text));

    // ---- DC5002 common misspellings

    [Theory]
    [InlineData("«Phân đấu» đến hết năm 2018 có 95% hồ sơ được giải quyết đúng hạn.")]
    [InlineData("Triển khai Quyết định số 1291/QĐ-TTg «ngay» 07/10/2019 của Thủ tướng Chính phủ.")]
    [InlineData("Niêm yết công khai thủ tục hành chính «tại tại» Bộ phận một cửa.")]
    [InlineData("Tổ chức lấy ý kiến «dự thào» văn bản.")]
    [InlineData("Các sở phối hợp với «Ủy ban nhân xã», phường thực hiện.")] // fixed names (issue 21)
    [InlineData("Căn cứ khoản 2 Điều 5 «Nghị đinh» 38/2024/NĐ-CP của Chính phủ.")]
    public void DC5002_fires_on_listed_misspellings(string text)
    {
        var run = AssertFires("DC5002", Plan(text));
        Assert.NotNull(Single(run, "DC5002").Fix);
    }

    [Fact]
    public void DC5002_suggests_the_right_word() =>
        Assert.Equal("Phấn đấu", Single(AssertFires("DC5002", Plan("«Phân đấu» đến hết năm 2018 có 95% hồ sơ được giải quyết đúng hạn.")), "DC5002").Fix!.Replacement);

    [Theory]
    [InlineData("Phấn đấu đến hết năm 2018 có 95% hồ sơ được giải quyết đúng hạn.")]
    [InlineData("Các cơ quan triển khai ngay sau khi Kế hoạch được ban hành.")]
    [InlineData("Các cơ quan triển khai ngay 02 nhiệm vụ trọng tâm của năm.")] // "ngay" is only wrong before a date
    [InlineData("Phân công nhiệm vụ; phân cấp, đấu thầu và phân bổ vốn.")]
    [InlineData("Uỷ ban nhân dân các huyện thực hiện.")] // old tone placement is the same word
    public void DC5002_is_silent_on_correct_words(string text) => AssertSilent("DC5002", Plan(text));

    // ---- DC5003 placeholder left in

    [Theory]
    [InlineData("Giao «……» chủ trì, phối hợp thực hiện.")]
    [InlineData("Số hồ sơ tiếp nhận: «xxx» hồ sơ.")]
    [InlineData("Thực hiện theo Quyết định số «[…]» của Ủy ban nhân dân tỉnh.")]
    [InlineData("Thời gian hoàn thành: trước ngày «..........» để tổng hợp, báo cáo.")]
    [InlineData("Nội dung chính: «Lorem Ipsum» is simply dummy text of the printing industry.")]
    public void DC5003_fires_on_a_placeholder(string text) => AssertFires("DC5003", Plan(text));

    [Theory]
    [InlineData("Đưa khẩu hiệu “Dân biết, dân bàn, dân làm, dân kiểm tra…” đi vào thực tiễn.")] // a single ellipsis in a quotation
    [InlineData("Các lĩnh vực: tư pháp, nội vụ, tài chính...")]
    [InlineData("Thực hiện các bước: tiếp nhận, thẩm định, trả kết quả v.v...")]
    public void DC5003_is_silent_on_ordinary_ellipses(string text) => AssertSilent("DC5003", Plan(text));

    [Fact]
    public void DC5003_leaves_header_blanks_to_DC1001()
    {
        var run = AssertSilent("DC5003", Doc(Preamble + "I. NHIỆM VỤ\nRà soát văn bản.\n", number: "Số: ……/KH-UBND"));
        Assert.Single(run.Of("DC1001"));
    }

    // ---- DC5004 a syllable Vietnamese spelling does not allow (the real-defect set of issue 21)

    [Theory]
    [InlineData("Mời «Luât» sư Nguyễn Thanh Huy tham dự hội nghị.")]
    [InlineData("Ngày lễ được «Viêt» Nam đón nhận.")]
    [InlineData("Các đơn vị «thưc» hiện nghiêm túc.")]
    [InlineData("Ông Nguyễn Văn A, «Gỉám» đốc Sở Nội vụ.")]
    [InlineData("Trợ cấp 360.000 Đồng/«nguời»/tháng cho đối tượng bảo trợ.")]
    [InlineData("Các đơn vị «đuợc» giao nhiệm vụ; Nhà «nuớc» hỗ trợ; «Thuờng» trực Hội.")]
    [InlineData("Kết quả «đưọc» công bố công khai.")]
    public void DC5004_fires_on_a_syllable_no_word_has(string text) =>
        AssertFires("DC5004", Plan("I. MỤC ĐÍCH\n" + text + "\n"));

    [Theory]
    [InlineData("Mời Luật sư Nguyễn Thanh Huy tham dự hội nghị về khai thác bôxit và crômit.")]
    [InlineData("Sở KHĐT, Cổng TTĐT và Thông tư 05/2024/TT-BKHĐT; nhóm chat test; giai đoạn 10năm.")]
    [InlineData("Thị trấn Đồng Lê vàcác xã Kim Hóa.")] // two words run together: not judged as one syllable
    [InlineData("Thực hiện việc đánh giá kết quả, tiếp tục nghiên cứu, hợp tác, phát triển bền vững, sạch đẹp.")]
    [InlineData("Thuở ban đầu, cán bộ huơ tay chào; lãnh đạo không quở trách; người được giao nhiệm vụ ở nước ngoài.")]
    public void DC5004_is_silent_on_right_words_acronyms_loan_words_and_codes(string text) =>
        AssertSilent("DC5004", Plan("I. MỤC ĐÍCH\n" + text + "\n"));

    // ---- DC5005 a function word written twice; DC5006 a syllable split by a space (the real-defect set of issue 21)

    [Theory]
    [InlineData("Giám đốc Sở Tư pháp có ý kiến hoặc« hoặc» đề xuất phương án thay thế.")]
    [InlineData("Bảo đảm quyền lợi của« của» Hiệp hội và hội viên.")]
    [InlineData("Kết nối các câu lạc bộ, đồng bộ trên các« các» nền tảng số.")]
    public void DC5005_fires_on_a_function_word_written_twice(string text)
    {
        var run = AssertFires("DC5005", Plan(text));
        Assert.Equal("", Single(run, "DC5005").Fix?.Replacement);
    }

    [Fact]
    public void DC5005_reads_annexes_and_forms_too() =>
        // The procedure table of an administrative procedure is an annex (tnt-0032 of corpus-ext).
        AssertFires("DC5005", Doc(Preamble + "I. NHIỆM VỤ\nRà soát văn bản.\n") +
            "PHỤ LỤC\nQUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\n(Kèm theo Kế hoạch số 497/KH-UBND ngày 05/3/2018 của Ủy ban nhân dân tỉnh)\n" +
            "Dự thảo Quyết định miễn nhiệm giám định viên pháp y, pháp y tâm thần hoặc« hoặc» Văn bản thông báo hồ sơ không đủ điều kiện giải quyết.\n");

    [Theory]
    [InlineData("Trưởng ban Ban Kiểm soát và Hội đồng định giá định giá tài sản; kinh tế dần dần phục hồi.")]
    [InlineData("Người nộp thuế nộp thuế đúng hạn; tiếp theo theo quy định; có nơi ở hiện tại tại địa phương.")]
    [InlineData("Tài liệu nghe được, nhìn được được coi là chứng cứ; danh hiệu Nghệ nhân nhân dân.")]
    [InlineData("Suất tái định cư bằng đất ở, nhà ở hoặc bằng nhà ở hoặc bằng tiền.")] // alternatives, on purpose
    [InlineData("| x | x |")]
    [InlineData("Cấm dụng cụ tạo âm thanh để nhử mồi các loại; còi, tù và và dụng cụ khác.")] // "tù và" is a horn
    public void DC5005_is_silent_on_compounds_reduplication_and_noun_verb_pairs(string text) =>
        AssertSilent("DC5005", Plan(text));

    [Fact]
    public void DC5005_is_silent_on_a_heading_whose_body_repeats_it() =>
        AssertSilent("DC5005", Plan("4. Đơn vị báo cáo và\nvà các đơn vị trực thuộc gửi báo cáo đúng hạn."));

    [Theory]
    [InlineData("Thực hiện đúng «qu y» định về thời gian giải quyết hồ sơ.", "quy")]
    [InlineData("Trẻ em «t ừ» 18 tháng tuổi trở lên.", "từ")]
    [InlineData("Thanh toán qua thiết bị di «đ ộng» thông minh.", "động")]
    public void DC5006_fires_on_a_split_syllable_with_the_joined_word_as_fix(string text, string joined)
    {
        var run = AssertFires("DC5006", Plan(text));
        Assert.Equal(joined, Single(run, "DC5006").Fix?.Replacement);
    }

    [Theory]
    [InlineData("Thực hiện đúng quy định; khoảng cách tối thiểu 5 m ở hai bên đường.")]
    [InlineData("Các nội dung: a) Tuyên truyền; b) Tập huấn; đ) Kiểm tra.")]
    [InlineData("Theo Thông tư số 05/2024/TT-BKHĐT và mục t o của biểu.")]
    [InlineData("Phụ lục\nh\nội dung chi tiết.")] // a letter alone on its line (PDF layout)
    public void DC5006_is_silent_on_units_list_letters_codes_and_broken_layout(string text) =>
        AssertSilent("DC5006", Plan(text));
}
