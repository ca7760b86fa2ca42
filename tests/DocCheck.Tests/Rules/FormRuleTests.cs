using DocCheck.Rules;
using static DocCheck.Tests.Rules.RuleTestKit;

namespace DocCheck.Tests.Rules;

/// <summary>DC1001–DC1010: the form of the document (header, outline, internal references, abbreviations).</summary>
public class FormRuleTests
{
    private const string Body = Preamble +
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao chất lượng giải quyết thủ tục hành chính.\n2. Yêu cầu\nBảo đảm đúng tiến độ.\n" +
        "II. NHIỆM VỤ\n1. Cải cách thể chế\nRà soát văn bản quy phạm pháp luật.\n2. Cải cách thủ tục hành chính\nCông khai thủ tục hành chính.\n";

    // ---- DC1001 document number missing or blank

    [Theory]
    [InlineData("«Số: /KH-UBND»")]
    [InlineData("«Số:      /KH-UBND»")]
    public void DC1001_fires_on_a_blank_number(string number) => AssertFires("DC1001", Doc(Body, number: number));

    [Fact]
    public void DC1001_fires_on_a_blank_decision_number() =>
        AssertFires("DC1001", Doc(Body, number: "«Số:      /QĐ-UBND»", typeWord: "QUYẾT ĐỊNH", title: "Về việc ban hành Kế hoạch cải cách hành chính năm 2018"));

    [Fact]
    public void DC1001_fires_at_the_date_line_when_the_header_has_no_number_line() =>
        AssertFires("DC1001", "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n«Kon Tum, ngày 05 tháng 3 năm 2018»\nKẾ HOẠCH\nCải cách hành chính năm 2018\n" + Body);

    [Fact]
    public void DC1001_fires_when_the_date_line_follows_the_motto_directly() =>
        AssertFires("DC1001", "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n«Kon Tum, ngày 05 tháng 3 năm 2018»\nKẾ HOẠCH\nCải cách hành chính năm 2018\n" + Body);

    [Theory]
    [InlineData("Số: 497/KH-UBND")]
    [InlineData("Số:\n497/KH-UBND")] // portal text wraps after "Số:"
    [InlineData("Số: 30c/KH-UBND")]
    public void DC1001_is_silent_on_a_filled_number(string number) => AssertSilent("DC1001", Doc(Body, number: number));

    [Fact]
    public void DC1001_is_silent_on_a_text_without_a_header() => AssertSilent("DC1001", Body);

    [Fact]
    public void DC1001_is_silent_on_a_number_the_header_parser_did_not_take() =>
        AssertSilent("DC1001", "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nKon Tum, ngày 05 tháng 3 năm 2018\nKẾ HOẠCH\nSố: 497/KH-UBND\nCải cách hành chính năm 2018\n" + Body);

    [Fact]
    public void DC1001_fires_on_a_blank_number_on_the_line_of_the_motto() =>
        AssertFires("DC1001", "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n«Số:          /TB-UBND»\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 05 tháng 11 năm 2025\nTHÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh\n" + Body);

    [Fact]
    public void DC1001_is_silent_on_a_number_whose_symbol_the_motto_cuts_off() =>
        AssertSilent("DC1001", "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 85\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n/GM-UBND\nĐộc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 19 tháng 01 năm 2026\nGIẤY MỜI\nHọp triển khai công tác cải cách hành chính\n" + Body);

    [Fact]
    public void DC1001_is_silent_on_a_number_broken_before_its_slash() =>
        AssertSilent("DC1001", "UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ\nSố: 270\n\n/TTr-SNV\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 04 tháng 9 năm 2025\n\nTỜ TRÌNH\nVề việc đề nghị sáp nhập các hội\n" + Body);

    // ---- DC1002 issue date missing or incomplete

    [Theory]
    [InlineData("«Ba Giang, ngày tháng 02 năm 2023»")]
    [InlineData("«Kon Tum, ngày      tháng 12 năm 2025»")]
    [InlineData("«Kon Tum, ngày … tháng … năm 2018»")]
    public void DC1002_fires_on_an_incomplete_date(string placeDate) => AssertFires("DC1002", Doc(Body, placeDate: placeDate));

    [Fact]
    public void DC1002_fires_at_the_number_when_the_header_has_no_date_line() =>
        AssertFires("DC1002", "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n«Số: 497/KH-UBND»\nKẾ HOẠCH\nCải cách hành chính năm 2018\n" + Body);

    [Theory]
    [InlineData("Kon Tum, ngày 05 tháng 3 năm 2018")]
    [InlineData("Kon Tum, ngày 28 tháng 02 năm 2018")]
    [InlineData("Kon Tum, ngày 5 tháng 3 năm 2018")] // a missing zero is DC1003, not an incomplete date
    public void DC1002_is_silent_on_a_complete_date(string placeDate) => AssertSilent("DC1002", Doc(Body, placeDate: placeDate));

    [Fact]
    public void DC1002_is_silent_on_a_text_without_a_header() => AssertSilent("DC1002", Body);

    // ---- DC1003 header date without its leading zero

    [Theory]
    [InlineData("Kon Tum, ngày «5» tháng 3 năm 2018")]
    [InlineData("Kon Tum, ngày 15 tháng «2» năm 2018")]
    [InlineData("Kon Tum, ngày «8» tháng «1» năm 2018")]
    public void DC1003_fires_on_a_missing_leading_zero(string placeDate) => AssertFires("DC1003", Doc(Body, placeDate: placeDate));

    [Fact]
    public void DC1003_suggests_the_zero_as_a_fix()
    {
        var run = AssertFires("DC1003", Doc(Body, placeDate: "Kon Tum, ngày «5» tháng 3 năm 2018"));
        var f = Single(run, "DC1003");
        Assert.NotNull(f.Fix);
        Assert.Equal("05", f.Fix!.Replacement);
    }

    [Theory]
    [InlineData("Kon Tum, ngày 15 tháng 10 năm 2018")]
    [InlineData("Kon Tum, ngày 05 tháng 3 năm 2018")] // months from 3 on take no zero
    [InlineData("Kon Tum, ngày 28 tháng 02 năm 2018")]
    public void DC1003_is_silent_on_a_well_written_date(string placeDate) => AssertSilent("DC1003", Doc(Body, placeDate: placeDate));

    [Fact]
    public void DC1003_is_silent_on_body_dates() =>
        AssertSilent("DC1003", Doc(Body + "3. Tổ chức thực hiện\nHoàn thành trước ngày 5 tháng 1 năm 2019.\n"));

    [Theory]
    [InlineData("KON TUM, NGÀY «5» THÁNG «2» NĂM 2018")]
    [InlineData("Kon Tum, ngày      tháng «2» năm 2018")] // a blank day; the month still needs its zero
    [InlineData("Kon Tum, ngày «5»/ tháng «1»/ năm 2018")]
    public void DC1003_fires_on_the_day_and_month_however_the_header_writes_them(string placeDate) =>
        AssertFires("DC1003", Doc(Body, placeDate: placeDate));

    [Fact]
    public void DC1003_quotes_the_word_and_number_as_written()
    {
        var run = AssertFires("DC1003", Doc(Body, placeDate: "Kon Tum, NGÀY «5» tháng 3 năm 2018"));
        Assert.Equal("Ngày tháng ban hành phải ghi \"NGÀY 05\" thay cho \"NGÀY 5\" (ngày dưới 10 và tháng 1, 2 có số 0 phía trước)", Single(run, "DC1003").Message);
    }

    // Known gap, kept from the first version of the rule (its pattern wanted the word, white space and a number that
    // ends a word): the date is read as day 5 all the same, but a number written against its word or against the
    // next one is not reported.
    [Theory]
    [InlineData("Kon Tum, ngày5 tháng 3 năm 2018")]
    [InlineData("Kon Tum, ngày 5tháng 3 năm 2018")]
    [InlineData("Kon Tum, ngày 5_ tháng 3 năm 2018")]
    [InlineData("Kon Tum, ngày 15 tháng 2năm 2018")]
    public void DC1003_is_silent_on_a_number_written_against_a_word(string placeDate) =>
        AssertSilent("DC1003", Doc(Body, placeDate: placeDate));

    [Fact]
    public void DC1003_gives_the_findings_of_the_pattern_it_replaced()
    {
        // The rule reads the parsed date's spans; before, it ran this pattern over the place-date's text. Both must
        // agree, finding for finding, on every way of writing the line.
        var old = new System.Text.RegularExpressions.Regex(@"(?<w>ng[àa]y|tháng)\s+(?<n>\d{1,2})\b",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.ExplicitCapture);
        string[] words = ["ngày", "NGÀY", "ngay"], gaps = ["", " ", "  "], days = ["", "5", "05", "0", "12"], afters = [" ", "/ ", "_ ", "", "… ", "."];
        string[] months = ["", "1", "2", "3", "02", "12"], monthAfters = [" ", "", "_ ", "/"];
        var random = new Random(1003);
        int reported = 0;
        for (int k = 0; k < 300; k++)
        {
            string Pick(string[] xs) => xs[random.Next(xs.Length)];
            string line = $"Kon Tum, {Pick(words)}{Pick(gaps)}{Pick(days)}{Pick(afters)}tháng{Pick(gaps)}{Pick(months)}{Pick(monthAfters)}năm 2018";
            var run = Lint(Doc(Body, placeDate: line));
            var expected = new List<string>();
            if (run.Document.Structure.Header.PlaceDate is { } pd)
                foreach (System.Text.RegularExpressions.Match m in old.Matches(pd.Field.Text))
                {
                    string n = m.Groups["n"].Value;
                    bool month = m.Groups["w"].Value.StartsWith("th", StringComparison.OrdinalIgnoreCase);
                    if (n.Length != 1 || (!month ? n == "0" : n is not ("1" or "2"))) continue;
                    var span = new DocCheck.Text.TextSpan(pd.Field.Span.Start + m.Groups["n"].Index, n.Length);
                    expected.Add($"{span} {LeadingZero(m.Groups["w"].Value + " 0" + n, m.Value)} fix {span}=0{n}");
                }
            var got = run.Of("DC1003").Select(f => $"{f.Span} {f.Message} fix {f.Fix!.Span}={f.Fix.Replacement}").ToList();
            Assert.True(expected.SequenceEqual(got), $"«{line}»\nexpected:\n{string.Join("\n", expected)}\ngot:\n{string.Join("\n", got)}");
            reported += got.Count;
        }
        Assert.True(reported > 50, $"only {reported} findings: the variants hardly test the rule");
    }

    private static string LeadingZero(string right, string wrong) =>
        $"Ngày tháng ban hành phải ghi \"{right}\" thay cho \"{wrong}\" (ngày dưới 10 và tháng 1, 2 có số 0 phía trước)";

    // ---- DC1004 type word differs from the type code of its own number

    [Fact]
    public void DC1004_fires_on_a_plan_numbered_as_a_decision()
    {
        var run = AssertFires("DC1004", Doc(Body, number: "«Số: 497/QĐ-UBND»"));
        Assert.Equal("KẾ HOẠCH", RelatedText(run, Single(run, "DC1004")));
    }

    [Fact]
    public void DC1004_fires_on_a_decision_numbered_as_a_plan() =>
        AssertFires("DC1004", Doc(Body, number: "«Số: 2818/KH-UBND»", typeWord: "QUYẾT ĐỊNH", title: "Về việc ban hành Kế hoạch cải cách hành chính năm 2018"));

    [Theory]
    [InlineData("Số: 497/KH-UBND", "KẾ HOẠCH")]
    [InlineData("Số: 2818/QĐ-UBND", "QUYẾT ĐỊNH")]
    [InlineData("Số: 48/2018/QĐ-UBND", "QUYẾT ĐỊNH")]
    [InlineData("Số: 26/BC-UBND", "BÁO CÁO")]
    public void DC1004_is_silent_when_word_and_code_agree(string number, string typeWord) =>
        AssertSilent("DC1004", Doc(Body, number: number, typeWord: typeWord));

    // ---- DC1005 outline numbering

    [Fact]
    public void DC1005_fires_on_a_letter_used_twice() =>
        AssertFires("DC1005", Doc(Preamble +
            "I. NHIỆM VỤ\n1. Cải cách thể chế\n1.1. Xây dựng văn bản\nSoạn thảo văn bản.\n1.2. Rà soát văn bản\nRà soát định kỳ.\n1.3. Kiểm tra văn bản\n" +
            "a) Kiểm tra văn bản do Hội đồng nhân dân ban hành.\nb) Kiểm tra văn bản do Ủy ban nhân dân ban hành.\n«b)» Xử lý văn bản trái pháp luật.\n" +
            "2. Cải cách thủ tục hành chính\nCông khai thủ tục hành chính.\n"));

    [Fact]
    public void DC1005_fires_on_a_subitem_that_does_not_carry_its_parent_number() =>
        AssertFires("DC1005", Doc(Preamble +
            "I. NHIỆM VỤ\n3. Hiện trạng\n3.1. Về tổ chức bộ máy\n3.1.1. Cơ cấu tổ chức\nGồm 05 phòng chuyên môn.\n3.1.2. Biên chế\n" +
            "3.1.2.1. Biên chế công chức\nCó 45 biên chế.\n«2.1.2.2.» Số lượng người làm việc\nCó 20 người.\n"));

    [Fact]
    public void DC1005_fires_on_a_skipped_roman_numeral() =>
        AssertFires("DC1005", Doc(Preamble +
            "I. MỤC ĐÍCH\nNâng cao chất lượng.\nII. NHIỆM VỤ\nRà soát thủ tục.\n«IV.» TỔ CHỨC THỰC HIỆN\nCác sở, ngành thực hiện.\n"));

    [Fact]
    public void DC1005_is_silent_on_a_well_numbered_outline() =>
        AssertSilent("DC1005", Doc(Preamble +
            "I. NHIỆM VỤ\n1. Cải cách thể chế\n1.1. Xây dựng văn bản\na) Soạn thảo văn bản.\nb) Lấy ý kiến.\nc) Thẩm định.\n1.2. Rà soát văn bản\n- Rà soát định kỳ.\n- Rà soát đột xuất.\n" +
            "2. Cải cách thủ tục hành chính\n2.1. Công khai thủ tục\n2.2. Giải quyết hồ sơ\nII. KINH PHÍ\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n2. Các sở, ngành\n"));

    [Fact]
    public void DC1005_is_silent_on_repeated_dashes_and_restarted_lists_under_new_parents() =>
        AssertSilent("DC1005", Doc(Preamble +
            "I. NHIỆM VỤ\n1. Cải cách thể chế\na) Rà soát.\n- Văn bản của tỉnh.\n- Văn bản của huyện.\nb) Kiểm tra.\n2. Cải cách thủ tục hành chính\na) Công khai.\nb) Niêm yết.\n" +
            "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\na) Hướng dẫn.\n"));

    [Fact]
    public void DC1005_is_silent_on_letters_in_Vietnamese_order_with_d_stroke() =>
        AssertSilent("DC1005", Doc(Preamble +
            "I. NHIỆM VỤ\n1. Cải cách thể chế\na) Rà soát.\nb) Kiểm tra.\nc) Xử lý.\nd) Hệ thống hóa.\nđ) Theo dõi thi hành.\ne) Báo cáo.\ng) Tổng kết.\n"));

    // ---- DC1006 internal reference to a part that does not exist

    [Fact]
    public void DC1006_fires_on_a_point_beyond_the_last_point_of_a_part()
    {
        var run = AssertFires("DC1006", Doc(Body + "III. TỔ CHỨC THỰC HIỆN\nCác sở, ngành thực hiện nhiệm vụ tại «khoản 3 Mục II» Kế hoạch này.\n"));
        Assert.Contains("2", Single(run, "DC1006").Message);
    }

    [Fact]
    public void DC1006_fires_on_a_part_that_does_not_exist() =>
        AssertFires("DC1006", Doc(Body + "III. TỔ CHỨC THỰC HIỆN\nSở Nội vụ theo dõi việc thực hiện «điểm 1 Mục V» Kế hoạch này.\n"));

    [Theory]
    [InlineData("Các sở, ngành thực hiện nhiệm vụ tại khoản 2 Mục II Kế hoạch này.")]
    [InlineData("Các sở, ngành thực hiện các nhiệm vụ tại điểm 1, 2 Mục II Kế hoạch này.")]
    [InlineData("Thực hiện theo khoản 5 Mục II của Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ.")]
    public void DC1006_is_silent_on_references_that_resolve_or_point_elsewhere(string line) =>
        AssertSilent("DC1006", Doc(Body + "III. TỔ CHỨC THỰC HIỆN\n" + line + "\n"));

    // ---- DC1007 abbreviation used before it is defined

    [Fact]
    public void DC1007_fires_on_a_use_before_the_definition()
    {
        var run = AssertFires("DC1007", Doc(Preamble +
            "I. MỤC ĐÍCH\nĐẩy mạnh công tác «CCHC» trên địa bàn tỉnh.\nII. NHIỆM VỤ\nTuyên truyền về cải cách hành chính (CCHC) đến người dân.\nThực hiện CCHC ở các cấp.\n"));
        Assert.Equal(DocCheck.Rules.RuleLevel.Info, Single(run, "DC1007").Level);
    }

    [Fact]
    public void DC1007_fires_once_per_abbreviation() =>
        AssertFires("DC1007", Doc(Preamble +
            "I. MỤC ĐÍCH\nCải thiện Chỉ số «PAPI» và Chỉ số PAR INDEX; nâng cao Chỉ số PAPI.\nII. NHIỆM VỤ\nChỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) được cải thiện.\n" +
            "Giải quyết thủ tục hành chính (TTHC) đúng hạn; rà soát TTHC.\n"));

    [Fact]
    public void DC1007_is_silent_when_the_definition_comes_first() =>
        AssertSilent("DC1007", Doc(Preamble +
            "I. MỤC ĐÍCH\nĐẩy mạnh cải cách hành chính (CCHC) trên địa bàn tỉnh.\nII. NHIỆM VỤ\nThực hiện CCHC ở các cấp.\n"));

    [Fact]
    public void DC1007_is_silent_on_abbreviations_used_only_in_the_header_or_never_defined() =>
        AssertSilent("DC1007", Doc(Preamble +
            "I. MỤC ĐÍCH\nUBND các huyện thực hiện kế hoạch.\nII. NHIỆM VỤ\nỦy ban nhân dân tỉnh Kon Tum giao Sở Nội vụ (SNV) theo dõi.\n", number: "Số: 497/KH-UBND"));

    // ---- DC1008 the document's own number written with a wrong separator (the real-defect set of issue 21)

    [Theory]
    [InlineData("Số: «141 /TTr-STP»", "141/TTr-STP")]
    [InlineData("Số: «187 /TTr - SNV»", "187/TTr-SNV")]
    [InlineData("Số: «1925/STC- HTDN»", "1925/STC-HTDN")]
    public void DC1008_fires_on_the_own_number_spaced_and_gives_the_one_correction(string number, string fix)
    {
        var run = AssertFires("DC1008", Doc(Preamble + "I. MỤC ĐÍCH\nNâng cao chất lượng.\n", number: number));
        var f = Single(run, "DC1008");
        Assert.Equal(fix, f.Fix?.Replacement);
        Assert.Equal(RuleLevel.Info, f.Level);
    }

    [Theory]
    [InlineData("Số: 141/TTr-STP")]
    [InlineData("Số: 05/KH-UBND")]
    [InlineData("Số:      /KH-UBND")]
    [InlineData("Số: 12/2025/QĐ-UBND.")]
    public void DC1008_is_silent_on_an_own_number_written_right_or_blank(string number) =>
        AssertSilent("DC1008", Doc(Preamble + "I. MỤC ĐÍCH\nNâng cao chất lượng.\n", number: number));

    // ---- DC1009 / DC1010 the attachment line against the header (the real-defect set of issue 21)

    private static string Decision(string annexLine, string number = "Số: 2698/QĐ-UBND", string date = "Gia Lai, ngày 21 tháng 11 năm 2025") => Doc(
        "Điều 1. Công bố kèm theo Quyết định này 01 thủ tục hành chính.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n" +
        "THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG\n" + annexLine + "\nTên thủ tục: đăng ký.\n",
        number: number, placeDate: date, typeWord: "QUYẾT ĐỊNH", title: "Về việc công bố thủ tục hành chính", issuer: "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI");

    [Fact]
    public void DC1010_fires_on_the_blank_number_and_date_of_an_annex_whose_header_has_them()
    {
        var run = AssertFires("DC1010", Decision("(Ban hành kèm theo Quyết định số «/QĐ-UBND» «ngày tháng năm 2025» của Chủ tịch Ủy ban nhân dân tỉnh)"));
        var fixes = run.Findings.Where(f => f.RuleId == "DC1010").Select(f => f.Fix?.Replacement).ToList();
        Assert.Equal(["2698/QĐ-UBND", "ngày 21 tháng 11 năm 2025"], fixes);
    }

    [Fact]
    public void DC1010_reads_Markdown_emphasis_and_starred_blanks() =>
        AssertFires("DC1010", Decision("*(Kèm theo Quyết định số «** /QĐ-UBND» «ngày ** /11/2025» của Chủ tịch UBND tỉnh)*",
            number: "Số: 3005/QĐ-UBND", date: "Gia Lai, ngày 01 tháng 12 năm 2025"));

    [Theory]
    [InlineData("(Ban hành kèm theo Quyết định số 2698/QĐ-UBND ngày 21 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh)", "Số: 2698/QĐ-UBND")]
    [InlineData("(Ban hành kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh)", "Số:      /QĐ-UBND")] // a draft: DC1001
    [InlineData("Thực hiện Chương trình hành động (ban hành kèm theo Nghị quyết số /NQ-CP ngày tháng 5 năm 2025 của Chính phủ).", "Số: 2698/QĐ-UBND")]
    [InlineData("(Ban hành kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2025 của Ủy ban nhân dân tỉnh)", "Số: 2698/QĐ-UBND")] // another instrument
    public void DC1010_is_silent_on_filled_lines_drafts_and_other_instruments(string line, string number) =>
        AssertSilent("DC1010", Decision(line, number: number));

    [Fact]
    public void DC1009_fires_on_an_annex_giving_another_number() =>
        AssertFires("DC1009", Decision("*(Kèm theo Quyết định số: «203/QĐ-UBND» ngày 28 tháng 11 năm 2025 của Chủ tịch UBND tỉnh)*",
            number: "Số: 2031/QĐ-UBND", date: "Cao Bằng, ngày 28 tháng 11 năm 2025"));

    [Theory]
    [InlineData("*(Kèm theo Quyết định số: 2031/QĐ-UBND ngày 28 tháng 11 năm 2025 của Chủ tịch UBND tỉnh)*")]
    [InlineData("*(Kèm theo Quyết định số: 02031/QĐ-UBND ngày 28 tháng 11 năm 2025 của Chủ tịch UBND tỉnh)*")]
    [InlineData("*(Kèm theo Quyết định số: 203/QĐ-BNV ngày 28 tháng 11 năm 2025 của Bộ Nội vụ)*")]
    public void DC1009_is_silent_on_the_same_number_or_another_symbol(string line) =>
        AssertSilent("DC1009", Decision(line, number: "Số: 2031/QĐ-UBND", date: "Cao Bằng, ngày 28 tháng 11 năm 2025"));

    [Fact]
    public void DC1010_reads_an_annex_issued_by_the_decision_without_kem() =>
        AssertFires("DC1010", Decision("(Ban hành theo Quyết định số «/QĐ-UBND» «ngày tháng 11 năm 2025» của Chủ tịch Ủy ban nhân dân tỉnh)"));

    // ---- DC1011 a cited instrument's number left blank

    [Fact]
    public void DC1011_fires_on_a_cited_submission_left_blank_in_a_draft() =>
        AssertFires("DC1011", Decision("Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số «/TTr-SNV» ngày tháng 3 năm 2025."));

    [Fact]
    public void DC1011_fires_on_an_annexed_instrument_of_another_symbol() =>
        AssertFires("DC1011", Decision("(Ban hành kèm theo Kế hoạch số «/KH-UBND» ngày tháng năm 2025 của Ủy ban nhân dân tỉnh)"));

    [Fact]
    public void DC1011_in_a_form_names_the_header_when_the_blank_has_its_symbol()
    {
        var run = AssertFires("DC1011", Decision("Mẫu số 01\nĐƠN ĐỀ NGHỊ\nCăn cứ Quyết định số\n«…/2025/QĐ-UBND» ngày __ __/_/2025 của Ủy ban nhân dân tỉnh về ban hành Quy chế;",
            number: "Số: 143/2025/QĐ-UBND"));
        Assert.Contains("143/2025/QĐ-UBND", run.Findings.Single(f => f.RuleId == "DC1011").Message);
    }

    [Theory]
    [InlineData("Mẫu số 01\nĐƠN ĐỀ NGHỊ\nCăn cứ Kế hoạch số …/KH-UBND ngày … của Ủy ban nhân dân huyện;")] // a form's blank to fill
    [InlineData("Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 125/TTr-SNV ngày 10 tháng 3 năm 2025.")]
    [InlineData("(Ban hành kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh)")] // DC1010's
    [InlineData("Số văn bản đến / Ngày đến: ghi theo sổ.")]
    public void DC1011_is_silent_on_forms_numbers_written_and_the_documents_own_line(string line) =>
        AssertSilent("DC1011", Decision(line));

    [Fact]
    public void DC1011_leaves_a_drafts_blank_header_to_DC1001() =>
        AssertSilent("DC1011", Decision("Điều 3. Giao Sở Nội vụ theo dõi.", number: "Số:      /QĐ-UBND"));
}
