using DocCheck.Application;
using DocCheck.Application.Lint;
using DocCheck.Corpus;
using DocCheck.Pipeline;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Application;

/// <summary>The lint service every interface calls: inputs, configuration, order, and the errors a person can act on.</summary>
public sealed class LintServiceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-lintsvc-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static LintService Service => new(new DocumentAnalyzer());

    [Fact]
    public void The_sample_corpus_gives_one_report_in_path_order_without_the_excluded_readme()
    {
        var run = Service.Lint(new LintRequest([RepoPaths.Corpus]));
        Assert.Equal(5, run.Report.Files.Count);
        Assert.Equal(run.Report.Files.Select(f => f.Path).Order(StringComparer.Ordinal), run.Report.Files.Select(f => f.Path));
        Assert.True(run.Report.HasErrors);
        Assert.Empty(run.Report.Errors);
        Assert.Empty(run.Failures);
    }

    [Fact]
    public void A_missing_configuration_file_is_a_usage_error_naming_it()
    {
        var e = Assert.Throws<UsageException>(() => Service.Lint(new LintRequest([RepoPaths.Corpus]) { ConfigPath = Path.Combine(_dir, "none.json") }));
        Assert.Contains("none.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_doccheck_json_stops_the_run_before_any_file_is_checked()
    {
        File.WriteAllText(Path.Combine(_dir, "doccheck.json"), """{ "rules": { "DC9999": "error" } }""");
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "KẾ HOẠCH\nThực hiện năm 2021");
        var e = Assert.Throws<UsageException>(() => Service.Lint(new LintRequest([_dir])));
        Assert.StartsWith("cấu hình không hợp lệ / invalid configuration:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_that_is_not_there_is_a_corpus_error()
    {
        Assert.Throws<CorpusException>(() => Service.Lint(new LintRequest([RepoPaths.Corpus]) { Corpus = Path.Combine(_dir, "none.db") }));
    }

    [Fact]
    public void Unreadable_inputs_are_reported_and_the_others_still_checked()
    {
        File.WriteAllBytes(Path.Combine(_dir, "bad.docx"), [1, 2, 3]);
        File.Copy(RepoPaths.CorpusFile(Seeds.KonTum497), Path.Combine(_dir, "kh.txt"));
        var run = Service.Lint(new LintRequest([_dir]));
        Assert.Single(run.Report.Files);
        Assert.EndsWith("bad.docx", Assert.Single(run.Report.Errors).Path);
    }
}
