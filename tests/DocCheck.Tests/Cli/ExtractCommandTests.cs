using System.Text;
using System.Text.Json;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Cli;

public class ExtractCommandTests
{
    [Fact]
    public void Citations_json_lists_keys_dates_and_source_positions()
    {
        var r = CliRunner.Run(RepoPaths.RepoRoot, "extract", "corpus/" + Seeds.TayNinh2818, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.StdOut);
        var first = json.RootElement.GetProperty("citations").EnumerateArray()
            .First(c => c.GetProperty("key").GetString() == "61/2018/NĐ-CP");
        Assert.Equal("2018-04-23", first.GetProperty("date").GetString());
        Assert.Equal("Basis", first.GetProperty("relation").GetString());
        Assert.Equal(27, first.GetProperty("line").GetInt32());
        Assert.Equal("Chính phủ", first.GetProperty("issuer").GetString());
        // The document's own number is not a citation.
        Assert.DoesNotContain(json.RootElement.GetProperty("citations").EnumerateArray(), c => c.GetProperty("key").GetString() == "2818/QĐ-UBND");
    }

    [Fact]
    public void Files_analyzed_on_every_core_come_out_in_the_order_given_with_the_rows_of_a_one_file_run()
    {
        // The seeds are analyzed largest first (tayninh), but the output keeps the folder's order (paths in name
        // order, subfolders included), and each file's rows are exactly those of extracting it alone.
        var all = CliRunner.Run(RepoPaths.RepoRoot, "extract", "corpus", "--what", "all", "--format", "json");
        Assert.Equal(0, all.ExitCode);
        using var json = JsonDocument.Parse(all.StdOut);
        foreach (string kind in new[] { "citations", "dates", "quantities" })
        {
            var files = json.RootElement.GetProperty(kind).EnumerateArray().Select(c => c.GetProperty("file").GetString()!).ToList();
            Assert.Equal(files.Distinct().Order(StringComparer.Ordinal), files.Distinct());
            Assert.Contains("corpus/" + Seeds.TayNinh2818, files);
        }
        var alone = CliRunner.Run(RepoPaths.RepoRoot, "extract", "corpus/" + Seeds.TayNinh2818, "--format", "json");
        using var one = JsonDocument.Parse(alone.StdOut);
        var fromAll = json.RootElement.GetProperty("citations").EnumerateArray()
            .Where(c => c.GetProperty("file").GetString()!.EndsWith(Seeds.TayNinh2818, StringComparison.Ordinal)).Select(c => c.GetRawText()).ToList();
        Assert.Equal(one.RootElement.GetProperty("citations").EnumerateArray().Select(c => c.GetRawText()), fromAll);
    }

    [Fact]
    public void Csv_is_utf8_with_bom_for_excel()
    {
        string dir = Directory.CreateTempSubdirectory("doccheck-csv-").FullName;
        try
        {
            string output = Path.Combine(dir, "c.csv");
            var r = CliRunner.Run(RepoPaths.RepoRoot, "extract", "corpus/" + Seeds.KonTum497, "--format", "csv", "--output", output);
            Assert.Equal(0, r.ExitCode);
            byte[] bytes = File.ReadAllBytes(output);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            string text = Encoding.UTF8.GetString(bytes[3..]);
            Assert.StartsWith("file,line,column,key,", text);
            Assert.Contains("225/QĐ-TTg", text);
            Assert.Empty(Directory.GetFiles(dir, "*.tmp-*"));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Targets_json_has_roles_and_baseline_links()
    {
        var r = CliRunner.Run(RepoPaths.RepoRoot, "extract", "corpus/" + Seeds.KonTum497, "--what", "targets", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.StdOut);
        var rank = json.RootElement.GetProperty("quantities").EnumerateArray().First(q => q.GetProperty("text").GetString() == "36/63 tỉnh/thành");
        Assert.Equal("Target", rank.GetProperty("role").GetString());
        Assert.Equal(2018, rank.GetProperty("year").GetInt32());
        Assert.Equal(102, rank.GetProperty("baselineLine").GetInt32());
    }

    [Fact]
    public void Dates_text_shows_deadlines_with_their_task()
    {
        var r = CliRunner.Run(RepoPaths.RepoRoot, "extract", "corpus/" + Seeds.BaGiangDraft, "--what", "dates");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Day\t2023-03-15\tNoLaterThan\t| ngày 15/3/2023 → Thực hiện nghiêm túc chế độ báo cáo định kỳ", r.StdOut);
    }

    [Fact]
    public void Csv_of_everything_is_a_usage_error()
    {
        var r = CliRunner.Run(RepoPaths.RepoRoot, "extract", "corpus", "--what", "all", "--format", "csv");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("CSV", r.StdErr);
    }
}
