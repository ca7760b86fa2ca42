using DocCheck.Pipeline;
using DocCheck.Rules;
using DocCheck.Text;

namespace DocCheck.Tests.Rules;

/// <summary>
/// Helpers for rule tests. Inputs mark the text a finding must cover with «…» (several pairs for several findings);
/// the kit strips the markers, lints the plain text and compares each finding's span, mapped back to the source,
/// with the marked spans.
/// </summary>
public static class RuleTestKit
{
    /// <summary>An input with its markers removed and the source spans they marked, in order.</summary>
    public sealed record Marked(string Text, IReadOnlyList<TextSpan> Spans);

    /// <summary>The result of linting one input.</summary>
    public sealed record Run(AnalyzedDocument Document, IReadOnlyList<Finding> Findings)
    {
        /// <summary>The findings of one rule.</summary>
        public IReadOnlyList<Finding> Of(string ruleId) => Findings.Where(f => f.RuleId == ruleId).ToList();

        /// <summary>The source text a span of the normalized text stands for.</summary>
        public string Quote(TextSpan span) => Document.Normalized.Quote(span);

        /// <summary>The findings, one line each, for failure messages.</summary>
        public string Describe(IEnumerable<Finding>? findings = null) => string.Join("\n", (findings ?? Findings).Select(f =>
            $"  {f.RuleId} {f.Level} {Document.Normalized.ToSource(f.Span)} «{Quote(f.Span)}» {f.Message}"));
    }

    /// <summary>
    /// Wraps a body in the header of a UBND plan: issuer, motto, number, place and date, type word and title.
    /// Every part can be replaced (and may carry «» markers).
    /// </summary>
    public static string Doc(string body,
        string number = "Số: 497/KH-UBND",
        string placeDate = "Kon Tum, ngày 05 tháng 3 năm 2018",
        string typeWord = "KẾ HOẠCH",
        string title = "Cải cách hành chính năm 2018",
        string issuer = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM") =>
        $"{issuer}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{number}\n{placeDate}\n{typeWord}\n{title}\n{body}";

    /// <summary>A short, ordinary legal basis to put before a body.</summary>
    public const string Preamble =
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n" +
        "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011-2020;\n" +
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2018 như sau:\n";

    /// <summary>Removes the «» markers and records the spans they enclosed.</summary>
    public static Marked Parse(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var spans = new List<TextSpan>();
        int? open = null;
        foreach (char ch in marked)
        {
            if (ch == '«')
            {
                Assert.True(open is null, "nested « in test input");
                open = text.Length;
            }
            else if (ch == '»')
            {
                Assert.True(open is not null, "» without « in test input");
                spans.Add(TextSpan.FromBounds(open!.Value, text.Length));
                open = null;
            }
            else text.Append(ch);
        }
        Assert.True(open is null, "« without » in test input");
        return new Marked(text.ToString(), spans);
    }

    /// <summary>Analyzes and lints a plain text (markers are removed first).</summary>
    public static Run Lint(string text, LintOptions? options = null)
    {
        var doc = new DocumentAnalyzer().Analyze(Parse(text).Text);
        return new Run(doc, new Linter().Lint(doc, options ?? new LintOptions()));
    }

    /// <summary>
    /// Asserts that <paramref name="ruleId"/> reports exactly the marked spans (one finding per «» pair, in order)
    /// and nothing else. Returns the run for further checks.
    /// </summary>
    public static Run AssertFires(string ruleId, string marked, LintOptions? options = null)
    {
        var input = Parse(marked);
        Assert.NotEmpty(input.Spans);
        var run = Lint(input.Text, options);
        var mine = run.Of(ruleId);
        var got = mine.Select(f => run.Document.Normalized.ToSource(f.Span)).ToList();
        string Show(IEnumerable<TextSpan> spans) => string.Join(", ", spans.Select(s => $"{s} «{input.Text.Substring(s.Start, s.Length)}»"));
        Assert.True(got.SequenceEqual(input.Spans),
            $"{ruleId}: expected {Show(input.Spans)}\n got {Show(got)}\n all findings:\n{run.Describe()}");
        return run;
    }

    /// <summary>Asserts that <paramref name="ruleId"/> reports nothing on the text.</summary>
    public static Run AssertSilent(string ruleId, string text, LintOptions? options = null)
    {
        var run = Lint(text, options);
        var mine = run.Of(ruleId);
        Assert.True(mine.Count == 0, $"{ruleId} should be silent but reported:\n{run.Describe(mine)}");
        return run;
    }

    /// <summary>The single finding of a rule in a run.</summary>
    public static Finding Single(Run run, string ruleId)
    {
        var mine = run.Of(ruleId);
        Assert.True(mine.Count == 1, $"expected one {ruleId} finding, got {mine.Count}:\n{run.Describe()}");
        return mine[0];
    }

    /// <summary>The source text a related location points to.</summary>
    public static string RelatedText(Run run, Finding f, int index = 0) => run.Quote(f.Related[index].Span);
}
