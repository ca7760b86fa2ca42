using System.Text.RegularExpressions;
using DocCheck.Application.Evaluation;
using DocCheck.Application.Evaluation.Planted;
using DocCheck.Pipeline;
using DocCheck.Reporting.Lint;
using DocCheck.Rules;
using DocCheck.Text;

namespace DocCheck.Tests.Application.Evaluation;

/// <summary>Each planter writes the defect it names, at a place of the document's own, the same way for the same seed.</summary>
public class PlanterTests
{
    private static readonly DocumentAnalyzer Analyzer = new();

    private static PlantingSite Site(string text)
    {
        var doc = Analyzer.Analyze(text, "ke-hoach-mau.txt");
        return new PlantingSite(doc, LintedFile.From(doc.Path, doc, new Linter().Lint(doc, new LintOptions())).Findings);
    }

    private static IPlanter Planter(DefectKind kind) => PlantedDefects.Planters.Single(p => p.Kind == kind);

    /// <summary>The planted text of the region where the finding is expected.</summary>
    private static string PlantedRegion(string source, PlantedDefect d)
    {
        string planted = TextEdit.Apply(source, d.Edits);
        int start = TextEdit.Map(d.Region.Start, d.Edits, end: false), end = TextEdit.Map(d.Region.End, d.Edits, end: true);
        return planted[start..end];
    }

    public static TheoryData<DefectKind> Kinds() => new(DefectKinds.All);

    [Fact]
    public void The_model_plan_has_nothing_reported_before_planting()
    {
        var site = Site(ModelPlan.Text);
        Assert.Empty(site.Baseline);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_finds_a_place_in_the_model_plan_and_writes_something_there(DefectKind kind)
    {
        var site = Site(ModelPlan.Text);
        var all = Planter(kind).Candidates(site, new Random(1)).ToList();
        Assert.NotEmpty(all);
        foreach (var d in all)
        {
            Assert.Equal(kind, d.Kind);
            Assert.NotEmpty(d.Edits);
            Assert.All(d.Edits, e => Assert.True(e.Span.End <= ModelPlan.Text.Length));
            Assert.NotEqual(ModelPlan.Text, TextEdit.Apply(ModelPlan.Text, d.Edits));
            Assert.False(string.IsNullOrWhiteSpace(d.Planted));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Planting_is_the_same_for_the_same_seed(DefectKind kind)
    {
        var site = Site(ModelPlan.Text);
        string Plant(int seed) => string.Join("\n", Planter(kind).Candidates(site, new Random(seed))
            .Select(d => d.Planted + " @ " + string.Join(";", d.Edits.Select(e => $"{e.Span}={e.Replacement}"))));
        Assert.Equal(Plant(5), Plant(5));
    }

    [Fact]
    public void A_blank_number_keeps_the_symbol_and_drops_the_digits()
    {
        var site = Site(ModelPlan.Text);
        foreach (int seed in Enumerable.Range(0, 6))
        {
            var d = Assert.Single(Planter(DefectKind.BlankNumber).Candidates(site, new Random(seed)));
            string region = PlantedRegion(ModelPlan.Text, d);
            Assert.Matches(@"^Số:\s*/KH-UBND$", region);
        }
    }

    [Fact]
    public void A_blank_date_leaves_the_words_and_blanks_at_least_the_day()
    {
        var site = Site(ModelPlan.Text);
        var seen = new HashSet<string>();
        foreach (int seed in Enumerable.Range(0, 12))
        {
            var d = Assert.Single(Planter(DefectKind.BlankDate).Candidates(site, new Random(seed)));
            string region = PlantedRegion(ModelPlan.Text, d);
            Assert.Matches(@"Tân Lập, ngày\s+tháng\s+(01|\s+)\s*năm\s+(2024|\s+)$", region);
            seen.Add(Regex.Replace(region, @"\s+", " "));
        }
        // All three variants: the day, the day and month, all three.
        Assert.Equal(3, seen.Count);
    }

    [Fact]
    public void A_second_date_cites_the_same_instrument_again_with_another_day_of_the_same_year()
    {
        var site = Site(ModelPlan.Text);
        foreach (var d in Planter(DefectKind.SecondDate).Candidates(site, new Random(3)))
        {
            var planted = Analyzer.Analyze(TextEdit.Apply(ModelPlan.Text, d.Edits));
            var dated = planted.Citations.Where(c => c.Date?.Value is not null).GroupBy(c => c.Key).Where(g => g.Select(c => c.Date!.Value).Distinct().Count() > 1).ToList();
            var g = Assert.Single(dated);
            Assert.Single(g.Select(c => c.Date!.Value!.Value.Year).Distinct());
        }
    }

    [Fact]
    public void A_late_citation_is_dated_after_the_document()
    {
        var site = Site(ModelPlan.Text);
        var own = new DateOnly(2024, 1, 15);
        var all = Planter(DefectKind.CitedAfterDocument).Candidates(site, new Random(2)).ToList();
        Assert.Equal(2, all.Count);
        foreach (var d in all)
        {
            var planted = Analyzer.Analyze(TextEdit.Apply(ModelPlan.Text, d.Edits));
            Assert.Contains(planted.Citations, c => c.Date?.Value is { } v && v > own);
        }
    }

    [Fact]
    public void A_deadline_lies_three_to_five_years_outside_the_period_in_a_task()
    {
        var site = Site(ModelPlan.Text);
        var all = Planter(DefectKind.DeadlineOutsidePeriod).Candidates(site, new Random(4)).ToList();
        Assert.True(all.Count >= 7, $"{all.Count} places");
        foreach (var d in all)
        {
            string region = PlantedRegion(ModelPlan.Text, d);
            Assert.Matches(@"20(19|20|21|27|28|29)", region);
            Assert.DoesNotContain("MỤC TIÊU", region, StringComparison.Ordinal);
        }
        // Both the words added to a bullet and a time the plan already gives ("trong năm 2024").
        Assert.Contains(all, d => d.Planted.StartsWith('+'));
        Assert.Contains(all, d => d.Planted.Contains("trong năm 2024", StringComparison.Ordinal));
    }

    [Fact]
    public void A_share_above_100_percent_is_written_into_a_target()
    {
        var site = Site(ModelPlan.Text);
        var all = Planter(DefectKind.OverHundredPercent).Candidates(site, new Random(1)).ToList();
        Assert.Equal(2, all.Count);
        Assert.Contains("trên 100%", PlantedRegion(ModelPlan.Text, all[0]), StringComparison.Ordinal);
        Assert.Matches(@"đạt 1(0[1-9]|1\d|20)% người dân", PlantedRegion(ModelPlan.Text, all[1]));
    }

    [Fact]
    public void A_budget_total_no_longer_adds_up()
    {
        var site = Site(ModelPlan.Text);
        foreach (int seed in Enumerable.Range(0, 6))
        {
            var d = Assert.Single(Planter(DefectKind.BudgetTotal).Candidates(site, new Random(seed)));
            var total = Assert.Single(Analyzer.Analyze(TextEdit.Apply(ModelPlan.Text, d.Edits)).Plan.Totals);
            Assert.NotEqual(total.ItemsSum, total.Stated.Value);
        }
    }

    [Fact]
    public void A_score_goes_above_its_maximum_and_a_rank_above_its_total()
    {
        var site = Site(ModelPlan.Text);
        var score = Assert.Single(Planter(DefectKind.ScoreAboveMaximum).Candidates(site, new Random(1)));
        var m = Regex.Match(PlantedRegion(ModelPlan.Text, score), @"(\d+(?:,\d+)?)/8,5 điểm");
        Assert.True(decimal.Parse(m.Groups[1].Value.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture) > 8.5m);
        var rank = Assert.Single(Planter(DefectKind.RankOutOfRange).Candidates(site, new Random(1)));
        var r = Regex.Match(PlantedRegion(ModelPlan.Text, rank), @"(\d+)/20 xã");
        Assert.True(int.Parse(r.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 20);
    }

    [Fact]
    public void A_list_label_is_repeated_or_skipped_and_never_made_1_or_a()
    {
        var site = Site(ModelPlan.Text);
        var kinds = new HashSet<string>();
        foreach (int seed in Enumerable.Range(0, 10))
            foreach (var d in Planter(DefectKind.Numbering).Candidates(site, new Random(seed)))
            {
                Assert.All(d.Edits, e => Assert.DoesNotContain(e.Replacement, new[] { "1", "a", "I" }));
                string line = PlantedRegion(ModelPlan.Text, d);
                Assert.Matches(@"^([a-zđ]\)|\d+\.|[IVX]+\.) ", line);
                kinds.Add(d.Planted.Contains("(lặp số", StringComparison.Ordinal) ? "repeat" : "skip");
                if (kinds.Contains("repeat") && d.Planted.Contains("(lặp số", StringComparison.Ordinal)) Assert.Single(d.Edits);
            }
        Assert.Equal(new[] { "repeat", "skip" }, kinds.Order());
    }

    [Fact]
    public void A_placeholder_replaces_a_word_of_the_body_and_never_the_header()
    {
        var site = Site(ModelPlan.Text);
        int headerEnd = ModelPlan.Text.IndexOf("Căn cứ", StringComparison.Ordinal);
        foreach (var d in Planter(DefectKind.Placeholder).Candidates(site, new Random(8)))
        {
            var e = Assert.Single(d.Edits);
            Assert.True(e.Span.Start >= headerEnd);
            Assert.Matches(@"^(…{2,}|\.{5,})$", e.Replacement);
            Assert.Matches(@"^\p{Ll}+$", ModelPlan.Text.Substring(e.Span.Start, e.Span.Length));
        }
    }

    [Fact]
    public void Ngay_is_written_for_ngày_before_a_date_and_a_listed_misspelling_replaces_its_right_form()
    {
        var site = Site(ModelPlan.Text);
        var typos = Planter(DefectKind.NgayTypo).Candidates(site, new Random(1)).ToList();
        Assert.Equal(2, typos.Count);
        Assert.All(typos, d => Assert.Matches(@"ngay \d", PlantedRegion(ModelPlan.Text, d)));
        var misspellings = Planter(DefectKind.Misspelling).Candidates(site, new Random(1)).ToList();
        // "Phấn đấu" → "Phân đấu", "các" → "các các", and the other doubled words the plan uses.
        Assert.Contains(misspellings, d => d.Edits[0].Replacement == "Phân đấu");
        Assert.Contains(misspellings, d => d.Edits[0].Replacement == "các các");
        Assert.DoesNotContain(misspellings, d => d.Edits[0].Replacement is "ngày" or "Ủy ban");
    }

    [Fact]
    public void A_place_where_the_rule_already_fires_is_left_out()
    {
        // The number is already blank: no second blank number to plant, so the kind has no place.
        string draft = ModelPlan.Text.Replace("Số: 26/KH-UBND", "Số:     /KH-UBND", StringComparison.Ordinal);
        Assert.Empty(Planter(DefectKind.BlankNumber).Candidates(Site(draft), new Random(1)));
        // "tại tại" already reported in the task line: a doubled word planted on that line could not be told apart.
        string doubled = ModelPlan.Text.Replace("tại các thôn", "tại tại các thôn", StringComparison.Ordinal);
        var site = Site(doubled);
        var line = Planter(DefectKind.Misspelling).Candidates(site, new Random(1)).Where(d => d.Region.Contains(doubled.IndexOf("tại tại", StringComparison.Ordinal))).ToList();
        Assert.All(line, d => Assert.True(site.BaselineReports(d.Rule, d.Region)));
    }
}
