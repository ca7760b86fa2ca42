using System.Text.RegularExpressions;
using DocCheck.Pipeline;
using DocCheck.Rules;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Rules;

/// <summary>
/// The examples on the help pages are true: every fenced <c>text</c> block under "Ví dụ bị báo / Fires" makes its
/// rule report (with each message quoted after it on a "&gt; " line), every block under "Ví dụ không bị báo /
/// Doesn't fire" leaves the rule silent, and every seed line a section names ("`file.txt`, dòng N") has — or has
/// not — a finding of the rule there. A block without its own header is linted after the standard header shown in
/// docs/rules/README.md, as the pages say.
/// </summary>
public partial class RuleDocExampleTests
{
    private sealed record Example(string Rule, bool Fires, string Text, IReadOnlyList<string> Messages);

    private sealed record SeedRef(string Rule, bool Fires, string File, int Line);

    private static string RulesDir => Path.Combine(RepoPaths.RepoRoot, "docs", "rules");

    [GeneratedRegex(@"^## ", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SectionStart();

    [GeneratedRegex(@"```text\n(?<body>.*?)```\n(?<msgs>(?:\n?> [^\n]*\n)*)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Block();

    [GeneratedRegex(@"`(?<file>[A-Za-z0-9-]+\.txt)`(?:\]\([^)]*\))?,? dòng (?<line>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex SeedLine();

    [GeneratedRegex(@"^(?:Số:|KẾ HOẠCH|QUYẾT ĐỊNH|ỦY BAN NHÂN DÂN|CỘNG HÒA)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex OwnHeader();

    private static readonly Lazy<(Dictionary<string, Example> Examples, Dictionary<string, SeedRef> Seeds)> Pages = new(Load);

    private static readonly Dictionary<string, IReadOnlyList<(string Rule, int Line)>> SeedFindings = [];

    private static string Normalize(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static (Dictionary<string, Example>, Dictionary<string, SeedRef>) Load()
    {
        // The standard header is the first text block of the README's "About the examples" section.
        string readme = Normalize(File.ReadAllText(Path.Combine(RulesDir, "README.md")));
        string about = SectionStart().Split(readme).Single(s => s.StartsWith("Ví dụ trong các trang", StringComparison.Ordinal));
        string header = Block().Match(about).Groups["body"].Value;
        Assert.StartsWith("ỦY BAN NHÂN DÂN", header, StringComparison.Ordinal);

        var examples = new Dictionary<string, Example>(StringComparer.Ordinal);
        var seeds = new Dictionary<string, SeedRef>(StringComparer.Ordinal);
        foreach (string page in Directory.EnumerateFiles(RulesDir, "DC*.md").Order(StringComparer.Ordinal))
        {
            string rule = Path.GetFileNameWithoutExtension(page);
            int count = 0;
            foreach (string section in SectionStart().Split(Normalize(File.ReadAllText(page))).Skip(1))
            {
                bool? fires = section.StartsWith("Ví dụ bị báo", StringComparison.Ordinal) ? true
                    : section.StartsWith("Ví dụ không bị báo", StringComparison.Ordinal) ? false : null;
                if (fires is null) continue;
                string mode = fires.Value ? "fires" : "silent";
                int i = 0;
                foreach (Match m in Block().Matches(section))
                {
                    string body = m.Groups["body"].Value;
                    string text = OwnHeader().IsMatch(body) ? body : header + "\n" + body;
                    var messages = m.Groups["msgs"].Value.Split('\n')
                        .Where(l => l.StartsWith("> ", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToList();
                    examples[$"{rule} {mode} #{i++}"] = new Example(rule, fires.Value, text, messages);
                    count++;
                }
                int j = 0;
                foreach (Match m in SeedLine().Matches(section))
                    seeds[$"{rule} {mode} seed #{j++}"] = new SeedRef(rule, fires.Value, m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
            Assert.True(count > 0, $"{rule}.md has no fenced example");
        }
        return (examples, seeds);
    }

    public static TheoryData<string> ExampleNames() => new(Pages.Value.Examples.Keys);

    public static TheoryData<string> SeedRefNames() => new(Pages.Value.Seeds.Keys);

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Example_behaves_as_its_page_says(string name)
    {
        var ex = Pages.Value.Examples[name];
        var run = RuleTestKit.Lint(ex.Text);
        var mine = run.Of(ex.Rule);
        if (ex.Fires)
        {
            Assert.True(mine.Count > 0, $"{name}: {ex.Rule} should fire but did not; all findings:\n{run.Describe()}");
            foreach (string msg in ex.Messages)
                Assert.True(mine.Any(f => f.Message == msg), $"{name}: message not produced: {msg}\n got:\n{run.Describe(mine)}");
        }
        else Assert.True(mine.Count == 0, $"{name}: {ex.Rule} should be silent but reported:\n{run.Describe(mine)}");
    }

    [Theory]
    [MemberData(nameof(SeedRefNames))]
    public void Seed_line_named_on_a_page_behaves_as_it_says(string name)
    {
        var r = Pages.Value.Seeds[name];
        IReadOnlyList<(string Rule, int Line)> findings;
        lock (SeedFindings)
        {
            if (!SeedFindings.TryGetValue(r.File, out findings!))
            {
                var doc = new DocumentAnalyzer().Analyze(File.ReadAllText(RepoPaths.CorpusFile(r.File)), r.File);
                findings = new Linter().Lint(doc, new LintOptions())
                    .Select(f => (f.RuleId, doc.Normalized.SourcePosition(f.Span.Start).Line)).ToList();
                SeedFindings[r.File] = findings;
            }
        }
        bool found = findings.Any(f => f.Rule == r.Rule && f.Line == r.Line);
        Assert.True(found == r.Fires, $"{name}: {r.Rule} at {r.File}:{r.Line} should {(r.Fires ? "fire" : "be silent")}");
    }
}
