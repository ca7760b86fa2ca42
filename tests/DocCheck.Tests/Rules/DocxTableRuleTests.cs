using DocCheck.Pipeline;
using DocCheck.Reading.Docx;
using DocCheck.Rules;
using DocumentFormat.OpenXml.Wordprocessing;
using static DocCheck.Tests.Reading.Docx.DocxBuilder;

namespace DocCheck.Tests.Rules;

/// <summary>The table rules work on a Word table as on seed 001's text table: totals per budget table, deadlines per row.</summary>
public class DocxTableRuleTests
{
    private static byte[] Plan(string total, string firstWhen) => Build((main, body) =>
    {
        body.Append(Table(
            Row(Cell("ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH"), Cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")),
            Row(Cell("Số: 12/KH-UBND"), Cell("Tây Ninh, ngày 15 tháng 12 năm 2020"))));
        body.Append(P("KẾ HOẠCH"));
        body.Append(P("Cải cách hành chính năm 2021"));
        body.Append(P("I. NHIỆM VỤ"));
        body.Append(Table(
            Row(Cell("STT"), Cell("Nội dung"), Cell("Cơ quan chủ trì"), Cell("Thời gian thực hiện")),
            Row(Cell("1"), Cell("Rà soát thủ tục hành chính"), Cell("Sở Tư pháp"), Cell(firstWhen)),
            Row(Cell("2"), Cell("Tuyên truyền cải cách hành chính"), Cell("Sở Nội vụ"), Cell("Quý II/2021"))));
        body.Append(P("II. KINH PHÍ"));
        body.Append(Table(
            Row(Cell("STT"), Cell("Nội dung"), Cell("Kinh phí (đồng)")),
            Row(Cell("1"), Cell("Tập huấn cán bộ"), Cell("10.000.000")),
            Row(Cell("2"), Cell("In tài liệu"), Cell("20.000.000")),
            Row(Cell("3"), Cell("Khảo sát mức độ hài lòng"), Cell("15.000.000")),
            Row(Span(2, "Tổng cộng"), Cell(total))));
        body.Append(P("III. TỔ CHỨC THỰC HIỆN"));
        body.Append(P("Sở Nội vụ theo dõi, đôn đốc thực hiện Kế hoạch này."));
    });

    private static IReadOnlyList<Finding> Lint(byte[] docx)
    {
        var read = new DocxReader().Read("kh.docx", docx);
        Assert.True(read.Success, read.Error?.Describe("en"));
        var doc = new DocumentAnalyzer().Analyze(read.Source!);
        return new Linter().Lint(doc, new LintOptions());
    }

    [Fact]
    public void Total_that_does_not_add_up_is_found_in_a_word_table()
    {
        var hit = Assert.Single(Lint(Plan("40.000.000", "Quý I/2021")), f => f.RuleId == "DC4006");
        Assert.Contains("40.000.000", hit.Message);
        Assert.Contains("45.000.000", hit.Message);
    }

    [Fact]
    public void Total_that_adds_up_is_quiet()
    {
        Assert.DoesNotContain(Lint(Plan("45.000.000", "Quý I/2021")), f => f.RuleId == "DC4006");
    }

    [Fact]
    public void Row_deadline_outside_the_plan_year_is_found_per_row()
    {
        var findings = Lint(Plan("45.000.000", "Năm 2020"));
        var hit = Assert.Single(findings, f => f.RuleId == "DC3003");
        Assert.Contains("Rà soát thủ tục hành chính", hit.Message);
        Assert.DoesNotContain(Lint(Plan("45.000.000", "Quý I/2021")), f => f.RuleId == "DC3003");
    }
}
