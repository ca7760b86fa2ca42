using DocCheck.Extraction.Plans;
using DocCheck.Pipeline;
using static DocCheck.Tests.Rules.RuleTestKit;

namespace DocCheck.Tests.Extraction.Plans;

/// <summary>What a deadline is: one end of a range, a task that wraps the period up (DC3003 reads them).</summary>
public class DeadlineFactsTests
{
    private static readonly DocumentAnalyzer Analyzer = new();

    private static IReadOnlyList<Deadline> Deadlines(string tasks) =>
        Analyzer.Analyze(Doc(Preamble + "I. NHIỆM VỤ\n" + tasks + "\nII. TỔ CHỨC THỰC HIỆN\nCác sở, ngành triển khai thực hiện.\n")).Plan.Deadlines;

    [Fact]
    public void Both_ends_of_a_range_are_ends_of_a_range()
    {
        var ds = Deadlines("1. Cải cách thể chế\nRà soát văn bản quy phạm pháp luật.\nThời gian thực hiện: từ tháng 12/2017 đến tháng 3/2018.");
        Assert.Equal(["tháng 12/2017", "tháng 3/2018"], ds.Select(d => d.When.Text));
        Assert.All(ds, d => Assert.True(d.EndOfRange));
    }

    [Theory]
    [InlineData("Thời gian thực hiện: Quý IV/2018.")]
    [InlineData("Thời gian thực hiện: từ tháng 7/2018.")] // the start of something still running
    public void A_date_alone_is_no_end_of_a_range(string line)
    {
        var d = Assert.Single(Deadlines("1. Cải cách thể chế\nRà soát văn bản quy phạm pháp luật.\n" + line));
        Assert.False(d.EndOfRange);
    }

    [Fact]
    public void A_dash_that_opens_the_next_line_is_a_bullet_not_a_range()
    {
        var ds = Deadlines("1. Cải cách thể chế\nRà soát văn bản quy phạm pháp luật.\nThời gian thực hiện: Quý II/2018\n- Cơ quan chủ trì: Sở Tư pháp.");
        Assert.False(Assert.Single(ds).EndOfRange);
    }

    [Fact]
    public void The_bullet_of_an_item_that_opens_with_a_time_is_no_range()
    {
        var ds = Deadlines("3. Tiến độ thực hiện\n- Tháng 3/2018: ban hành kế hoạch kiểm tra.\n- Quý II/2018: kiểm tra tại các sở, ngành.");
        Assert.Equal(["Tháng 3/2018", "Quý II/2018"], ds.Select(d => d.When.Text));
        Assert.All(ds, d => Assert.False(d.EndOfRange));
    }

    [Fact]
    public void A_time_label_inside_a_heading_joined_to_it_ends_the_task()
    {
        var d = Assert.Single(Deadlines("1. Cải cách thể chế\n- Rà soát văn bản quy phạm pháp luật; thời gian hoàn thành: tháng 3/2018."));
        Assert.Equal("Rà soát văn bản quy phạm pháp luật", d.Task);
    }

    [Fact]
    public void A_table_without_a_time_heading_still_has_its_time_cells_read()
    {
        var ds = Analyzer.Analyze(Doc(Preamble + "I. NHIỆM VỤ\n| STT | Nội dung | Cơ quan chủ trì | Ghi chú |\n|---|---|---|---|\n" +
            "| 1 | Rà soát thủ tục hành chính | Sở Tư pháp | Trước 30/6/2018 |\n")).Plan.Deadlines;
        Assert.True(Assert.Single(ds).FromTable);
    }

    [Theory]
    [InlineData("Báo cáo tổng kết công tác cải cách hành chính", true)]
    [InlineData("Tổ chức đánh giá, chấm điểm Chỉ số cải cách hành chính", true)]
    [InlineData("Rà soát văn bản quy phạm pháp luật", false)]
    public void A_task_that_wraps_the_period_up(string task, bool wrapUp)
    {
        var d = Assert.Single(Deadlines($"1. Cải cách thể chế\n{task}.\nThời gian thực hiện: tháng 01/2019."));
        Assert.Equal(wrapUp, d.IsWrapUp);
    }
}
