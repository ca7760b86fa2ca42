using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Cli;

public sealed class VersionCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-version-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void Version_names_the_tool_and_the_role_model_it_uses()
    {
        var r = CliRunner.Run(_dir, "--version");
        Assert.Equal(0, r.ExitCode);
        var lines = r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^doccheck \d+\.\d+\.\d+", lines[0]);
        // The shipped model: its version is the start of its SHA-256, then its feature scheme and trainer.
        Assert.Matches(@"^role model: [0-9a-f]{12} · features v\d+ · LbfgsMaximumEntropy \(Microsoft\.ML [0-9.]+\) · \d+ labels · held-out macro-F1 0\.\d{3} · ", lines[1]);
        Assert.EndsWith("quantity-roles.json", lines[1].TrimEnd());
    }

    [Fact]
    public void Version_says_when_there_is_no_role_model()
    {
        string missing = Path.Combine(_dir, "none.json");
        var r = CliRunner.RunWith(new Dictionary<string, string?> { ["DOCCHECK_ROLE_MODEL"] = missing }, _dir, "--version");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains($"role model: none ({missing}: ", r.StdOut);
        Assert.Contains("quantity roles by the rules", r.StdOut);
    }
}
