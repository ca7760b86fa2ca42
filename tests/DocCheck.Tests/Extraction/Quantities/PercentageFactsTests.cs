using DocCheck.Extraction.Quantities;
using DocCheck.Pipeline;

namespace DocCheck.Tests.Extraction.Quantities;

/// <summary>The facts around a percentage that say whether it is a share of one whole (DC4001 reads them).</summary>
public class PercentageFactsTests
{
    private static readonly DocumentAnalyzer Analyzer = new();

    private static (AnalyzedDocument Doc, List<Quantity> Percentages) Percentages(string text)
    {
        var doc = Analyzer.Analyze(text);
        return (doc, doc.Quantities.Where(q => q.Kind == QuantityKind.Percentage).ToList());
    }

    [Theory]
    [InlineData("Giải ngân vốn đầu tư công đạt 102% kế hoạch.")]
    [InlineData("Thu ngân sách đạt 105,5% dự toán được giao.")]
    [InlineData("Người lao động được trả ít nhất bằng 150% mức lương giờ thực trả.")]
    public void A_percentage_followed_by_what_it_is_a_ratio_of(string text) =>
        Assert.True(Assert.Single(Percentages(text).Percentages).IsRatioToReference);

    [Theory]
    [InlineData("Phấn đấu 100% cán bộ, công chức được đánh giá hoàn thành nhiệm vụ.")]
    [InlineData("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.")]
    public void A_share_of_a_whole_is_no_ratio(string text) =>
        Assert.False(Assert.Single(Percentages(text).Percentages).IsRatioToReference);

    [Fact]
    public void A_sum_of_proportions_is_read_from_the_clause_before()
    {
        var (_, qs) = Percentages("Tổng tỷ lệ tổn thương cơ thể của những người này từ 61% đến 121%.");
        Assert.True(Assert.Single(qs).InSumOfProportions);
    }

    [Fact]
    public void A_sum_of_proportions_in_the_sentence_before_does_not_count()
    {
        var (_, qs) = Percentages("Tổng tỷ lệ các loại đất đạt 100%. Phấn đấu có 95% hồ sơ được giải quyết đúng hạn.");
        Assert.Equal([true, false], qs.Select(q => q.InSumOfProportions));
    }

    [Theory]
    [InlineData("Phấn đấu có trên 95% hồ sơ được giải quyết đúng hạn.", "trên 95%")]
    [InlineData("Phấn đấu có Trên 95% hồ sơ được giải quyết đúng hạn.", "Trên 95%")]
    [InlineData("Phấn đấu có 95% hồ sơ được giải quyết đúng hạn.", null)]
    [InlineData("Phấn đấu có dưới 5% hồ sơ trễ hạn.", null)]
    public void The_span_with_its_tren_qualifier(string text, string? expected)
    {
        var (doc, qs) = Percentages(text);
        var q = Assert.Single(qs);
        Assert.Equal(expected, q.QualifiedSpan is { } s ? doc.Normalized.Text.Substring(s.Start, s.Length) : null);
    }

    [Fact]
    public void Other_kinds_carry_no_percentage_facts()
    {
        var doc = Analyzer.Analyze("Kinh phí thực hiện trên 500 triệu đồng dự toán năm 2018.");
        var money = Assert.Single(doc.Quantities, q => q.Kind == QuantityKind.Money);
        Assert.False(money.IsRatioToReference);
        Assert.Null(money.QualifiedSpan);
    }
}
