using DocCheck.Pipeline;
using static DocCheck.Tests.Rules.RuleTestKit;

namespace DocCheck.Tests.Extraction.DocumentKind;

/// <summary>The document's kind and its header area, decided once by the DocumentKind stage.</summary>
public class DocumentKindTests
{
    private static readonly DocumentAnalyzer Analyzer = new();

    private const string Body = "I. NHIỆM VỤ\n1. Cải cách thể chế\nRà soát văn bản quy phạm pháp luật.\n";

    private static AnalyzedDocument Analyze(string text) => Analyzer.Analyze(text);

    [Fact]
    public void A_plan_is_a_plan_and_neither_a_report_nor_a_normative_text()
    {
        var k = Analyze(Doc(Preamble + Body)).Kind;
        Assert.True(k.IsPlan);
        Assert.False(k.IsReport);
        Assert.False(k.IsNormativeText);
    }

    [Fact]
    public void A_decision_whose_title_issues_a_plan_is_a_plan() =>
        Assert.True(Analyze(Doc(Body, number: "Số: 12/QĐ-UBND", typeWord: "QUYẾT ĐỊNH", title: "Về việc ban hành Kế hoạch cải cách hành chính năm 2018")).Kind.IsPlan);

    [Fact]
    public void A_decision_on_something_else_is_not_a_plan() =>
        Assert.False(Analyze(Doc(Body, number: "Số: 12/QĐ-UBND", typeWord: "QUYẾT ĐỊNH", title: "Về việc công bố Chỉ số cải cách hành chính năm 2018")).Kind.IsPlan);

    [Fact]
    public void A_report_on_a_plan_is_not_a_plan() =>
        Assert.False(Analyze(Doc(Body, number: "Số: 45/BC-UBND", typeWord: "BÁO CÁO", title: "Kết quả triển khai Đề án 06 trên địa bàn tỉnh tháng 10/2018")).Kind.IsPlan);

    [Theory]
    [InlineData("CHƯƠNG TRÌNH", "Hội nghị triển khai Chương trình mục tiêu quốc gia phòng, chống ma túy")]
    [InlineData("CHƯƠNG TRÌNH HỘI NGHỊ", "Đánh giá công tác cải cách hành chính năm 2018")]
    [InlineData("CHƯƠNG TRÌNH", "Đại hội Hiệp hội Doanh nghiệp tỉnh, nhiệm kỳ V")]
    public void A_meeting_programme_is_not_a_plan(string typeWord, string title) =>
        Assert.False(Analyze(Doc(Body, number: "Số: 12/CTr-UBND", typeWord: typeWord, title: title)).Kind.IsPlan);

    [Fact]
    public void A_programme_of_action_is_a_plan() =>
        Assert.True(Analyze(Doc(Body, number: "Số: 12/CTr-UBND", typeWord: "CHƯƠNG TRÌNH", title: "Hành động thực hiện cải cách hành chính năm 2018")).Kind.IsPlan);

    [Theory]
    [InlineData("QUYẾT ĐỊNH", "Phê duyệt Đề án tổ chức Đại hội Đoàn Luật sư tỉnh")]
    [InlineData("NGHỊ QUYẾT", "Ban hành Chương trình hành động thực hiện Nghị quyết Đại hội")]
    public void A_decision_that_approves_or_issues_a_plan_is_a_plan(string typeWord, string title) =>
        Assert.True(Analyze(Doc(Body, number: "Số: 12/QĐ-UBND", typeWord: typeWord, title: title)).Kind.IsPlan);

    [Theory]
    [InlineData("QUYẾT ĐỊNH", "Về việc triển khai Quyết định số 1956/QĐ-TTg phê duyệt Đề án đào tạo nghề")] // a cited instrument issues it
    [InlineData("CHỈ THỊ", "Về việc xây dựng kế hoạch phát triển kinh tế - xã hội năm 2019")]
    [InlineData("TỜ TRÌNH", "Về việc ban hành Kế hoạch cải cách hành chính năm 2019")]
    public void A_document_that_only_names_a_plan_is_not_one(string typeWord, string title) =>
        Assert.False(Analyze(Doc(Body, number: "Số: 12/QĐ-UBND", typeWord: typeWord, title: title)).Kind.IsPlan);

    [Fact]
    public void A_report_is_a_report_and_not_a_plan()
    {
        var k = Analyze(Doc(Body, number: "Số: 45/BC-UBND", typeWord: "BÁO CÁO", title: "Tình hình thực hiện công tác cải cách hành chính năm 2018")).Kind;
        Assert.True(k.IsReport);
        Assert.False(k.IsPlan);
    }

    [Fact]
    public void A_title_that_speaks_of_results_makes_a_report() =>
        Assert.True(Analyze(Doc(Body, title: "Khắc phục, nâng cao kết quả Chỉ số cải cách hành chính năm 2018")).Kind.IsReport);

    [Theory]
    [InlineData("Số: 88/2024/NĐ-CP", "NGHỊ ĐỊNH")] // a number with its year
    [InlineData("Số: 12/TT-BNV", "THÔNG TƯ")] // a normative type
    public void Numbers_with_a_year_and_normative_types_make_a_normative_text_which_is_no_plan(string number, string typeWord)
    {
        var k = Analyze(Doc(Body, number: number, typeWord: typeWord, title: "Quy định chi tiết thi hành Chương trình mục tiêu quốc gia")).Kind;
        Assert.True(k.IsNormativeText);
        Assert.False(k.IsPlan);
    }

    [Fact]
    public void A_law_number_line_in_the_header_area_is_read()
    {
        var opening = Analyze(Doc(Body, issuer: "QUỐC HỘI", number: "Luật số: 31/2024/QH15", placeDate: "", typeWord: "LUẬT", title: "ĐẤT ĐAI")).Kind.Opening;
        Assert.True(opening.HasLawNumberLine);
        Assert.True(opening.HasNumberLine);
        Assert.False(Analyze(Doc(Body)).Kind.Opening.HasLawNumberLine);
    }

    [Fact]
    public void The_header_area_ends_with_the_title_so_the_preamble_numbers_are_not_in_it()
    {
        var doc = Analyze(Doc("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2018 của UBND tỉnh;\n" + Body, number: ""));
        var opening = doc.Kind.Opening;
        Assert.Equal(0, opening.Span.Start);
        Assert.EndsWith("Cải cách hành chính năm 2018", doc.Normalized.Text[..opening.Span.End]);
        Assert.False(opening.HasNumberLine);
        Assert.True(Analyze(Doc(Body)).Kind.Opening.HasNumberLine);
    }

    [Fact]
    public void Without_a_title_or_a_type_word_the_header_area_is_the_first_15_lines()
    {
        var doc = Analyze(string.Concat(Enumerable.Range(1, 20).Select(i => $"Dòng thứ {i} của văn bản.\n")));
        Assert.Null(doc.Structure.Header.Title);
        Assert.Null(doc.Structure.Header.TypeWord);
        string text = doc.Normalized.Text;
        Assert.Equal(text.Split('\n').Take(15).Sum(l => l.Length + 1), doc.Kind.Opening.Span.End);
        Assert.EndsWith("Dòng thứ 15 của văn bản.\n", text[..doc.Kind.Opening.Span.End]);
    }

    [Theory]
    [InlineData("Kon Tum, ngày 05 tháng 3 năm 2018", true)]
    [InlineData("Kon Tum, ngày 05/3/2018", true)]
    [InlineData("Kon Tum, ngày    tháng 3 năm 2018", false)]
    public void A_full_date_in_the_header_area_is_read(string placeDate, bool full) =>
        Assert.Equal(full, Analyze(Doc(Body, placeDate: placeDate)).Kind.Opening.HasFullDate);

    [Fact]
    public void The_constitution_is_recognised_by_its_name()
    {
        Assert.True(Analyze(Doc(Body, issuer: "QUỐC HỘI", number: "", placeDate: "", typeWord: "HIẾN PHÁP", title: "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).Kind.Opening.IsConstitution);
        Assert.False(Analyze(Doc(Body)).Kind.Opening.IsConstitution);
    }

    [Fact]
    public void Facts_read_from_many_threads_agree_with_a_single_reader()
    {
        string text = Doc(Preamble + Body + "Mẫu số 01\nTÊN CƠ QUAN: ……………\n");
        var expected = Analyze(text);
        var shared = Analyze(text);
        var results = new (bool, bool, bool, bool, bool, bool, int)[64];
        Parallel.For(0, results.Length, i =>
        {
            var k = shared.Kind;
            results[i] = (k.IsPlan, k.IsNormativeText, k.Opening.HasNumberLine, k.Opening.HasFullDate, k.Opening.IsConstitution, k.Opening.HasLawNumberLine, shared.Templates.Spans.Count);
        });
        var e = expected.Kind;
        var one = (e.IsPlan, e.IsNormativeText, e.Opening.HasNumberLine, e.Opening.HasFullDate, e.Opening.IsConstitution, e.Opening.HasLawNumberLine, expected.Templates.Spans.Count);
        Assert.All(results, r => Assert.Equal(one, r));
    }
}
