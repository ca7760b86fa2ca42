using DocCheck.Rules;
using static DocCheck.Tests.Rules.RuleTestKit;

namespace DocCheck.Tests.Rules;

/// <summary>DC3001–DC3004: dates, deadlines and the plan's period.</summary>
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
        AssertSilent("DC3003", Doc(Preamble + "I. NHIỆM VỤ\n" + Table(("Kiểm tra công vụ", "Trong năm 2017")), title: "Cải cách hành chính"));

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
    public void DC3004_is_silent_on_a_single_mention_of_another_year() =>
        AssertSilent("DC3004", Doc(Preamble +
            "I. MỤC ĐÍCH, YÊU CẦU\nTriển khai Kế hoạch cải cách hành chính năm 2018.\n" +
            "II. NHIỆM VỤ\nTổng kết Kế hoạch cải cách hành chính năm 2017 và đề xuất nhiệm vụ.\n"));
}
