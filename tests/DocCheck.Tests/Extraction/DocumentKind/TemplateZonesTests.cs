using DocCheck.Pipeline;
using static DocCheck.Tests.Rules.RuleTestKit;

namespace DocCheck.Tests.Extraction.DocumentKind;

/// <summary>Where a document is a form to fill in: annexes, "Mẫu số" headings to the end of their part, text after a signature.</summary>
public class TemplateZonesTests
{
    private static readonly DocumentAnalyzer Analyzer = new();

    private const string Body = "I. NHIỆM VỤ\n1. Cải cách thể chế\nRà soát văn bản quy phạm pháp luật.\n";

    [Fact]
    public void A_form_heading_opens_a_zone_to_the_end_of_its_part()
    {
        var doc = Analyzer.Analyze(Doc(Body + "Mẫu số 01\nTÊN CƠ QUAN: ……………\n"));
        string text = doc.Normalized.Text;
        var zone = Assert.Single(doc.Templates.Spans);
        Assert.StartsWith("Mẫu số 01", text[zone.Start..]);
        Assert.True(doc.Templates.Contains(text.IndexOf("TÊN CƠ QUAN", StringComparison.Ordinal)));
        Assert.False(doc.Templates.Contains(text.IndexOf("Rà soát", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_sentence_that_starts_with_Mau_is_no_heading() =>
        Assert.Empty(Analyzer.Analyze(Doc(Body + "Mẫu văn bản phải được thống nhất trong toàn tỉnh, bảo đảm đúng thể thức và kỹ thuật trình bày theo quy định hiện hành của Chính phủ về công tác văn thư, lưu trữ và các hướng dẫn của Bộ Nội vụ.\n")).Templates.Spans);

    [Fact]
    public void A_plan_without_forms_has_no_zone() => Assert.Empty(Analyzer.Analyze(Doc(Body)).Templates.Spans);
}
