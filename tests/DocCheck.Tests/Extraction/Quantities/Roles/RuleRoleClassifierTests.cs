using DocCheck.Extraction.Quantities;
using DocCheck.Extraction.Quantities.Roles;
using DocCheck.Pipeline;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Extraction.Quantities.Roles;

/// <summary>The rules' roles, and how the learned classifier is handed them.</summary>
public class RuleRoleClassifierTests
{
    private static RoleCues Cues(string before, QuantityKind kind = QuantityKind.Percentage, string text = "80%", string after = "",
        bool report = false, bool goalSection = false, int? yearBefore = null, int? planYear = 2018) => new()
    {
        Kind = kind, Text = text, Before = before, After = after, Report = report, GoalSection = goalSection,
        YearBefore = yearBefore, PlanYear = planYear, RuleRole = QuantityRole.Other, DocumentType = "KH",
    };

    [Fact]
    public void The_rules_read_the_clause()
    {
        var rules = RuleRoleClassifier.Instance;
        Assert.Equal(QuantityRole.Target, rules.Classify(Cues("Phấn đấu tỷ lệ hồ sơ đúng hạn đạt ")));
        Assert.Equal(QuantityRole.Baseline, rules.Classify(Cues("năm 2016 chỉ đạt ", kind: QuantityKind.Score, text: "5 điểm", yearBefore: 2016)));
        Assert.Equal(QuantityRole.Requirement, rules.Classify(Cues("(trên ", after: "): 0,5 điểm")));
        Assert.Equal(QuantityRole.Other, rules.Classify(Cues("chiếm tỷ lệ ")));
    }

    [Fact]
    public void In_a_report_a_value_reached_is_a_result_not_a_goal()
    {
        var rules = RuleRoleClassifier.Instance;
        Assert.Equal(QuantityRole.Target, rules.Classify(Cues("Tỷ lệ hồ sơ đúng hạn đạt ")));
        Assert.Equal(QuantityRole.Baseline, rules.Classify(Cues("Tỷ lệ hồ sơ đúng hạn đạt ", report: true)));
    }

    [Fact]
    public void The_rules_ignore_the_role_already_in_the_cues() =>
        Assert.Equal(QuantityRole.Target, RuleRoleClassifier.Instance.Classify(Cues("Phấn đấu đạt ") with { RuleRole = QuantityRole.Baseline }));

    [Fact]
    public void The_rules_name_themselves_as_an_analysis_without_a_model()
    {
        Assert.Equal("rules", RuleRoleClassifier.Instance.Identity);
        Assert.EndsWith("+rules", new DocumentAnalyzer().Signature);
        Assert.Equal(new DocumentAnalyzer().Signature, new DocumentAnalyzer(RuleRoleClassifier.Instance).Signature);
    }

    /// <summary>
    /// The learned model is handed the cues with the rules' role in them: deciding again from those cues alone must give
    /// that role, or the model would learn from (and keep) a role the rules did not give.
    /// </summary>
    [Theory]
    [MemberData(nameof(SeedNames))]
    public void The_role_handed_to_a_learned_classifier_is_the_rules_role_for_those_cues(string seed)
    {
        var seen = new List<RoleCues>();
        var doc = new DocumentAnalyzer(new Recorder(seen)).AnalyzeFile(RepoPaths.CorpusFile(seed)).Document!;
        Assert.Equal(doc.Quantities.Count, seen.Count);
        Assert.All(seen, c => Assert.Equal(c.RuleRole, RuleRoleClassifier.Instance.Classify(c)));
        // And a classifier that keeps the rules' role leaves every value as the rules alone give it.
        Assert.Equal(Seeds.Get(seed).Quantities.Select(q => (q.Span, q.Role)), doc.Quantities.Select(q => (q.Span, q.Role)));
    }

    public static TheoryData<string> SeedNames() => new(Seeds.All);

    private sealed class Recorder(List<RoleCues> seen) : IRoleClassifier
    {
        public QuantityRole Classify(RoleCues cues) { seen.Add(cues); return cues.RuleRole; }
    }
}
