using System.Globalization;
using System.Text;
using DocCheck.Extraction.Quantities;
using DocCheck.Pipeline;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Corpus;

/// <summary>
/// Quantities (with roles and baseline links), the plan period, deadlines and budget of each seed against
/// corpus/expected/NAME.targets.tsv and NAME.plan.tsv, reviewed against the documents. DOCCHECK_UPDATE_GOLDEN=1
/// rewrites them; read the diff before committing.
/// </summary>
public class SeedPlanGoldenTests
{
    public static TheoryData<string> SeedNames() => new(Seeds.All);

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Quantities_match_the_reviewed_list(string seed) => Golden(seed, ".targets.tsv", Quantities(Seeds.Get(seed)));

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Plan_facts_match_the_reviewed_list(string seed) => Golden(seed, ".plan.tsv", Plan(Seeds.Get(seed)));

    [Fact]
    public void TayNinh_budget_has_28_amounts_that_do_not_add_up_to_the_stated_total()
    {
        var total = Assert.Single(Seeds.Get(Seeds.TayNinh2818).Plan.Totals);
        Assert.Equal(28, total.Items.Count);
        Assert.Equal(1_847_580_000m, total.ItemsSum);
        Assert.Equal(1_752_580_000m, total.Stated.Value);
        Assert.Equal(1_752_580_000m, total.InWords!.Value);
    }

    private static void Golden(string seed, string extension, string actual)
    {
        string path = Path.Combine(RepoPaths.Corpus, "expected", Path.ChangeExtension(seed, extension));
        if (RepoPaths.UpdateGolden) { File.WriteAllText(path, actual, new UTF8Encoding(false)); return; }
        Assert.True(File.Exists(path), $"{path} missing; run with DOCCHECK_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    private static string N(decimal v) => v.ToString(CultureInfo.InvariantCulture);

    private static int Line(AnalyzedDocument d, int offset) => d.Normalized.SourcePosition(offset).Line;

    private static string Quantities(AnalyzedDocument d)
    {
        var sb = new StringBuilder("line\tkind\tvalue\tof_or_upper\tcomparison\tunit\trole\tyear\tbaseline_line\tflags\ttext\n");
        foreach (var q in d.Quantities.Where(q => q.Kind is not (QuantityKind.Count or QuantityKind.Duration)))
        {
            string flags = string.Join(",", new[] { q.IsGrowth ? "growth" : null, q.IsBroken ? "broken" : null, q.FromWords ? "words" : null }.Where(f => f is not null));
            string baseLine = q.Baseline is { } b ? Line(d, d.Quantities[b].Span.Start).ToString(CultureInfo.InvariantCulture) : "-";
            sb.Append($"{Line(d, q.Span.Start)}\t{q.Kind}\t{N(q.Value)}\t{((q.Of ?? q.UpperValue) is { } o ? N(o) : "-")}\t{q.Comparison}\t{q.Unit}\t{q.Role}\t{q.Year?.ToString(CultureInfo.InvariantCulture) ?? "-"}\t{baseLine}\t{(flags.Length == 0 ? "-" : flags)}\t{q.Text}\n");
        }
        return sb.ToString();
    }

    private static string Plan(AnalyzedDocument d)
    {
        var p = d.Plan;
        var sb = new StringBuilder();
        sb.Append($"period\t{p.Period?.ToString() ?? "-"}\t{p.Period?.Text ?? "-"}\n");
        sb.Append($"body periods\t{string.Join(", ", p.BodyPeriods.Select(b => b.ToString()).Distinct())}\n");
        foreach (var dl in p.Deadlines)
        {
            string task = dl.Task.Length > 70 ? dl.Task[..70] + "…" : dl.Task;
            sb.Append($"deadline\t{Line(d, dl.When.Span.Start)}\t{dl.When.Kind}\t{dl.When.Text}\t{dl.When.Start?.ToString("yyyy-MM-dd") ?? "-"}\t{dl.When.End?.ToString("yyyy-MM-dd") ?? "-"}\t{(dl.FromTable ? "table" : "text")}{(dl.Ongoing ? ",ongoing" : "")}\t{task}\n");
        }
        foreach (var t in p.Totals)
        {
            foreach (var item in t.Items) sb.Append($"budget item\t{Line(d, item.Amount.Span.Start)}\t{N(item.Amount.Value)}\n");
            sb.Append($"budget total\t{Line(d, t.Stated.Span.Start)}\tstated {N(t.Stated.Value)}\twords {(t.InWords is { } w ? N(w.Value) : "-")}\titems {t.Items.Count}\tsum {N(t.ItemsSum)}\n");
        }
        return sb.ToString();
    }
}
