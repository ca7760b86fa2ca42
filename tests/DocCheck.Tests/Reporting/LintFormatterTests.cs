using DocCheck.Pipeline;
using DocCheck.Reporting.Lint;
using DocCheck.Rules;

namespace DocCheck.Tests.Reporting;

public class LintFormatterTests
{
    private const string Draft =
        "ỦY BAN NHÂN DÂN\nHUYỆN BA GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
        "Số: /KH-UBND\n\tBa Giang, ngày 10 tháng 02 năm 2023\nKẾ HOẠCH\nCải cách hành chính năm 2023\nI. MỤC TIÊU\n1. Tuyên truyền.\n";

    private static LintReport Report(string lang = "vi")
    {
        var doc = new DocumentAnalyzer().Analyze(Draft, "kh.txt");
        var findings = new Linter().Lint(doc, new LintOptions { Lang = lang });
        return new LintReport([LintedFile.From("thư mục/kh nháp.txt", doc, findings)], [], lang);
    }

    [Fact]
    public void A_report_that_keeps_only_the_finding_lines_prints_the_same_terminal_text()
    {
        var full = Report();
        var excerpt = new LintReport([.. full.Files.Select(f => f with { Source = f.Source.Excerpt(f.Findings.Select(x => x.Location.Start.Line)) })], [], "vi");
        var a = new StringWriter();
        var b = new StringWriter();
        LintFormatters.WriteText(a, full, showSource: true);
        LintFormatters.WriteText(b, excerpt, showSource: true);

        Assert.Equal(a.ToString(), b.ToString());
        Assert.True(excerpt.Files[0].Source.Text.Length < Draft.Length / 2);
    }

    [Fact]
    public void Terminal_text_quotes_the_line_with_a_caret_under_the_finding()
    {
        var w = new StringWriter();
        LintFormatters.WriteText(w, Report(), showSource: true);
        var lines = w.ToString().Split('\n');
        int i = Array.FindIndex(lines, l => l.StartsWith("thư mục/kh nháp.txt:5:1: error DC1001 ", StringComparison.Ordinal));
        Assert.True(i >= 0, w.ToString());
        Assert.Equal("    Số: /KH-UBND", lines[i + 1]);
        Assert.Equal("    " + new string('^', "Số: /KH-UBND".Length), lines[i + 2]);
    }

    [Fact]
    public void Plain_text_has_no_quoted_lines_and_ends_with_the_summary()
    {
        var w = new StringWriter();
        LintFormatters.WriteText(w, Report(), showSource: false);
        var lines = w.ToString().TrimEnd().Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("    ", StringComparison.Ordinal));
        Assert.Matches(@"^\d+ lỗi, \d+ cảnh báo, \d+ lưu ý trong 1 tệp$", lines[^1]);
    }

    [Fact]
    public void English_summary()
    {
        var w = new StringWriter();
        LintFormatters.WriteText(w, Report("en"), showSource: false);
        Assert.Matches(@"\d+ errors, \d+ warnings, \d+ notes in 1 files\s*$", w.ToString());
    }

    [Theory]
    [InlineData("corpus/kh.txt", "corpus/kh.txt")]
    [InlineData("thư mục/kh nháp.txt", "th%C6%B0%20m%E1%BB%A5c/kh%20nh%C3%A1p.txt")]
    [InlineData("../a/b.docx", "../a/b.docx")]
    public void Sarif_uri_keeps_the_path_as_given_escaped(string path, string uri) => Assert.Equal(uri, SarifWriter.Uri(path));

    [Fact]
    public void Sarif_uri_of_an_absolute_path_is_a_file_uri() => Assert.StartsWith("file:///", SarifWriter.Uri(Path.GetFullPath("x.txt")));
}
