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
