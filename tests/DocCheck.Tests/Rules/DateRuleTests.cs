using DocCheck.Rules;
using static DocCheck.Tests.Rules.RuleTestKit;

namespace DocCheck.Tests.Rules;

/// <summary>DC3001–DC3005: dates, deadlines and the plan's period.</summary>
public class DateRuleTests
{
    private static string Plan(string tasks) => Doc(Preamble +
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao chất lượng giải quyết thủ tục hành chính.\n" +
        "II. NHIỆM VỤ\n" + tasks + "\nIII. TỔ CHỨC THỰC HIỆN\nCác sở, ngành triển khai thực hiện.\n");

    private static string Table(params (string Task, string When)[] rows) =>
        "| STT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện |\n|---|---|---|---|\n" +
        string.Concat(rows.Select((r, i) => $"| {i + 1} | {r.Task} | Sở Nội vụ | {r.When} |\n"));

    // ---- DC3001 invalid calendar date, month or quarter

    [Theory]
    [InlineData("1. Cải cách thể chế\nRà soát văn bản, hoàn thành trước «ngày 31/02/2018».")]
    [InlineData("1. Cải cách thể chế\nTổ chức hội nghị sơ kết trong «tháng 13/2018».")]
    [InlineData("1. Cải cách thể chế\nBáo cáo kết quả thực hiện trong «Quý V/2018».")]
    [InlineData("1. Cải cách thể chế\nTổ chức tập huấn vào «ngày 31 tháng 4 năm 2018».")]
    public void DC3001_fires_on_an_impossible_date(string tasks) => AssertFires("DC3001", Plan(tasks));

    [Theory]
    [InlineData("1. Cải cách thể chế\nRà soát văn bản, hoàn thành trước ngày 28/02/2018.")]
    [InlineData("1. Cải cách thể chế\nTổ chức hội nghị sơ kết trong tháng 12/2018; báo cáo trong Quý IV/2018 và quý 4/2018.")]
    [InlineData("1. Cải cách thể chế\nChỉ số cải cách hành chính năm 2017 đạt 8,5/9 điểm, xếp hạng 36/63 tỉnh, thành phố; 4/19 xã hoàn thành.")]
    public void DC3001_is_silent_on_real_dates_and_on_fractions(string tasks) => AssertSilent("DC3001", Plan(tasks));

    [Fact]
    public void Five_digit_year_is_reported_malformed_and_quoted_as_written()
    {
        // Read as "ngày 30/6/2019" before, the deadline fell after the 2018 plan's period (DC3003) and was quoted short.
        var run = AssertFires("DC3001", Plan("1. Cải cách thể chế\nRà soát văn bản, hoàn thành trước «ngày 30/6/20195»."));
        Assert.Equal("\"ngày 30/6/20195\": năm 20195 viết sai (năm có bốn chữ số)", Single(run, "DC3001").Message);
        Assert.Empty(run.Of("DC3003"));
        Assert.Empty(run.Of("DC3002"));
    }

    [Fact]
    public void DC3001_accepts_29_February_of_a_leap_year() =>
        AssertSilent("DC3001", Doc(Preamble + "I. NHIỆM VỤ\n1. Tổ chức hội nghị\nHoàn thành trước ngày 29/02/2020.\n",
            placeDate: "Kon Tum, ngày 05 tháng 01 năm 2020", title: "Cải cách hành chính năm 2020"));

    // ---- DC3002 deadline before the document's own date (05/03/2018)

    [Theory]
    [InlineData("1. Cải cách thể chế\nRà soát văn bản, hoàn thành trước «ngày 30/01/2018».")]
    [InlineData("1. Cải cách thể chế\nRà soát văn bản, gửi Sở Tư pháp chậm nhất «ngày 15/02/2018».")]
    public void DC3002_fires_on_a_deadline_already_past(string tasks) => AssertFires("DC3002", Plan(tasks));

    [Fact]
    public void DC3002_fires_on_a_table_deadline_already_past() =>
        AssertFires("DC3002", Plan(Table(("Rà soát thủ tục hành chính", "Tháng 6/2018"), ("Kiểm tra công vụ", "«Tháng 01/2018»"))));

    [Theory]
    [InlineData("1. Cải cách thể chế\nRà soát văn bản, hoàn thành trước ngày 30/6/2018.")]
    [InlineData("1. Cải cách thể chế\nNgày 15/01/2018, Sở Nội vụ đã tổ chức hội nghị triển khai nhiệm vụ năm 2018.")] // a past event, not a deadline
    [InlineData("1. Cải cách thể chế\nRà soát văn bản, hoàn thành trước ngày 05/3/2018.")] // the same day
    public void DC3002_is_silent_on_deadlines_after_the_document_and_on_past_events(string tasks) => AssertSilent("DC3002", Plan(tasks));

    // ---- DC3003 deadline or activity year outside the plan's period (2018)

    [Fact]
    public void DC3003_fires_on_a_table_row_from_another_year()
    {
        var run = AssertFires("DC3003", Plan(Table(("Rà soát thủ tục hành chính", "Trong năm 2018"), ("Kiểm tra công vụ", "Trong «năm 2017»"))));
        Assert.Equal("năm 2018", RelatedText(run, Single(run, "DC3003")));
    }

    [Fact]
    public void DC3003_fires_on_a_text_deadline_after_the_period() =>
        AssertFires("DC3003", Plan("1. Cải cách thể chế\nRà soát văn bản, hoàn thành trước «ngày 30/6/2019».\n2. Cải cách thủ tục hành chính\nCông khai thủ tục hành chính.\nThời gian thực hiện: «Quý I/2019»."));

    [Fact]
    public void DC3003_fires_on_a_time_line_right_under_its_heading() =>
        AssertFires("DC3003", Plan("1. Cải cách thể chế\nRà soát văn bản.\n2. Cải cách thủ tục hành chính\nThời gian thực hiện: «Quý I/2019»."));

    [Theory]
    [InlineData("1. Cải cách thể chế\nRà soát văn bản, hoàn thành trước ngày 30/6/2018.\n2. Cải cách thủ tục hành chính\nCông khai thủ tục hành chính.\nThời gian thực hiện: Quý IV/2018.")]
    [InlineData("1. Cải cách thể chế\nNăm 2017, tỉnh đạt 8,5/9 điểm; năm 2018 phấn đấu tăng 05 bậc.")] // results of earlier years are not deadlines
    public void DC3003_is_silent_on_deadlines_within_the_period(string tasks) => AssertSilent("DC3003", Plan(tasks));

    [Fact]
    public void DC3003_is_silent_on_one_end_of_a_range_that_reaches_into_the_period() =>
        AssertSilent("DC3003", Plan("1. Cải cách thể chế\nRà soát văn bản quy phạm pháp luật.\nThời gian thực hiện: từ tháng 11/2018 đến tháng 02/2019."));

    [Theory]
    [InlineData("1. Cải cách thể chế\nRà soát văn bản quy phạm pháp luật.\n- Thời gian thực hiện: từ «tháng 2/2021» đến tháng 12/2021.")]
    [InlineData("1. Cải cách thể chế\nRà soát văn bản quy phạm pháp luật.\n- Thời gian thực hiện: từ «tháng 2/2015» đến tháng 9/2016.")]
    public void DC3003_fires_once_on_a_range_wholly_outside_the_period(string tasks)
    {
        var run = AssertFires("DC3003", Plan(tasks));
        Assert.Single(run.Findings, f => f.RuleId == "DC3003");
    }

    [Fact]
    public void DC3003_is_silent_on_a_report_due_early_in_the_next_year() =>
        AssertSilent("DC3003", Plan("1. Cải cách thể chế\nBáo cáo tổng kết công tác cải cách hành chính.\nThời gian thực hiện: tháng 01/2019."));

    [Fact]
    public void DC3003_fires_on_another_task_early_in_the_next_year() =>
        AssertFires("DC3003", Plan("1. Cải cách thể chế\nRà soát văn bản quy phạm pháp luật.\nThời gian thực hiện: «tháng 01/2019»."));

    [Fact]
    public void DC3003_is_silent_on_ongoing_rows() =>
        AssertSilent("DC3003", Plan(Table(("Rà soát thủ tục hành chính", "Thường xuyên"), ("Kiểm tra công vụ", "Trong năm 2018"))));

    [Fact]
    public void DC3003_is_silent_without_a_period() =>
        AssertSilent("DC3003", Doc(NoPeriodPreamble + "I. NHIỆM VỤ\n" + Table(("Kiểm tra công vụ", "Trong năm 2017")),
            number: "Số: 497/QĐ-UBND", typeWord: "QUYẾT ĐỊNH", title: "Về việc ban hành Kế hoạch cải cách hành chính"));

    private const string NoPeriodPreamble =
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nỦy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính như sau:\n";

    // ---- DC3003: wherever a task states its time (issue 20)

    [Theory]
    [InlineData("1. Cải cách thể chế\n- Rà soát văn bản quy phạm pháp luật của tỉnh.\n- Thời gian: «năm 2021».")]
    [InlineData("1. Cải cách thể chế\n- Rà soát văn bản quy phạm pháp luật của tỉnh.\n+ Thời gian: «Quý II/2021».\n+ Cơ quan chủ trì: Sở Tư pháp.")]
    [InlineData("1. Cải cách thể chế\n- Rà soát văn bản quy phạm pháp luật của tỉnh; thời gian hoàn thành: «tháng 3/2021».")]
    [InlineData("1. Cải cách thể chế\n- Rà soát văn bản quy phạm pháp luật của tỉnh (Thời gian thực hiện: «năm 2021»).")]
    [InlineData("1. Cải cách thể chế\n- Rà soát văn bản quy phạm pháp luật của tỉnh. Thời gian thực hiện: «Tháng 3/2021».")]
    [InlineData("1. Cải cách thể chế\na) Rà soát văn bản quy phạm pháp luật của tỉnh.\n- Thời hạn hoàn thành: trước «ngày 31/12/2021».")]
    [InlineData("1. Cải cách thể chế\n- Rà soát văn bản quy phạm pháp luật của tỉnh, hoàn thành trong «quý I/2021».")]
    [InlineData("1. Cải cách thể chế\n- Sở Tư pháp hoàn thành việc rà soát văn bản vào «tháng 6/2021».")]
    [InlineData("1. Cải cách thể chế\n- Các sở xây dựng kế hoạch triển khai (hoàn thành trong «tháng 11/2021») gửi Sở Nội vụ.")]
    [InlineData("1. Cải cách thể chế\nRà soát văn bản quy phạm pháp luật.\n- «Quý II/2021»")]
    [InlineData("3. Tiến độ thực hiện\n- «Tháng 3/2021»: ban hành kế hoạch kiểm tra.\n- «Quý II/2021»: kiểm tra tại các sở, ngành.")]
    public void DC3003_fires_on_a_task_bullet_that_gives_another_year(string tasks) => AssertFires("DC3003", Plan(tasks));

    [Theory]
    [InlineData("1. Cải cách thể chế\n- Rà soát văn bản quy phạm pháp luật của tỉnh.\n- Thời gian: năm 2018.")]
    [InlineData("1. Cải cách thể chế\n- Phấn đấu tỷ lệ hồ sơ hoàn thành đúng hạn đạt 90% vào năm 2020.")] // a target, not a deadline
    [InlineData("1. Cải cách thể chế\n- Thời gian ký: 07/10/2019 20:43:19.")] // a digital signature's stamp
    [InlineData("1. Cải cách thể chế\n- Đăng ký đất đai cho hộ gia đình đã được công nhận quyền sử dụng đất (trong năm 2014) theo quy định.")]
    [InlineData("3. Tiến độ thực hiện\n- Tháng 3/2018: ban hành kế hoạch kiểm tra.\n- Từ tháng 11/2017: vận hành hệ thống.")]
    public void DC3003_is_silent_on_times_in_the_period_and_on_what_is_no_deadline(string tasks) => AssertSilent("DC3003", Plan(tasks));

    [Fact]
    public void DC3003_names_the_task_before_a_time_label_inside_its_item()
    {
        var run = AssertFires("DC3003", Plan("1. Cải cách thể chế\n- Rà soát văn bản quy phạm pháp luật của tỉnh; thời gian hoàn thành: «tháng 3/2021»."));
        Assert.EndsWith(": Rà soát văn bản quy phạm pháp luật của tỉnh", Single(run, "DC3003").Message);
    }

    [Fact]
    public void DC3003_fires_on_any_time_written_in_a_tables_time_column() =>
        AssertFires("DC3003", Plan(Table(("Rà soát thủ tục hành chính", "«30/6/2019»"), ("Kiểm tra công vụ", "Ban hành kế hoạch trong «quý II/2019»"),
            ("Tập huấn nghiệp vụ", "Theo Điều 17 Nghị định số 52/2015/NĐ-CP ngày 14/6/2015"), ("Tổ chức hội nghị", "Quý IV/2018"))));

    [Fact]
    public void DC3003_takes_a_time_cell_followed_by_a_bulleted_cell_as_a_time_of_its_own() =>
        AssertFires("DC3003", Plan("| STT | Nội dung | Thời gian | Ghi chú |\n|---|---|---|---|\n| 1 | Trang bị đồng phục cho công chức | Trong «tháng 1 năm 2019» | - Tại Trung tâm: 70.000.000 đồng |\n"));

    [Fact]
    public void DC3003_is_silent_on_a_report_due_in_the_first_half_of_the_next_year() =>
        AssertSilent("DC3003", Plan("1. Kiểm soát tài sản, thu nhập\n- Thanh tra tỉnh tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/4/2019."));

    // ---- DC3003: where the period comes from when the title gives none

    [Fact]
    public void DC3003_takes_the_period_from_the_sentence_that_issues_the_plan() =>
        AssertFires("DC3003", Doc(Preamble + "I. NHIỆM VỤ\n1. Cải cách thể chế\nRà soát văn bản.\nThời gian thực hiện: «Quý II/2017».\n", title: "Thực hiện công tác cải cách hành chính"));

    [Fact]
    public void DC3003_takes_the_period_from_the_article_that_issues_a_decisions_plan() =>
        AssertFires("DC3003", Doc("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n" +
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2018 trên địa bàn tỉnh.\n" +
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nKẾ HOẠCH\nCải cách hành chính\nI. NHIỆM VỤ\n1. Cải cách thể chế\nRà soát văn bản.\nThời gian thực hiện: «Quý II/2016».\n",
            number: "Số: 497/QĐ-UBND", typeWord: "QUYẾT ĐỊNH", title: "Về việc ban hành Kế hoạch cải cách hành chính"));

    [Fact]
    public void DC3003_does_not_take_the_period_of_a_plan_a_basis_clause_cites() =>
        AssertSilent("DC3003", Doc("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2018 của UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2018;\n" +
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm tra như sau:\nI. NHIỆM VỤ\n1. Kiểm tra\nThời gian thực hiện: Quý II/2019.\n",
            number: "Số: 497/QĐ-UBND", typeWord: "QUYẾT ĐỊNH", title: "Về việc ban hành Kế hoạch kiểm tra"));

    [Fact]
    public void DC3003_takes_the_period_from_the_first_line_of_a_file_without_a_header() =>
        AssertFires("DC3003", "Kế hoạch cải cách hành chính năm 2018 của Ủy ban nhân dân tỉnh\n\nI. NHIỆM VỤ\n\n1. Cải cách thể chế\n\nRà soát văn bản.\n\nThời gian thực hiện: «Quý II/2016».\n");

    [Fact]
    public void DC3003_counts_every_year_the_title_names() =>
        AssertSilent("DC3003", Doc(Preamble + "I. NHIỆM VỤ\n1. Triển khai nhiệm vụ năm 2019\nThời gian thực hiện: Quý I/2019.\n",
            title: "Đánh giá công tác cải cách hành chính năm 2018, triển khai nhiệm vụ năm 2019"));

    [Fact]
    public void DC3003_does_not_count_the_vision_of_a_title_in_the_period() =>
        AssertFires("DC3003", Doc(Preamble + "I. NHIỆM VỤ\n1. Cải cách thể chế\nThời gian thực hiện: «Quý II/2025».\n",
            title: "Cải cách hành chính giai đoạn 2018-2020, tầm nhìn đến năm 2030"));

    // Seed 004 has neither a header nor a period: it is held to the year of what it cites (2018) and the next.
    private static string Undated(string tasks) =>
        "KẾ HOẠCH\nTRIỂN KHAI CHƯƠNG TRÌNH SỐ 51-CTr/TU NGÀY 09 THÁNG 02 NĂM 2018 CỦA TỈNH ỦY\n" +
        "Căn cứ Nghị quyết số 10/NQ-CP ngày 03 tháng 02 năm 2018 của Chính phủ;\nI. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN\n" + tasks;

    [Fact]
    public void DC3003_holds_a_plan_without_a_period_to_its_year_when_a_time_is_years_from_all_others()
    {
        var run = AssertFires("DC3003", Undated("1. Sắp xếp tổ chức bộ máy\n- Sở Nội vụ hoàn thành việc rà soát trong quý II/2018.\n" +
            "- Sở Nội vụ tổng hợp báo cáo trong «quý III/2024».\n- Các huyện tổ chức tổng kết trong quý IV/2018.\n"));
        Assert.Contains("suy từ năm của văn bản", Single(run, "DC3003").Message);
    }

    [Fact]
    public void DC3003_is_silent_on_a_plan_without_a_period_whose_times_run_over_years() =>
        AssertSilent("DC3003", Undated("1. Sắp xếp tổ chức bộ máy\n- Hoàn thành trong quý II/2018.\n- Hoàn thành trong quý III/2022.\n- Hoàn thành trong quý IV/2023.\n"));

    [Fact]
    public void DC3003_is_silent_on_a_time_years_before_a_plan_without_a_period() =>
        // Years before the document, "trước ngày" is more often a condition than a deadline.
        AssertSilent("DC3003", Undated("1. Cấp giấy chứng nhận\n- Hộ gia đình sử dụng đất ổn định trước ngày 01/7/2004.\n- Hoàn thành trong quý II/2018.\n"));

    [Fact]
    public void DC3003_is_silent_on_a_meeting_programme() =>
        AssertSilent("DC3003", Doc("Thời gian: 14h00, ngày 22/01/2019 (chiều thứ Ba).\nĐịa điểm: Hội trường UBND tỉnh.\n",
            number: "Số: 12/CTr-UBND", typeWord: "CHƯƠNG TRÌNH", title: "Hội nghị tổng kết công tác cải cách hành chính năm 2018"));

    [Fact]
    public void DC3003_is_silent_on_a_report_on_a_plan() =>
        AssertSilent("DC3003", Doc("I. KẾT QUẢ\n1. Chỉ đạo\nTrong tháng 10/2019, Ban Chỉ đạo tiếp tục chỉ đạo các cơ quan.\nII. NHIỆM VỤ\n- Thời gian: tháng 11/2019.\n",
            number: "Số: 45/BC-UBND", typeWord: "BÁO CÁO", title: "Kết quả triển khai Đề án 06 năm 2018"));

    // ---- DC3004 title period differs from the body period

    [Fact]
    public void DC3004_fires_when_the_body_speaks_of_another_year()
    {
        var run = AssertFires("DC3004", Doc(Preamble +
            "I. MỤC ĐÍCH, YÊU CẦU\nTriển khai Kế hoạch cải cách hành chính «năm 2019» đồng bộ, hiệu quả.\n" +
            "II. NHIỆM VỤ\nCác sở, ngành xây dựng kế hoạch cải cách hành chính năm 2019 của đơn vị.\n"));
        var f = Single(run, "DC3004");
        Assert.Equal(RuleLevel.Info, f.Level);
        Assert.Equal("năm 2018", RelatedText(run, f));
    }

    [Fact]
    public void DC3004_fires_when_the_body_gives_another_range() =>
        AssertFires("DC3004", Doc(Preamble +
            "I. MỤC ĐÍCH, YÊU CẦU\nThực hiện Chương trình cải cách hành chính «giai đoạn 2021-2025» của tỉnh.\n" +
            "II. NHIỆM VỤ\nCác sở, ngành thực hiện Chương trình cải cách hành chính giai đoạn 2021-2025.\n",
            title: "Cải cách hành chính giai đoạn 2016-2020"));

    [Fact]
    public void DC3004_is_silent_when_the_body_period_includes_the_title_year() =>
        AssertSilent("DC3004", Doc(Preamble +
            "I. MỤC ĐÍCH, YÊU CẦU\nThực hiện Kế hoạch cải cách hành chính giai đoạn 2016-2020 của tỉnh.\n" +
            "II. NHIỆM VỤ\nCác sở, ngành thực hiện Kế hoạch cải cách hành chính giai đoạn 2016-2020.\n"));

    [Fact]
    public void DC3004_is_silent_when_the_body_names_one_of_the_title_years() =>
        AssertSilent("DC3004", Doc(Preamble +
            "I. MỤC ĐÍCH, YÊU CẦU\nTriển khai Kế hoạch cải cách hành chính năm 2019 đồng bộ.\n" +
            "II. NHIỆM VỤ\nCác sở, ngành xây dựng kế hoạch cải cách hành chính năm 2019 của đơn vị.\n",
            title: "Đánh giá công tác cải cách hành chính năm 2018, triển khai nhiệm vụ năm 2019"));

    [Fact]
    public void DC3004_is_silent_on_a_document_that_is_not_a_plan() =>
        AssertSilent("DC3004", Doc(Preamble +
            "I. MỤC ĐÍCH, YÊU CẦU\nTriển khai Kế hoạch cải cách hành chính năm 2019 đồng bộ.\n" +
            "II. NHIỆM VỤ\nCác sở, ngành xây dựng kế hoạch cải cách hành chính năm 2019 của đơn vị.\n",
            number: "Số: 45/TTr-UBND", typeWord: "TỜ TRÌNH", title: "Về dự thảo Kế hoạch cải cách hành chính năm 2018"));

    [Fact]
    public void DC3004_is_silent_on_a_single_mention_of_another_year() =>
        AssertSilent("DC3004", Doc(Preamble +
            "I. MỤC ĐÍCH, YÊU CẦU\nTriển khai Kế hoạch cải cách hành chính năm 2018.\n" +
            "II. NHIỆM VỤ\nTổng kết Kế hoạch cải cách hành chính năm 2017 và đề xuất nhiệm vụ.\n"));

    // ---- DC3005 a date with a word glued to its number (the real-defect set of issue 21)

    [Theory]
    [InlineData("Căn cứ Tờ trình số 451/TTr-SNV «ngày 27 tháng 10năm 2025» của Sở Nội vụ;\n", "ngày 27 tháng 10 năm 2025")]
    [InlineData("Căn cứ Tờ trình số 451/TTr-SNV «ngày 05 tháng12 năm 2025» của Sở Nội vụ;\n", "ngày 05 tháng 12 năm 2025")]
    [InlineData("Căn cứ Tờ trình số 451/TTr-SNV «ngày 16tháng 6 năm 2025» của Sở Nội vụ;\n", "ngày 16 tháng 6 năm 2025")]
    public void DC3005_fires_on_a_glued_date_and_still_reads_it(string preamble, string fix)
    {
        var run = AssertFires("DC3005", Doc(preamble + "I. MỤC ĐÍCH\nNâng cao chất lượng.\n", placeDate: "Lâm Đồng, ngày 10 tháng 12 năm 2025", title: "Về việc đổi tên Liên đoàn"));
        var f = Single(run, "DC3005");
        Assert.Equal(fix, f.Fix?.Replacement);
        Assert.Equal(RuleLevel.Info, f.Level);
    }

    [Theory]
    [InlineData("Sở Tư pháp thẩm định Đề án tổ chức Đại hội lần thứ I, «nhiệm kỳ 20262031».", "nhiệm kỳ 2026-2031")]
    [InlineData("Hồ sơ Đại hội lần thứ I, «nhiệm kỳ 2026-2031»và các hồ sơ liên quan.", "nhiệm kỳ 2026-2031 ")]
    [InlineData("Thực hiện Chương trình tổng thể «giai đoạn 2021 2030», Quyết định số 12/QĐ-UBND.", "giai đoạn 2021-2030")]
    public void DC3005_fires_on_a_period_whose_years_or_next_word_are_glued(string text, string fix)
    {
        var run = AssertFires("DC3005", Doc("I. MỤC ĐÍCH\n" + text + "\n", placeDate: "Lâm Đồng, ngày 10 tháng 12 năm 2025"));
        Assert.Equal(fix, Single(run, "DC3005").Fix?.Replacement);
    }

    [Fact]
    public void DC3005_is_silent_on_dates_written_with_their_spaces() =>
        AssertSilent("DC3005", Doc("Căn cứ Tờ trình số 451/TTr-SNV ngày 27 tháng 10 năm 2025 của Sở Nội vụ và Công văn số 12/SNV ngày 3/4/2025;\nI. MỤC ĐÍCH\nĐại hội nhiệm kỳ 2026-2031 và giai đoạn 2026 - 2030 của tỉnh.\n",
            placeDate: "Lâm Đồng, ngày 10 tháng 12 năm 2025"));

    [Fact]
    public void A_glued_date_is_still_the_citations_date()
    {
        var doc = new DocCheck.Pipeline.DocumentAnalyzer().Analyze(Doc("Căn cứ Tờ trình số 451/TTr-SNV ngày 27 tháng 10năm 2025 của Sở Nội vụ;\nI. MỤC ĐÍCH\nNâng cao chất lượng.\n"));
        Assert.Equal(new DateOnly(2025, 10, 27), doc.Citations.Single(c => c.Key == "451/TTr-SNV").Date?.Value);
    }
}
