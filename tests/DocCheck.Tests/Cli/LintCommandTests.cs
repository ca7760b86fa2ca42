using System.Text;
using System.Text.Json;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Cli;

public sealed class LintCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-lint-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private const string CleanPlan =
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
        "Số: 12/KH-UBND\nKon Tum, ngày 05 tháng 3 năm 2018\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2018\n" +
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao nhận thức của cán bộ, công chức về cải cách hành chính.\n" +
        "2. Yêu cầu\nPhấn đấu 100% cơ quan, đơn vị triển khai kế hoạch trong quý II/2018.\n";

    private const string DraftPlan =
        "ỦY BAN NHÂN DÂN\nHUYỆN BA GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
        "Số: /KH-UBND\nBa Giang, ngày 10 tháng 02 năm 2023\nKẾ HOẠCH\nCải cách hành chính năm 2023\n" +
        "I. MỤC TIÊU\n1. Phấn đấu trên 100% hồ sơ được giải quyết đúng hạn.\n";

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Seeds_report_the_domain_defects_with_exit_1()
    {
        var r = CliRunner.Run(RepoPaths.RepoRoot, "lint", "corpus");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"corpus/{Seeds.BaGiangDraft}:3:1: error DC1001 ", r.StdOut);
        Assert.Contains("error DC2001 225/QĐ-TTg", r.StdOut);
        Assert.Contains("error DC4006 Tổng ghi 1.752.580.000", r.StdOut);
        // corpus/doccheck.json excludes the README.
        Assert.DoesNotContain("README.md", r.StdOut);
        Assert.EndsWith("trong 5 tệp", r.StdOut.TrimEnd());
        // Not a terminal: no quoted source line.
        Assert.DoesNotContain("    ^", r.StdOut);
    }

    [Fact]
    public void Clean_document_is_quiet_and_exits_0()
    {
        string file = Write("sach.txt", CleanPlan);
        var r = CliRunner.Run(_dir, "lint", file, "--min-level", "warning");
        Assert.Equal("", r.StdErr);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("0 lỗi, 0 cảnh báo", r.StdOut.Trim());
    }

    [Fact]
    public void English_messages_and_min_level()
    {
        string file = Write("nhap.txt", DraftPlan);
        var r = CliRunner.Run(_dir, "lint", "nhap.txt", "--lang", "en", "--min-level", "error");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("nhap.txt:5:1: error DC1001 ", r.StdOut);
        Assert.DoesNotContain(" warning ", r.StdOut);
        Assert.DoesNotContain(" info ", r.StdOut);
        Assert.Contains("errors,", r.StdOut);
        Assert.True(File.Exists(file));
    }

    [Fact]
    public void Sarif_has_catalogue_results_and_regions()
    {
        Write("nhap.txt", DraftPlan);
        var r = CliRunner.Run(_dir, "lint", "nhap.txt", "--format", "sarif");
        Assert.Equal(1, r.ExitCode);
        using var json = JsonDocument.Parse(r.StdOut);
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        var run = json.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToList();
        Assert.Contains("DC1001", rules);
        Assert.Contains("DC5003", rules);
        var result = run.GetProperty("results").EnumerateArray().First(x => x.GetProperty("ruleId").GetString() == "DC1001");
        Assert.Equal("error", result.GetProperty("level").GetString());
        var loc = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("nhap.txt", loc.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = loc.GetProperty("region");
        Assert.Equal(5, region.GetProperty("startLine").GetInt32());
        Assert.Equal(1, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(5, region.GetProperty("endLine").GetInt32());
        Assert.Equal(1 + "Số: /KH-UBND".Length, region.GetProperty("endColumn").GetInt32());
        var over = run.GetProperty("results").EnumerateArray().First(x => x.GetProperty("ruleId").GetString() == "DC4001");
        Assert.Equal(10, over.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        // Levels map to SARIF's words.
        Assert.All(run.GetProperty("results").EnumerateArray(), x => Assert.Contains(x.GetProperty("level").GetString(), new[] { "error", "warning", "note" }));
    }

    [Fact]
    public void Csv_opens_in_excel_and_json_has_summary()
    {
        Write("nhap.txt", DraftPlan);
        string csvPath = Path.Combine(_dir, "out.csv");
        var r = CliRunner.Run(_dir, "lint", "nhap.txt", "--format", "csv", "--output", csvPath);
        Assert.Equal(1, r.ExitCode);
        byte[] bytes = File.ReadAllBytes(csvPath);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        string csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("file,line,column,end_line,end_column,level,rule,message,text,related\r\n", csv);
        Assert.Contains("nhap.txt,5,1,5,13,error,DC1001,", csv);

        var j = CliRunner.Run(_dir, "lint", "nhap.txt", "--format", "json");
        using var json = JsonDocument.Parse(j.StdOut);
        var summary = json.RootElement.GetProperty("summary");
        Assert.True(summary.GetProperty("errors").GetInt32() >= 1);
        Assert.True(summary.GetProperty("infos").GetInt32() >= 1);
        var first = json.RootElement.GetProperty("files")[0].GetProperty("findings")[0];
        Assert.Equal("DC1001", first.GetProperty("ruleId").GetString());
        Assert.Equal("Số: /KH-UBND", first.GetProperty("text").GetString());
    }

    [Fact]
    public void Html_is_self_contained_and_escapes_document_text()
    {
        Write("nhap.txt", DraftPlan + "<script>alert('x')</script> xxx\n");
        string html = Path.Combine(_dir, "r.html");
        var r = CliRunner.Run(_dir, "lint", "nhap.txt", "--format", "html", "-o", html);
        Assert.Equal(1, r.ExitCode);
        string page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.DoesNotContain("<script", page);
        Assert.Contains("&lt;script&gt;", page);
        Assert.DoesNotContain("src=\"http", page);
        Assert.Contains("<mark class=\"error\"", page);
        Assert.Contains("href=\"#d0f0\"", page);
    }

    [Fact]
    public void Config_turns_rules_off_and_excludes_files()
    {
        Write("a/nhap.txt", DraftPlan);
        Write("a/cu/nhap-cu.txt", DraftPlan);
        Write("a/doccheck.json", "{ \"rules\": { \"DC1001\": \"off\", \"DC4001\": \"info\" }, \"exclude\": [\"cu/**\"] }");
        var r = CliRunner.Run(_dir, "lint", "a", "--format", "json");
        using var json = JsonDocument.Parse(r.StdOut);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Single(files);
        var ids = files[0].GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("ruleId").GetString(), f.GetProperty("level").GetString())).ToList();
        Assert.DoesNotContain(ids, x => x.Item1 == "DC1001");
        Assert.Contains(("DC4001", "info"), ids);
    }

    [Theory]
    [InlineData("{ \"rules\": { \"DC9999\": \"off\" } }", "rules.DC9999")]
    [InlineData("{ \"rules\": { \"DC1001\": \"loud\" } }", "rules.DC1001")]
    [InlineData("{ \"period\": \"2025-2021\" }", "period")]
    [InlineData("{ \"rule\": {} }", "rule")]
    [InlineData("{ \"rules\": ", "JSON")]
    public void Invalid_config_names_the_key_and_exits_2(string config, string named)
    {
        Write("b/nhap.txt", DraftPlan);
        Write("b/doccheck.json", config);
        var r = CliRunner.Run(_dir, "lint", "b");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("doccheck.json", r.StdErr);
        Assert.Contains(named, r.StdErr);
        Assert.DoesNotContain("   at ", r.StdErr);
        Assert.Equal("", r.StdOut);
    }

    [Fact]
    public void Period_override_in_config_drives_deadlines()
    {
        Write("c/kh.txt", CleanPlan.Replace("trong quý II/2018", "trong quý II/2019"));
        var plain = CliRunner.Run(_dir, "lint", "c", "--format", "json");
        Assert.Contains("DC3003", plain.StdOut);
        Write("c/doccheck.json", "{ \"period\": \"2018-2020\" }");
        var r = CliRunner.Run(_dir, "lint", "c", "--format", "json");
        Assert.DoesNotContain("DC3003", r.StdOut);
    }

    [Fact]
    public void Unreadable_file_is_reported_and_the_rest_still_checked()
    {
        Write("d/nhap.txt", DraftPlan);
        File.WriteAllBytes(Path.Combine(_dir, "d", "hong.docx"), [1, 2, 3, 4]);
        var r = CliRunner.Run(_dir, "lint", "d/nhap.txt", "d/hong.docx", "d/khong-co.txt");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("d/nhap.txt:5:1: error DC1001", r.StdOut);
        Assert.Contains("hong.docx", r.StdErr);
        Assert.Contains("khong-co.txt", r.StdErr);
        Assert.DoesNotContain("   at ", r.StdErr);
    }

    [Fact]
    public void Include_and_exclude_globs_filter_folders_and_order_is_stable()
    {
        Write("e/2.txt", DraftPlan);
        Write("e/1.txt", DraftPlan);
        Write("e/nhap/3.txt", DraftPlan);
        var r = CliRunner.Run(_dir, "lint", "e", "--exclude", "nhap/**", "--min-level", "error");
        var files = r.StdOut.Split('\n').Where(l => l.Contains(": error ")).Select(l => l[..l.IndexOf(':')]).Distinct().ToList();
        Assert.Equal(["e/1.txt", "e/2.txt"], files);
        var inc = CliRunner.Run(_dir, "lint", "e", "--include", "nhap/*.txt", "--min-level", "error");
        Assert.Contains("e/nhap/3.txt:5:1", inc.StdOut);
        Assert.DoesNotContain("e/1.txt", inc.StdOut);
    }

    [Theory]
    [InlineData("--reference-date", "31-12-2023")]
    [InlineData("--format", "pdf")]
    [InlineData("--config", "khong-co.json")]
    public void Usage_errors_exit_2(string option, string value)
    {
        Write("nhap.txt", DraftPlan);
        var r = CliRunner.Run(_dir, "lint", "nhap.txt", option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(value, r.StdErr);
    }

    [Fact]
    public void Output_file_is_written_whole_and_nothing_is_left_behind()
    {
        Write("nhap.txt", DraftPlan);
        string target = Path.Combine(_dir, "kq.json");
        var r = CliRunner.Run(_dir, "lint", "nhap.txt", "--format", "json", "--output", target);
        Assert.Equal(1, r.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(target));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp-*"));
        Assert.Contains("lỗi", r.StdErr);
    }
    [Fact]
    public async Task Output_to_a_fifo_or_device_writes_into_it_and_leaves_it_in_place()
    {
        // Regression: --output /dev/null replaced the device with a regular file (the output went to a temp file that
        // was then moved over the target). Tested on a FIFO in the temp folder, never on the machine's /dev/null.
        if (!OperatingSystem.IsLinux()) return;
        Write("nhap.txt", DraftPlan);
        string fifo = Path.Combine(_dir, "out.fifo");
        using (var mk = System.Diagnostics.Process.Start("mkfifo", [fifo])) mk.WaitForExit();
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var r = CliRunner.Run(_dir, "lint", "nhap.txt", "--format", "json", "--output", fifo);
        Assert.Equal(1, r.ExitCode);
        string written = await reader.WaitAsync(TimeSpan.FromSeconds(30));
        using var json = JsonDocument.Parse(written);
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%F", fifo]) { RedirectStandardOutput = true })!;
        Assert.Equal("fifo", stat.StandardOutput.ReadToEnd().Trim());
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp-*"));
    }
}
