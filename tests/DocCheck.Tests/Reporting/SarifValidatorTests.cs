using System.Text;
using System.Text.Json;
using DocCheck.Reporting.Lint;
using DocCheck.Rules;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Reporting;

/// <summary>
/// DocCheck's SARIF is what other tools accept: Microsoft's validator (sarif-multitool) reports no error and no warning
/// on the seeds' report, with and without links to a server's rule pages, and with an unreadable file in the run.
/// </summary>
public sealed class SarifValidatorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-sarif-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string LintToSarif(string name, params string[] extra)
    {
        string sarif = Path.Combine(_dir, name);
        var r = CliRunner.Run(_dir, ["lint", RepoPaths.Corpus, "--format", "sarif", "--output", sarif, .. extra]);
        Assert.True(File.Exists(sarif), r.StdErr);
        return sarif;
    }

    private static void AssertClean(string sarif)
    {
        var problems = SarifMultitool.Validate(sarif, "Error", "Warning");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20).Select(p => $"{p.Level} {p.Rule}: {p.Message}")));
    }

    [SarifValidatorFact]
    public void The_seeds_report_passes_the_validator()
    {
        string sarif = LintToSarif("seeds.sarif");
        AssertClean(sarif);
        using var doc = JsonDocument.Parse(File.ReadAllText(sarif));
        var driver = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        // The tool's page is the README installed beside it.
        Assert.StartsWith("file:///", driver.GetProperty("informationUri").GetString());
        Assert.EndsWith("/README.md", driver.GetProperty("informationUri").GetString());
    }

    [SarifValidatorFact]
    public void A_report_linking_to_a_servers_rule_pages_passes_the_validator()
    {
        string sarif = LintToSarif("linked.sarif", "--rules-uri", "http://127.0.0.1:5000/rules");
        AssertClean(sarif);
        using var doc = JsonDocument.Parse(File.ReadAllText(sarif));
        var rule = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal("http://127.0.0.1:5000/rules/" + rule.GetProperty("id").GetString(), rule.GetProperty("helpUri").GetString());
    }

    [SarifValidatorFact]
    public void A_report_with_an_unreadable_file_passes_the_validator()
    {
        File.WriteAllBytes(Path.Combine(_dir, "hong.docx"), Encoding.ASCII.GetBytes("not a zip"));
        string sarif = Path.Combine(_dir, "broken.sarif");
        var r = CliRunner.Run(_dir, "lint", "hong.docx", RepoPaths.CorpusFile("bagiang-2023-draft-KH-UBND.txt"), "--format", "sarif", "--output", sarif);
        Assert.Equal(3, r.ExitCode);
        AssertClean(sarif);
        using var doc = JsonDocument.Parse(File.ReadAllText(sarif));
        var note = doc.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0];
        Assert.Equal("hong.docx", note.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Every_rule_has_a_readable_name_of_its_own_and_its_help_page()
    {
        var names = RuleCatalog.Descriptors.Select(SarifWriter.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(RuleCatalog.Descriptors, d =>
        {
            string name = SarifWriter.Name(d);
            Assert.NotEqual(d.Id, name);
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", name);
            Assert.StartsWith("# " + d.Id, RuleHelp.Markdown(d.Id));
            Assert.False(string.IsNullOrWhiteSpace(RuleHelp.EnglishSummary(d.Id)));
        });
        Assert.Equal("DocumentNumberMissingOrBlank", SarifWriter.Name(RuleCatalog.Descriptors.First(d => d.Id == "DC1001")));
    }

    [Fact]
    public void A_relative_rules_address_is_refused_before_any_file_is_read()
    {
        var r = CliRunner.Run(_dir, "lint", "khong-co.txt", "--format", "sarif", "--rules-uri", "docs/rules/");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--rules-uri", r.StdErr);
        Assert.Contains("absolute URI", r.StdErr);
        Assert.DoesNotContain("   at ", r.StdErr);
    }
}
