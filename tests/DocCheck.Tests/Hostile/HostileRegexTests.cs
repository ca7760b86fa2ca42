using System.Diagnostics;
using DocCheck.Pipeline;
using DocCheck.Rules;
using DocCheck.Text;
using Xunit.Abstractions;

namespace DocCheck.Tests.Hostile;

/// <summary>Runs alone (after the parallel collections) so the hang guards below are not shared with other tests.</summary>
[CollectionDefinition(nameof(HostileTimingCollection), DisableParallelization = true)]
public sealed class HostileTimingCollection;

/// <summary>
/// Regex worst cases for every extractor: each pathological family runs through the whole pipeline and linter at
/// its size N. What is asserted is not a speed: no exception (nor a rule that failed inside the linter), every span inside
/// the text, and an end at all (a hang guard far above the time it takes). How the time grows from N to 2N is a
/// measurement and lives in the benchmarks: <c>DocCheck.Bench scaling</c> (bench/README.md).
/// </summary>
[Collection(nameof(HostileTimingCollection))]
public sealed class HostileRegexTests(ITestOutputHelper output)
{
    /// <summary>A hang guard: each run takes well under a second here; catastrophic backtracking takes minutes.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private static readonly DocumentAnalyzer Analyzer = new();
    private static readonly Linter Linter = new();

    public static TheoryData<string> Families()
    {
        var data = new TheoryData<string>();
        foreach (var f in HostileInputs.All) data.Add(f.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Ends_without_exceptions_and_with_spans_inside(string name)
    {
        var family = HostileInputs.All.Single(f => f.Name == name);
        // At N (a few tenths of a second in Release): 2N of the one-line families in a Debug build on a loaded 2-core
        // machine came near the patterns' 1 s time-outs, which are the safety net, not what is tested here.
        string text = family.Build(family.N);
        var sw = Stopwatch.StartNew();
        RunOnce(text);
        output.WriteLine($"{name}: N ({text.Length} chars) {sw.Elapsed.TotalMilliseconds:F0} ms");
        Assert.True(sw.Elapsed < HangGuard, $"{name}: N took {sw.Elapsed.TotalSeconds:F1} s");
    }

    // ---- regressions found by the families above --------------------------------------------------------------

    /// <summary>The header's place-date regex searched a whole 300k-character block and hit its 1 s timeout (an exception out of Analyze).</summary>
    [Fact]
    public void Place_date_search_in_a_huge_ngay_block_does_not_time_out() => RunOnce(HostileInputs.All.Single(f => f.Name == "ngày ngày ngày …").Build(300_000));

    /// <summary>Same timeout from a 2 MB single line of Vietnamese words (PlaceDateParser.Parse and HeaderParser.FirstBodyBlock).</summary>
    [Fact]
    public void Place_date_search_in_a_2MB_line_of_words_does_not_time_out() => RunOnce(HostileInputs.VietnameseOneLine(2_000_000));

    /// <summary>
    /// Dates and durations in one block were quadratic: a list of taken spans scanned per match (dates, quantities),
    /// the block re-sliced and the clause before each value re-read (quantity roles, text deadlines). 40k repeats took ~10 s.
    /// The ceiling is generous on purpose (it now takes about 0.3 s).
    /// </summary>
    [Fact]
    public void Thousands_of_dates_in_one_block_are_not_quadratic()
    {
        var sw = Stopwatch.StartNew();
        RunOnce(HostileInputs.All.Single(f => f.Name.StartsWith("ngày 1 tháng 1 năm", StringComparison.Ordinal)).Build(40_000));
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"took {sw.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>One full run; asserts no rule failed and every reported span lies inside the normalized text.</summary>
    private static void RunOnce(string text)
    {
        var doc = Analyzer.Analyze(text);
        var failures = new List<RuleFailure>();
        var findings = Linter.Lint(doc, new LintOptions(), failures);
        Assert.True(failures.Count == 0, string.Join("; ", failures.Select(f => $"{f.RuleId}: {f.Exception.GetType().Name}: {f.Exception.Message}")));
        int length = doc.Normalized.Text.Length;
        foreach (var f in findings)
        {
            AssertInside(f.Span, length, f.RuleId);
            foreach (var r in f.Related) AssertInside(r.Span, length, f.RuleId + " (related)");
            if (f.Fix is { } fix) AssertInside(fix.Span, length, f.RuleId + " (fix)");
        }
    }

    private static void AssertInside(TextSpan span, int length, string what) =>
        Assert.True(span.Start >= 0 && span.Length >= 0 && span.End <= length, $"{what}: span {span.Start}+{span.Length} outside text of {length}");
}
