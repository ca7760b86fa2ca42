using DocCheck.Rules;
using static DocCheck.Tests.Rules.RuleTestKit;

namespace DocCheck.Tests.Rules;

/// <summary>DC2001–DC2007: citations of other instruments.</summary>
public class CitationRuleTests
{
    private const string Intro = "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n";
    private const string Tasks = "II. NHIỆM VỤ\n1. Cải cách thể chế\nRà soát văn bản quy phạm pháp luật.\n";

    private static string Body(string preamble, string text) => Doc(preamble + "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" + Intro + text + "\n" + Tasks);

    // ---- DC2001 same instrument cited with different dates

    [Fact]
    public void DC2001_fires_on_the_date_that_differs_and_points_to_the_other()
    {
        var run = AssertFires("DC2001", Body(
            "Căn cứ Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020;\n",
            "Triển khai Quyết định số 225/QĐ-TTg «ngày 04/12/2016» của Thủ tướng Chính phủ."));
        var f = Single(run, "DC2001");
        Assert.Equal("ngày 04/02/2016", RelatedText(run, f));
        Assert.Equal(RuleLevel.Error, f.Level);
    }

    [Fact]
    public void DC2001_takes_the_date_most_mentions_agree_on_as_the_reference() =>
        AssertFires("DC2001", Body(
            "Căn cứ Quyết định số 225/QĐ-TTg «ngày 04/12/2016» của Thủ tướng Chính phủ phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020;\n",
            "Thực hiện Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ.\n- Theo Quyết định số 225/QĐ-TTg ngày 04/02/2016, tỉnh xây dựng kế hoạch hằng năm."));

    [Fact]
    public void DC2001_sees_the_same_instrument_through_different_spellings() =>
        AssertFires("DC2001", Body(
            "Căn cứ Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020;\n",
            "Thực hiện Quyết định số 225/QD-TTg «ngày 04/12/2016» của Thủ tướng Chính phủ."));

    [Fact]
    public void DC2001_is_silent_on_the_same_date_twice() =>
        AssertSilent("DC2001", Body(
            "Căn cứ Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020;\n",
            "Triển khai Quyết định số 225/QĐ-TTg ngày 04 tháng 02 năm 2016 của Thủ tướng Chính phủ; thực hiện Quyết định số 225/QĐ-TTg."));

    [Fact]
    public void DC2001_is_silent_on_different_instruments_with_the_same_number() =>
        AssertSilent("DC2001", Body(
            "Căn cứ Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020;\n",
            "Thực hiện Quyết định số 225/QĐ-UBND ngày 15/3/2017 của Ủy ban nhân dân tỉnh và Kế hoạch số 225/KH-UBND ngày 20/01/2017 của Ủy ban nhân dân tỉnh."));

    [Fact]
    public void DC2001_is_silent_on_an_administrative_number_reused_in_another_year() =>
        // Administrative numbers restart every year and carry no year: the date tells the two plans apart.
        AssertSilent("DC2001", Body(
            "Căn cứ Kế hoạch số 01/KH-UBND ngày 05/01/2017 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2017;\n",
            "Triển khai Kế hoạch số 01/KH-UBND ngày 03/01/2018 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2018."));

    // ---- DC2001: every second date given to an instrument (issue 20)

    private const string Basis225 = "Căn cứ Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020;\n";

    [Theory]
    [InlineData("Thực hiện Quyết định số 225/QĐ-TTg của Thủ tướng Chính phủ «ngày 04/12/2016».")] // the date after the issuing body
    [InlineData("Thực hiện Quyết định số 225/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020 ban hành «ngày 04/12/2016».")] // after the title
    [InlineData("Thực hiện Quyết định số 225/QĐ-TTg, «ngày 04/12/2016» của Thủ tướng Chính phủ.")]
    [InlineData("Thực hiện Quyết định số 225/QĐ-TTg «ngày 04 tháng 12 năm 2016» của Thủ tướng Chính phủ.")]
    [InlineData("Thực hiện Quyết định số 225/QĐ-TTG «ngày 04/12/2016» của Thủ tướng Chính phủ.")]
    [InlineData("Thực hiện Quyết định số 225/QĐ-TTg «ngày 04/12/2016» và Quyết định số 226/QĐ-TTg ngày 05/02/2016 của Thủ tướng Chính phủ.")]
    [InlineData("| STT | Văn bản | Ghi chú |\n|---|---|---|\n| 1 | Quyết định số 225/QĐ-TTg «ngày 04/12/2016» của Thủ tướng Chính phủ | |")] // in a table
    public void DC2001_fires_on_a_second_date_in_every_form(string text) => AssertFires("DC2001", Body(Basis225, text));

    [Fact]
    public void DC2001_fires_on_a_year_typed_wrong_in_a_number_without_year_when_the_title_is_the_same() =>
        AssertFires("DC2001", Body(Basis225,
            "Thực hiện Quyết định số 225/QĐ-TTg «ngày 04/02/2017» của Thủ tướng Chính phủ phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020."));

    [Fact]
    public void DC2001_reports_each_other_date_once_among_three_mentions() =>
        AssertFires("DC2001", Body(Basis225,
            "Thực hiện Quyết định số 225/QĐ-TTg «ngày 04/12/2016» của Thủ tướng Chính phủ.\n2. Yêu cầu\nBám sát Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ; Quyết định số 225/QĐ-TTg ngày 04/12/2016."));

    [Fact]
    public void DC2001_fires_on_a_party_date_written_with_dashes() =>
        AssertFires("DC2001", Body("Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương;\n",
            "Thực hiện Nghị quyết số 18-NQ/TW «ngày 25-11-2017» của Ban Chấp hành Trung ương."));

    [Fact]
    public void DC2001_fires_on_a_title_citation_and_a_body_citation_with_another_date() =>
        // Seed 004's form: the title cites the programme, the preamble cites it again.
        AssertFires("DC2001", "KẾ HOẠCH\nTRIỂN KHAI CHƯƠNG TRÌNH SỐ 51-CTR/TU NGÀY 09 THÁNG 02 NĂM 2018 CỦA TỈNH ỦY KON TUM\n" +
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Chương trình số 51-CTr/TU «ngày 19 tháng 02 năm 2018» của Tỉnh ủy, cụ thể như sau:\nI. MỤC ĐÍCH\n");

    [Fact]
    public void DC2001_fires_on_an_attached_plan_dated_otherwise_than_its_decision() =>
        AssertFires("DC2001", Doc("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2018.\n" +
            // Paragraphs apart, as a Word file gives them: hard-wrapped text would run the title on into the line.
            "KẾ HOẠCH\n\nCải cách hành chính năm 2018\n\n(Ban hành kèm theo Quyết định số 497/QĐ-UBND «ngày 15/3/2018» của Ủy ban nhân dân tỉnh)\n\nI. NHIỆM VỤ\n1. Cải cách thể chế\n",
            number: "Số: 497/QĐ-UBND", typeWord: "QUYẾT ĐỊNH", title: "Về việc ban hành Kế hoạch cải cách hành chính năm 2018"));

    [Theory]
    [InlineData("ngày 05/3/2018")]
    [InlineData("ngày 05 tháng 3 năm 2018")]
    public void DC2001_is_silent_on_an_attached_plan_dated_as_its_decision(string date) =>
        AssertSilent("DC2001", Doc("QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2018.\n" +
            $"KẾ HOẠCH\n\nCải cách hành chính năm 2018\n\n(Ban hành kèm theo Quyết định số 497/QĐ-UBND {date} của Ủy ban nhân dân tỉnh)\n\nI. NHIỆM VỤ\n1. Cải cách thể chế\n",
            number: "Số: 497/QĐ-UBND", typeWord: "QUYẾT ĐỊNH", title: "Về việc ban hành Kế hoạch cải cách hành chính năm 2018"));

    [Fact]
    public void DC2001_is_silent_on_last_years_instrument_of_the_documents_own_number() =>
        AssertSilent("DC2001", Body("Căn cứ Kế hoạch số 497/KH-UBND ngày 20/02/2017 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2017;\n", "Nâng cao chất lượng."));

    [Fact]
    public void DC2001_is_silent_on_the_same_number_in_two_years_with_other_titles() =>
        AssertSilent("DC2001", Body(Basis225,
            "Thực hiện Quyết định số 225/QĐ-TTg ngày 10/02/2017 của Thủ tướng Chính phủ về việc giao dự toán ngân sách nhà nước năm 2017."));

    [Fact]
    public void DC2001_is_silent_on_a_bound_after_a_citation() =>
        AssertSilent("DC2001", Body(Basis225,
            "Các sở thực hiện Quyết định số 225/QĐ-TTg của Thủ tướng Chính phủ, báo cáo kết quả trước ngày 04/12/2016."));

    // ---- DC2002 year in a normative number differs from its date's year

    [Theory]
    [InlineData("Căn cứ Nghị định số 61/2018/NĐ-CP «ngày 23/4/2017» của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;\n")]
    [InlineData("Căn cứ Thông tư số 05/2014/TT-BNV «ngày 28 tháng 7 năm 2013» của Bộ Nội vụ hướng dẫn sử dụng, quản lý con dấu;\n")]
    public void DC2002_fires_on_a_date_in_another_year(string preamble)
    {
        var run = AssertFires("DC2002", Body(preamble, "Nâng cao chất lượng."));
        Assert.Single(Single(run, "DC2002").Related);
    }

    [Theory]
    [InlineData("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;\n")]
    [InlineData("Căn cứ Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020;\n")] // no year in the number
    [InlineData("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n")]
    public void DC2002_is_silent_when_the_years_agree_or_the_number_has_none(string preamble) =>
        AssertSilent("DC2002", Body(preamble, "Nâng cao chất lượng."));

    // ---- DC2010 cited number with a wrong separator or a lost year (the real-defect set of issue 21)

    [Theory]
    [InlineData("Thực hiện Quyết định số «1716/QĐUBND» ngày 18/8/2025 của Ủy ban nhân dân tỉnh về Bộ chỉ số;\n", "1716/QĐ-UBND")]
    [InlineData("Thực hiện Quyết định số «08/2021/QĐ- UBND» ngày 10/3/2021 của Ủy ban nhân dân tỉnh;\n", "08/2021/QĐ-UBND")]
    [InlineData("Căn cứ Hướng dẫn số «31- HD/BTCTW» ngày 24/4/2025 của Ban Tổ chức Trung ương;\n", "31-HD/BTCTW")]
    [InlineData("Căn cứ Nghị định số «126/NĐ-CP» ngày 08/10/2024 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội;\n", "126/2024/NĐ-CP")]
    public void DC2010_fires_on_a_number_written_wrong_and_gives_the_one_correction(string preamble, string fix)
    {
        var run = AssertFires("DC2010", Body(preamble, "Nâng cao chất lượng."));
        Assert.Equal(fix, Single(run, "DC2010").Fix?.Replacement);
    }

    [Theory]
    [InlineData("Căn cứ Nghị định số 79/2025/NĐ-CP ngày 01/4/2025 của Chính phủ về kiểm tra, rà soát văn bản;\n")]
    [InlineData("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương và Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ;\n")]
    [InlineData("Căn cứ Thông tư số 05/2014/TT-\nBNV ngày 28 tháng 7 năm 2014 của Bộ Nội vụ;\n")] // a line broken after the hyphen: the converter's space
    public void DC2010_is_silent_on_numbers_written_right_or_broken_over_two_lines(string preamble) =>
        AssertSilent("DC2010", Body(preamble, "Nâng cao chất lượng."));

    private const string TableOf = "Danh mục văn bản:\n| STT | Văn bản | Ghi chú |\n|---|---|---|\n";

    [Fact]
    public void DC2010_fires_on_a_glued_number_in_a_table_cell() =>
        AssertFires("DC2010", Body("", TableOf + "| 1 | Thông tư số «10/2024/TTBTC» ngày 20/02/2024 của Bộ Tài chính | còn hiệu lực |\n| 2 | Quyết định số 3470/QĐ-UBND ngày 10/3/2018 | |\n"));

    [Fact]
    public void DC2010_is_silent_on_a_space_after_a_hyphen_in_a_table_cell_where_a_column_wraps() =>
        AssertSilent("DC2010", Body("", TableOf + "| 1 | Quyết định số 3470/QĐ- UBND ngày 10/3/2018 của Ủy ban nhân dân tỉnh | còn hiệu lực |\n| 2 | Thông tư số 10/2024/TT-BTC | |\n"));

    // ---- DC2003 cited instrument dated after the citing document

    [Theory]
    [InlineData("Căn cứ Nghị định số 61/2018/NĐ-CP «ngày 23/4/2018» của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;\n")]
    [InlineData("Căn cứ Quyết định số 300/QĐ-UBND «ngày 10/5/2018» của Ủy ban nhân dân tỉnh phê duyệt danh mục nhiệm vụ;\n")]
    public void DC2003_fires_on_a_citation_dated_after_the_document(string preamble) =>
        AssertFires("DC2003", Body(preamble, "Nâng cao chất lượng."));

    [Theory]
    [InlineData("Căn cứ Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020;\n")]
    [InlineData("Căn cứ Quyết định số 300/QĐ-UBND ngày 05/3/2018 của Ủy ban nhân dân tỉnh phê duyệt danh mục nhiệm vụ;\n")] // the same day
    public void DC2003_is_silent_on_citations_dated_on_or_before_the_document(string preamble) =>
        AssertSilent("DC2003", Body(preamble, "Nâng cao chất lượng."));

    [Fact]
    public void DC2003_is_silent_when_a_blank_day_leaves_the_citation_possibly_earlier() =>
        AssertSilent("DC2003", Doc(Preamble + "Căn cứ Quyết định số 300/QĐ-UBND ngày 10/3/2018 của Ủy ban nhân dân tỉnh;\n" + Intro + "Nâng cao chất lượng.\n" + Tasks,
            placeDate: "Kon Tum, ngày      tháng 3 năm 2018"));

    [Fact]
    public void DC2003_fires_after_the_last_day_a_date_with_blanks_can_be()
    {
        var run = AssertFires("DC2003", Doc(Preamble + "Căn cứ Quyết định số 300/QĐ-UBND «ngày 10/5/2018» của Ủy ban nhân dân tỉnh;\n" + Intro + "Nâng cao chất lượng.\n" + Tasks,
            placeDate: "Kon Tum, ngày      tháng 3 năm 2018"));
        Assert.Contains("(tháng 3/2018)", Single(run, "DC2003").Message);
    }

    [Fact]
    public void DC2003_takes_the_end_of_a_plans_period_when_it_has_no_date_at_all()
    {
        var run = AssertFires("DC2003", Doc(Preamble + "Căn cứ Quyết định số 300/QĐ-UBND «ngày 10/5/2019» của Ủy ban nhân dân tỉnh;\n" + Intro + "Nâng cao chất lượng.\n" + Tasks,
            placeDate: "Kon Tum,"));
        Assert.Contains("kế hoạch thời kỳ 2018", Single(run, "DC2003").Message);
    }

    [Fact]
    public void DC2003_does_not_bound_a_plan_that_reviews_a_past_period() =>
        AssertSilent("DC2003", Doc(Preamble + "Căn cứ Quyết định số 300/QĐ-UBND ngày 10/5/2019 của Ủy ban nhân dân tỉnh;\n" + Intro + "Nâng cao chất lượng.\n" + Tasks,
            placeDate: "Kon Tum,", title: "Tổng kết công tác cải cách hành chính năm 2018"));

    [Fact]
    public void DC2003_is_silent_when_the_document_has_no_date_and_no_reference_date_is_given() =>
        AssertSilent("DC2003", Doc(Preamble + "Căn cứ Quyết định số 300/QĐ-UBND ngày 10/5/2018 của Ủy ban nhân dân tỉnh;\n" + Intro + "Nâng cao chất lượng.\n" + Tasks,
            placeDate: "Kon Tum, ngày      tháng      năm"));

    // ---- DC2004 type word differs from the type code

    [Theory]
    [InlineData("Căn cứ «Nghị định số 10/NQ-CP» ngày 03/02/2017 của Chính phủ ban hành Chương trình hành động;\n")]
    [InlineData("Căn cứ «Thông tư số 26/2016/NĐ-CP» ngày 30/12/2016 của Bộ Tài chính quy định quản lý kinh phí;\n")]
    public void DC2004_fires_on_a_type_word_that_contradicts_the_code(string preamble) =>
        AssertFires("DC2004", Body(preamble, "Nâng cao chất lượng."));

    [Fact]
    public void DC2004_message_quotes_the_type_word_with_the_number()
    {
        var run = AssertFires("DC2004", Body("Căn cứ «Nghị định số 10/NQ-CP» ngày 03/02/2017 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết Đại hội;\n", "Nâng cao chất lượng."));
        Assert.Equal("\"Nghị định số 10/NQ-CP\" nhưng số hiệu 10/NQ-CP là của nghị quyết", Single(run, "DC2004").Message);
    }

    [Theory]
    [InlineData("Căn cứ Thông tư liên tịch số 14/2014/TTLT-BTC-BTP ngày 27/01/2014 của Bộ Tài chính và Bộ Tư pháp hướng dẫn lập dự toán;\n")]
    [InlineData("Căn cứ Thông tư số 14/2014/TTLT-BTC-BTP ngày 27/01/2014 của Bộ Tài chính và Bộ Tư pháp hướng dẫn lập dự toán;\n")] // "Thông tư" for a joint circular
    [InlineData("Căn cứ Công văn số 725/BNV-CCHC ngày 20/02/2018 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch;\n")]
    [InlineData("Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính;\n")]
    public void DC2004_is_silent_when_word_and_code_agree(string preamble) =>
        AssertSilent("DC2004", Body(preamble, "Nâng cao chất lượng."));

    [Fact]
    public void DC2004_covers_only_the_number_of_a_list_item_whose_type_word_is_the_heads() =>
        AssertFires("DC2004", Body("Căn cứ các Nghị định của Chính phủ: số «10/NQ-CP» ngày 03/02/2017 ban hành Chương trình hành động; số 61/2018/NĐ-CP ngày 23/4/2018 về thực hiện cơ chế một cửa;\n", "Nâng cao chất lượng."));

    [Fact]
    public void DC2004_covers_the_type_word_after_a_pinpoint() =>
        AssertFires("DC2004", Body("Căn cứ khoản 2 Điều 3 «Thông tư số 26/2016/NĐ-CP» ngày 30/12/2016 của Bộ Tài chính;\n", "Nâng cao chất lượng."));

    [Fact]
    public void DC2004_span_is_where_the_text_search_it_replaced_found_the_word()
    {
        // The rule takes the type word's span from the citation; before, it searched the text back from the number
        // for the word. Both must give the same span for every citation of the seeds and the citation specs.
        var texts = DocCheck.Tests.TestSupport.Seeds.All.Select(n => DocCheck.Tests.TestSupport.Seeds.Get(n))
            .Concat(DocCheck.Tests.TestSupport.SpecFile.Load("Extraction/Citations/citation-specs.txt").Select(c => new DocCheck.Pipeline.DocumentAnalyzer().Analyze(c.Input)));
        int compared = 0;
        foreach (var doc in texts)
        {
            string text = doc.Normalized.Text;
            foreach (var x in doc.Citations)
            {
                if (x.TypeWord is null || x.IsAlias || x.Kind is DocCheck.Extraction.Citations.CitationKind.NamedLaw) continue;
                // An amending law's number ("Luật sửa đổi, bổ sung … của Luật X số 87/2025/QH15") has its type word before
                // the law it names; the search back from the number found that law's "Luật" instead.
                if (x.Name is { } n && n.Contains(" của Luật ", StringComparison.Ordinal)) continue;
                int from = Math.Min(x.Span.Start, x.SymbolSpan.Start);
                int at = x.SymbolSpan.Start > from ? text.LastIndexOf(x.TypeWord, x.SymbolSpan.Start - 1, x.SymbolSpan.Start - from, StringComparison.Ordinal) : -1;
                var searched = at >= 0 ? DocCheck.Text.TextSpan.FromBounds(at, x.SymbolSpan.End) : x.SymbolSpan;
                var spanned = x.TypeWordSpan is { } w ? DocCheck.Text.TextSpan.FromBounds(w.Start, x.SymbolSpan.End) : x.SymbolSpan;
                Assert.True(searched == spanned, $"{x.Key} «{text.Substring(x.Span.Start, x.Span.Length)}»: search {searched}, span {spanned}");
                compared++;
            }
        }
        Assert.True(compared > 100, $"only {compared} citations compared");
    }

    // ---- DC2005 issuing body differs from the issuer code

    [Theory]
    [InlineData("Căn cứ Nghị quyết số 56/2017/QH14 ngày 24/11/2017 của «Ủy ban Thường vụ Quốc hội» về việc tiếp tục cải cách tổ chức bộ máy hành chính nhà nước;\n")]
    [InlineData("Căn cứ Quyết định số 225/QĐ-TTg ngày 04/02/2016 của «Chính phủ» phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020;\n")]
    [InlineData("Căn cứ Thông tư số 05/2014/TT-BNV ngày 28/7/2014 của «Bộ Tài chính» hướng dẫn sử dụng, quản lý con dấu;\n")]
    public void DC2005_fires_on_an_issuer_the_code_rules_out(string preamble)
    {
        var run = AssertFires("DC2005", Body(preamble, "Nâng cao chất lượng."));
        Assert.Single(Single(run, "DC2005").Related);
    }

    [Theory]
    [InlineData("Căn cứ Nghị quyết số 56/2017/QH14 ngày 24/11/2017 của Quốc hội về việc tiếp tục cải cách tổ chức bộ máy hành chính nhà nước;\n")]
    [InlineData("Căn cứ Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020;\n")]
    [InlineData("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa;\n")]
    [InlineData("Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII;\n")]
    [InlineData("Căn cứ Thông tư số 05/2014/TT-BNV ngày 28/7/2014 của Bộ Nội vụ hướng dẫn sử dụng, quản lý con dấu;\n")]
    public void DC2005_is_silent_on_a_matching_issuer(string preamble) =>
        AssertSilent("DC2005", Body(preamble, "Nâng cao chất lượng."));

    // ---- DC2006 first citation lacks its date or issuing body

    [Fact]
    public void DC2006_fires_on_a_first_citation_without_a_date()
    {
        var run = AssertFires("DC2006", Body(Preamble,
            "Cán bộ, công chức thực hiện nghiêm Chỉ thị số «26/CT-TTg» của Thủ tướng Chính phủ.\n- Tiếp tục thực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ."));
        var f = Single(run, "DC2006");
        Assert.Equal(RuleLevel.Info, f.Level);
        Assert.Contains("ngày ban hành", f.Message);
    }

    [Fact]
    public void DC2006_fires_on_a_first_citation_without_an_issuer()
    {
        var run = AssertFires("DC2006", Body(Preamble, "Thực hiện Quyết định số «703/QĐ-UBND» ngày 20/6/2017 về công bố thủ tục hành chính."));
        Assert.Contains("cơ quan ban hành", Single(run, "DC2006").Message);
    }

    [Fact]
    public void DC2006_is_silent_when_only_later_citations_are_short() =>
        AssertSilent("DC2006", Body(
            "Căn cứ Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020;\n",
            "Triển khai có hiệu quả Quyết định số 225/QĐ-TTg; đánh giá kết quả thực hiện Quyết định số 225/QĐ-TTg."));

    [Fact]
    public void DC2006_is_silent_on_laws_cited_by_name_or_by_a_National_Assembly_number() =>
        AssertSilent("DC2006", Body(
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Luật Cán bộ, công chức số 22/2008/QH12 ngày 13/11/2008;\n",
            "Nâng cao chất lượng."));

    // ---- DC2007 invalid date in a citation

    [Theory]
    [InlineData("Căn cứ Quyết định số 123/QĐ-UBND «ngày 31/02/2017» của Ủy ban nhân dân tỉnh ban hành Quy chế làm việc;\n")]
    [InlineData("Căn cứ Quyết định số 225/QĐ-TTg «ngày 32/4/2016» của Thủ tướng Chính phủ phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020;\n")]
    [InlineData("Căn cứ Nghị định số 92/2017/NĐ-CP «ngày 07 tháng 13 năm 2017» của Chính phủ sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính;\n")]
    public void DC2007_fires_on_an_impossible_citation_date(string preamble)
    {
        var run = AssertFires("DC2007", Body(preamble, "Nâng cao chất lượng."));
        Assert.Empty(run.Of("DC3001")); // a citation's date is DC2007's, not DC3001's
    }

    [Fact]
    public void DC2007_quotes_the_date_as_written()
    {
        var run = AssertFires("DC2007", Body("Căn cứ Quyết định số 123/QĐ-UBND «ngày 31/02/2017» của Ủy ban nhân dân tỉnh ban hành Quy chế làm việc;\n", "Nâng cao chất lượng."));
        Assert.Equal("123/QĐ-UBND được ghi \"ngày 31/02/2017\": tháng 2/2017 không có ngày 31", Single(run, "DC2007").Message);
    }

    [Fact]
    public void DC2007_is_silent_on_a_footnote_mark_glued_to_the_numbers_own_year() =>
        AssertSilent("DC2007", Body("Căn cứ Nghị định số 140/2018/NĐ-CP ngày 08/10/20181 của Chính phủ sửa đổi các nghị định;\n", "Nâng cao chất lượng."));

    [Fact]
    public void Five_digit_year_in_a_citation_date_is_malformed_not_read_as_four_digits()
    {
        var run = AssertFires("DC2007", Body("Căn cứ Nghị định số 118/2025/NĐ-CP «ngày 09/6/20205» của Chính phủ về thực hiện thủ tục hành chính;\n", "Nâng cao chất lượng."));
        Assert.Equal("118/2025/NĐ-CP được ghi \"ngày 09/6/20205\": năm 20205 viết sai (năm có bốn chữ số)", Single(run, "DC2007").Message);
        var cited = Assert.Single(run.Document.Citations, x => x.Key == "118/2025/NĐ-CP");
        Assert.False(cited.Date!.IsValid);
        Assert.Null(cited.Date.Value);
        Assert.Empty(run.Of("DC2001")); // no other date is quoted for it
    }

    [Theory]
    [InlineData("Căn cứ Quyết định số 123/QĐ-UBND ngày 29/02/2016 của Ủy ban nhân dân tỉnh ban hành Quy chế làm việc;\n")] // a leap year
    [InlineData("Căn cứ Quyết định số 123/QĐ-UBND ngày 28/02/2017 của Ủy ban nhân dân tỉnh ban hành Quy chế làm việc;\n")]
    [InlineData("Căn cứ Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính;\n")]
    public void DC2007_is_silent_on_real_dates(string preamble) =>
        AssertSilent("DC2007", Body(preamble, "Nâng cao chất lượng."));

    // ---- DC2012 a law name no law has (the real-defect set of issue 21)

    [Theory]
    [InlineData("Căn cứ «Luật Chúng khoản» ngày 26 tháng 11 năm 2019;\n", "Luật Chứng khoán")]
    [InlineData("Căn cứ «Luật Quản lý thuê» ngày 13 tháng 6 năm 2019;\n", "Luật Quản lý thuế")]
    public void DC2012_fires_on_a_misspelt_law_name_and_gives_the_closest(string preamble, string fix)
    {
        var run = AssertFires("DC2012", Body(preamble, "Nâng cao chất lượng."));
        Assert.Equal(fix, Single(run, "DC2012").Fix?.Replacement);
    }

    [Theory]
    [InlineData("Căn cứ Luật Chứng khoán ngày 26 tháng 11 năm 2019 và Luật Hoá chất ngày 21 tháng 11 năm 2007;\n")]
    [InlineData("Căn cứ Luật Trí tuệ nhân tạo ngày 10 tháng 12 năm 2025;\n")] // a law the list does not have yet
    [InlineData("Căn cứ Luật Bảo hiểm y tế1 ngày 14 tháng 11 năm 2008;\n")] // a footnote mark
    public void DC2012_is_silent_on_right_old_style_new_and_footnoted_names(string preamble) =>
        AssertSilent("DC2012", Body(preamble, "Nâng cao chất lượng."));
}
