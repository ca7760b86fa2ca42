using System.Text.Json;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Cli;

public class ParseCommandTests
{
    [Fact]
    public void Json_has_iso_dates_and_one_based_source_positions()
    {
        var r = CliRunner.Run(RepoPaths.RepoRoot, "parse", "corpus/" + Seeds.KonTum497, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.StdOut);
        var doc = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("corpus/" + Seeds.KonTum497, doc.GetProperty("file").GetString());
        var header = doc.GetProperty("parts")[0].GetProperty("header");
        var pd = header.GetProperty("placeDate");
        Assert.Equal("2018-02-28", pd.GetProperty("date").GetString());
        // "Kon\nTum, ngày 28\ntháng 02 năm 2018" starts on source line 14, column 1.
        Assert.Equal(14, pd.GetProperty("line").GetInt32());
        Assert.Equal(1, pd.GetProperty("column").GetInt32());
        Assert.Equal(16, pd.GetProperty("endLine").GetInt32());
        var number = header.GetProperty("number");
        Assert.Equal("497", number.GetProperty("number").GetString());
        Assert.Equal(11, number.GetProperty("line").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void Text_shows_header_and_outline_with_source_lines()
    {
        var r = CliRunner.Run(RepoPaths.RepoRoot, "parse", "corpus/" + Seeds.BaGiangDraft, "--text");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Số, ký hiệu [dòng 3]: (để trống) /KH-UBND", r.StdOut);
        Assert.Contains("Ba Giang, ngày __ tháng 2 năm 2023 (chưa đủ)", r.StdOut);
        Assert.Contains("Văn bản đã chuẩn hóa", r.StdOut);
    }

    [Fact]
    public void Unreadable_files_are_named_with_a_reason_and_the_rest_still_parse()
    {
        string dir = Directory.CreateTempSubdirectory("doccheck-parse-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "empty.txt"), []);
            File.WriteAllBytes(Path.Combine(dir, "binary.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00]);
            File.WriteAllText(Path.Combine(dir, "good.txt"), "KẾ HOẠCH\nThực hiện năm 2024\nI. MỤC ĐÍCH\n1. Mục đích\n");
            var r = CliRunner.Run(dir, "parse", "empty.txt", "binary.txt", "missing.txt", "good.txt");
            Assert.Equal(3, r.ExitCode);
            Assert.Contains("empty.txt: tệp rỗng", r.StdErr);
            Assert.Contains("binary.txt: không phải tệp văn bản", r.StdErr);
            Assert.Contains("missing.txt: không tìm thấy tệp", r.StdErr);
            Assert.DoesNotContain("   at ", r.StdErr); // no stack trace
            Assert.Contains("== good.txt", r.StdOut);
            Assert.Contains("I MỤC ĐÍCH", r.StdOut);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Directories_recurse_in_a_stable_order()
    {
        var r = CliRunner.Run(RepoPaths.RepoRoot, "parse", "corpus", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.StdOut);
        var files = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("file").GetString()!).ToList();
        Assert.Equal(5, files.Count(f => f.EndsWith(".txt", StringComparison.Ordinal)));
        Assert.Equal(files.OrderBy(f => f, StringComparer.Ordinal), files);
    }

    [Fact]
    public void Bad_option_value_is_a_usage_error()
    {
        var r = CliRunner.Run(RepoPaths.RepoRoot, "parse", "corpus", "--format", "xml");
        Assert.Equal(2, r.ExitCode);
    }
}
