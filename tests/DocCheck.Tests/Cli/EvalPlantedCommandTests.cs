using System.Text.Json;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Cli;

/// <summary><c>doccheck eval planted</c> as a real process: its table, JSON, the misses file, and its usage errors.</summary>
public sealed class EvalPlantedCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-evalplanted-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string EmptyList()
    {
        string list = Path.Combine(_dir, "none.txt");
        File.WriteAllText(list, "# no plans\n");
        return list;
    }

    [Fact]
    public void Eval_planted_on_the_seeds_prints_the_table_and_writes_the_misses()
    {
        string misses = Path.Combine(_dir, "misses.tsv");
        var r = CliRunner.Run(RepoPaths.RepoRoot, "eval", "planted", "--plans", EmptyList(), "--misses", misses, "--no-model");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("5 seeds", r.StdOut);
        Assert.Contains("deadline-outside-period  DC3003", r.StdOut);
        Assert.StartsWith("group\tfile\tline\tkind\trule\tplanted\treported", File.ReadAllText(misses));
    }

    [Fact]
    public void Eval_planted_as_json_gives_each_group_and_kind()
    {
        var r = CliRunner.Run(RepoPaths.RepoRoot, "eval", "planted", "--plans", EmptyList(), "--format", "json", "--no-model");
        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.StdOut);
        var seeds = json.RootElement.GetProperty("groups")[0];
        Assert.Equal("seeds", seeds.GetProperty("name").GetString());
        Assert.Equal(13, seeds.GetProperty("kinds").GetArrayLength());
        Assert.Equal(20, json.RootElement.GetProperty("seed").GetInt32());
        Assert.True(seeds.GetProperty("planted").GetInt32() >= seeds.GetProperty("caught").GetInt32());
    }

    [Fact]
    public void Eval_planted_with_a_missing_list_exits_2_naming_it()
    {
        var r = CliRunner.Run(RepoPaths.RepoRoot, "eval", "planted", "--plans", Path.Combine(_dir, "absent.txt"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("absent.txt", r.StdErr);
    }
}
