using System.Text;
using DocCheck.Extraction.Quantities;
using DocCheck.Extraction.Quantities.Roles;
using DocCheck.Pipeline;
using DocCheck.Tests.TestSupport;
using DocCheck.Training;

namespace DocCheck.Tests.Extraction.Quantities.Roles;

public sealed class RoleModelTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-roles-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static RoleCues Cues(string before, QuantityRole rule = QuantityRole.Other, QuantityKind kind = QuantityKind.Percentage,
        string after = "", bool report = false, int? yearBefore = null, int? planYear = 2026, string? type = "KH") => new()
    {
        Kind = kind, Text = "80%", Before = before, After = after, Report = report, YearBefore = yearBefore, PlanYear = planYear, RuleRole = rule,
        DocumentType = type,
    };

    /// <summary>A toy task the features must separate: results said with "đã đạt" / a past year, goals with "phấn đấu".</summary>
    private static List<RoleExample> Toy()
    {
        var list = new List<RoleExample>();
        string[] subjects = ["tỷ lệ hồ sơ đúng hạn", "tỷ lệ văn bản điện tử", "chỉ số hài lòng", "tỷ lệ thủ tục trực tuyến", "số xã đạt chuẩn"];
        for (int i = 0; i < subjects.Length; i++)
        {
            list.Add(new RoleExample(Cues($"{subjects[i]} đã đạt"), QuantityRole.Baseline, $"d{i}"));
            list.Add(new RoleExample(Cues($"năm 2024 {subjects[i]} đạt", yearBefore: 2024), QuantityRole.Baseline, $"d{i}"));
            list.Add(new RoleExample(Cues($"phấn đấu {subjects[i]} đạt"), QuantityRole.Target, $"d{i}"));
            list.Add(new RoleExample(Cues($"đến năm 2030, {subjects[i]} đạt"), QuantityRole.Target, $"d{i}"));
            list.Add(new RoleExample(Cues($"kinh phí {subjects[i]} là", kind: QuantityKind.Money), QuantityRole.Other, $"d{i}"));
        }
        return list;
    }

    private static readonly RoleTrainingOptions NoKeep = new() { KeepRuleRoles = new HashSet<QuantityRole>() };

    [Fact]
    public void Features_are_hashed_into_the_dimension_and_name_the_cues()
    {
        var f = new RoleFeatures(12);
        var c = Cues("Phấn đấu tỷ lệ hồ sơ đạt", QuantityRole.Target, after: " trở lên vào năm 2027", yearBefore: 2024);
        var names = RoleFeatures.Names(c);
        Assert.Contains("b0=đạt", names);
        Assert.Contains("B0=dat", names);
        Assert.Contains("Bw=phan", names);
        Assert.Contains("r=Target", names);
        Assert.Contains("yb=past", names);
        Assert.Contains("a0=tro", names);
        var idx = f.Extract(c);
        Assert.All(idx, i => Assert.InRange(i, 0, f.Dimension - 1));
        Assert.Equal(idx.Order(), idx);
        Assert.Equal(idx, f.Extract(c));
    }

    [Fact]
    public void Training_separates_results_from_goals_and_is_deterministic()
    {
        var model = RoleLearner.Train(Toy(), NoKeep).Export();
        Assert.Equal(QuantityRole.Baseline, model.Classify(Cues("tỷ lệ người dân hài lòng đã đạt")));
        Assert.Equal(QuantityRole.Target, model.Classify(Cues("phấn đấu tỷ lệ người dân hài lòng đạt")));
        Assert.Equal(QuantityRole.Other, model.Classify(Cues("kinh phí thực hiện là", kind: QuantityKind.Money)));

        string a = Path.Combine(_dir, "a.json"), b = Path.Combine(_dir, "b.json");
        model.Save(a);
        RoleLearner.Train(Toy(), NoKeep).Export().Save(b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void Roles_the_rules_are_trusted_with_are_kept()
    {
        var model = RoleLearner.Train(Toy(), new RoleTrainingOptions { KeepRuleRoles = new HashSet<QuantityRole> { QuantityRole.Requirement } }).Export();
        Assert.Equal(QuantityRole.Requirement, model.Classify(Cues("tỷ lệ người dân hài lòng đã đạt", QuantityRole.Requirement)));
        Assert.Equal(QuantityRole.Baseline, model.Classify(Cues("tỷ lệ người dân hài lòng đã đạt", QuantityRole.Target)));
    }

    [Theory]
    [InlineData("TT")]
    [InlineData("NĐ")]
    [InlineData(null)]
    public void Outside_plans_and_reports_the_rules_decide(string? type)
    {
        // Trained for plans, reports, programmes, proposals and decisions only: a circular's or a decree's tables of rates are not results to improve on.
        var model = RoleLearner.Train(Toy(), NoKeep).Export();
        Assert.Equal(QuantityRole.Baseline, model.Classify(Cues("tỷ lệ người dân hài lòng đã đạt")));
        Assert.Equal(QuantityRole.Other, model.Classify(Cues("tỷ lệ người dân hài lòng đã đạt", type: type)));
    }

    [Fact]
    public void The_extractor_tells_the_classifier_which_part_a_value_stands_in()
    {
        var seen = new List<RoleCues>();
        var analyzer = new DocumentAnalyzer(new Spy(seen));
        analyzer.AnalyzeFile(RepoPaths.CorpusFile(Seeds.TayNinh2818));
        // The decision (QĐ) carries the plan (KẾ HOẠCH) it issues: the plan's values are in a KH part.
        Assert.Contains(seen, c => c.DocumentType == "KH");
        Assert.All(seen, c => Assert.Contains(c.DocumentType, new[] { "KH", "QĐ" }));
    }

    private sealed class Spy(List<RoleCues> seen) : IRoleClassifier
    {
        public QuantityRole Classify(RoleCues cues) { seen.Add(cues); return cues.RuleRole; }
    }

    [Fact]
    public void A_saved_model_loads_with_its_manifest_and_decides_the_same()
    {
        var model = RoleLearner.Train(Toy(), NoKeep).Export().WithManifest(new() { ["heldOut"] = new System.Text.Json.Nodes.JsonObject { ["examples"] = 3 } });
        string path = Path.Combine(_dir, "m.json");
        model.Save(path);
        Assert.True(RoleModel.TryLoad(path, out var loaded, out string reason), reason);
        Assert.Equal(3, (int)loaded!.Manifest["heldOut"]!["examples"]!);
        Assert.Equal(RoleFeatures.Version, (int)loaded.Manifest["featureVersion"]!);
        foreach (var e in Toy()) Assert.Equal(model.Classify(e.Cues), loaded.Classify(e.Cues));
    }

    [Theory]
    [InlineData("missing", "not found")]
    [InlineData("", "not valid JSON")]
    [InlineData("{\"format\":", "not valid JSON")]
    [InlineData("[1,2]", "not valid JSON")]
    [InlineData("{\"format\":\"something-else\"}", "not a doccheck-quantity-roles")]
    [InlineData("{\"format\":\"doccheck-quantity-roles\",\"formatVersion\":1,\"featureVersion\":999}", "version mismatch")]
    [InlineData("{\"format\":\"doccheck-quantity-roles\",\"formatVersion\":1,\"featureVersion\":1,\"hashBits\":12,\"classes\":[\"Other\",\"Target\",\"Baseline\",\"Requirement\"],\"weights\":[[5,1,2]]}", "corrupt")]
    [InlineData("{\"format\":\"doccheck-quantity-roles\",\"formatVersion\":1,\"featureVersion\":1,\"hashBits\":12,\"classes\":[\"Other\",\"Target\",\"Baseline\",\"Requirement\"],\"weights\":[[99999,1,2,3,4]]}", "corrupt")]
    [InlineData("{\"format\":\"doccheck-quantity-roles\",\"formatVersion\":1,\"featureVersion\":1,\"hashBits\":40,\"classes\":[\"Other\",\"Target\",\"Baseline\",\"Requirement\"],\"weights\":[]}", "corrupt")]
    [InlineData("{\"format\":\"doccheck-quantity-roles\",\"formatVersion\":1,\"featureVersion\":1,\"hashBits\":12,\"classes\":[\"Other\",\"Target\"],\"weights\":[]}", "classes differ")]
    [InlineData("{\"format\":\"doccheck-quantity-roles\",\"formatVersion\":1,\"featureVersion\":1,\"hashBits\":12,\"classes\":[\"Other\",\"Target\",\"Baseline\",\"Requirement\"],\"weights\":[[\"x\",1,2,3,4]]}", "corrupt")]
    [InlineData("{\"format\":\"doccheck-quantity-roles\",\"formatVersion\":1,\"featureVersion\":1,\"hashBits\":12,\"classes\":[\"Other\",\"Target\",\"Baseline\",\"Requirement\"],\"keepRuleRoles\":[\"Nope\"],\"appliesTo\":[\"KH\"],\"weights\":[]}", "corrupt")]
    [InlineData("{\"format\":\"doccheck-quantity-roles\",\"formatVersion\":1,\"featureVersion\":1,\"hashBits\":12,\"classes\":[\"Other\",\"Target\",\"Baseline\",\"Requirement\"],\"keepRuleRoles\":[],\"weights\":[]}", "no appliesTo")]
    public void A_broken_model_file_is_refused_with_a_reason_never_an_exception(string content, string expected)
    {
        string path = Path.Combine(_dir, "bad.json");
        // The cases are written for feature version 1; each but the mismatch case carries today's version, so that
        // the damage it shows is the one refused.
        content = content.Replace("\"featureVersion\":1,", $"\"featureVersion\":{RoleFeatures.Version},", StringComparison.Ordinal);
        if (content != "missing") File.WriteAllText(path, content, new UTF8Encoding(false));
        Assert.False(RoleModel.TryLoad(path, out var model, out string reason));
        Assert.Null(model);
        Assert.Contains(expected, reason);
    }

    [Fact]
    public void Metrics_follow_the_confusion_matrix()
    {
        var m = RoleEvaluation.Of([.. new[] {
            (QuantityRole.Target, QuantityRole.Target), (QuantityRole.Target, QuantityRole.Target), (QuantityRole.Target, QuantityRole.Baseline),
            (QuantityRole.Baseline, QuantityRole.Baseline), (QuantityRole.Other, QuantityRole.Target),
        }.Select(p => (p.Item1, RoleEvaluation.OneHot(p.Item2)))]);
        Assert.Equal(0.6, m.MicroAccuracy, 6);
        Assert.Equal(2.0 / 3, m.Of(QuantityRole.Target).Precision, 6);
        Assert.Equal(2.0 / 3, m.Of(QuantityRole.Target).Recall, 6);
        Assert.Equal(0.5, m.Of(QuantityRole.Baseline).Precision, 6);
        Assert.Equal(1.0, m.Of(QuantityRole.Baseline).Recall, 6);
        Assert.Equal(0, m.Of(QuantityRole.Other).F1);
        Assert.Equal(2, m.Confusion[1, 1]); // Classes order: Other, Target, Baseline, Requirement
        Assert.Equal(1, m.Confusion[0, 1]);
        // Requirement has no gold labels: it is left out of the macro average.
        Assert.Equal((2.0 / 3 + 2.0 / 3 + 0) / 3, m.MacroF1, 6);
    }

    [Fact]
    public void Cross_validation_keeps_each_document_in_one_fold()
    {
        var cv = RoleTrainingService.CrossValidate(Toy(), NoKeep, folds: 5);
        Assert.Equal(Toy().Count, cv.System.Count);
        Assert.Equal(Toy().Count, cv.Rules.Count);
        Assert.True(cv.System.MicroAccuracy > cv.Rules.MicroAccuracy, $"model {cv.System.MicroAccuracy} rules {cv.Rules.MicroAccuracy}");
    }

    [Fact]
    public void The_exported_weights_decide_as_the_MLNET_model_on_every_example()
    {
        var options = NoKeep;
        var learned = RoleLearner.Train(Toy(), options);
        var exported = learned.Export();
        var examples = Toy();
        var ml = learned.Probabilities(examples);
        for (int i = 0; i < examples.Count; i++)
        {
            var p = exported.Probabilities(examples[i].Cues);
            Assert.Equal(RoleEvaluation.ArgMax(ml[i]), RoleEvaluation.ArgMax([.. p.Select(x => (float)x)]));
            for (int c = 0; c < p.Length; c++) Assert.Equal(ml[i][c], p[c], 4);
        }
    }

    [Fact]
    public void A_tree_ensemble_is_measured_but_never_exported()
    {
        var o = NoKeep with { Trainer = RoleTrainerKind.LightGbm, Trees = 5, MinLeaf = 1 };
        Assert.False(o.Exportable);
        Assert.Throws<InvalidOperationException>(() => RoleLearner.Train(Toy(), o).Export());
    }

    [Fact]
    public void A_label_file_with_an_unknown_role_names_its_line()
    {
        string path = Path.Combine(_dir, "labels.csv");
        File.WriteAllText(path, "document,line,column,kind,text,quote,role,split,note\ncorpus/x.txt,1,1,Percentage,80%,q,Target,train,\ncorpus/x.txt,2,1,Percentage,80%,q,Goal,train,\n");
        var e = Assert.Throws<FormatException>(() => RoleDataset.ReadLabels(path));
        Assert.Contains(":3:", e.Message);
        Assert.Contains("Goal", e.Message);
    }

    // ---- the committed labels and model ------------------------------------------------------------------------

    private static string LabelsPath => Path.Combine(RepoPaths.RepoRoot, "corpus", "labels", "quantity-roles.csv");
    private static string ModelPath => Path.Combine(RepoPaths.RepoRoot, "models", "quantity-roles.json");

    [Fact]
    public void The_labels_cover_enough_documents_split_by_document_with_short_quotes()
    {
        var labels = RoleDataset.ReadLabels(LabelsPath);
        Assert.True(labels.Count(l => !l.IsNoise) >= 800, $"{labels.Count} labels");
        Assert.True(labels.Select(l => l.Document).Distinct().Count() >= 15);
        Assert.All(labels, l => Assert.True(l.Quote.Length <= 120, $"{l.Document}:{l.Line} quote of {l.Quote.Length}"));
        Assert.All(labels.GroupBy(l => l.Document), g => Assert.Single(g.Select(l => l.Split).Distinct()));
        Assert.Contains(labels, l => l.Split == "test");
        // corpus-ext documents are named by their index.csv path, never by an absolute or ../ path.
        Assert.All(labels, l => Assert.False(l.Document.StartsWith('/') || l.Document.Contains(".."), l.Document));
    }

    [Fact]
    public void The_seed_labels_still_match_what_the_pipeline_extracts()
    {
        // Without ../shared only the seeds resolve; each of their labels must be found at its place with its text.
        var data = RoleDataset.Load(LabelsPath, RepoPaths.RepoRoot, corpusExtRoot: null);
        Assert.DoesNotContain(data.Unmatched, u => u.StartsWith("corpus/", StringComparison.Ordinal));
        Assert.True(data.Train.Count + data.Test.Count > 0);
    }

    [Fact]
    public void On_the_seeds_labels_the_bundled_model_is_right_where_the_rules_were_and_more_often()
    {
        // Runs without ../shared: the seeds' labelled quantities (three of the five seeds are training documents, so
        // this guards against a broken or mis-wired model, it is not the held-out measurement).
        Assert.True(RoleModel.TryLoad(ModelPath, out var model, out string reason), reason);
        var data = RoleDataset.Load(LabelsPath, RepoPaths.RepoRoot, corpusExtRoot: null);
        var seeds = data.Train.Concat(data.Test).ToList();
        Assert.True(seeds.Count > 200, $"{seeds.Count} seed labels");
        int modelRight = seeds.Count(e => model!.Classify(e.Cues) == e.Gold);
        int rulesRight = seeds.Count(e => e.Cues.RuleRole == e.Gold);
        Assert.True(modelRight > rulesRight, $"model {modelRight}, rules {rulesRight} of {seeds.Count}");
        // It only fills in what the rules left as Other: every role the rules gave is kept.
        Assert.All(seeds.Where(e => e.Cues.RuleRole != QuantityRole.Other), e => Assert.Equal(e.Cues.RuleRole, model!.Classify(e.Cues)));
    }

    [Fact]
    public void The_bundled_model_loads_and_was_trained_on_the_committed_labels()
    {
        Assert.True(RoleModel.TryLoad(ModelPath, out var model, out string reason), reason);
        Assert.Equal(RoleModel.Sha256(LabelsPath), (string?)model!.Manifest["training"]!["labelsSha256"]);
        double modelF1 = (double)model.Manifest["heldOut"]!["model"]!["macroF1"]!;
        double rulesF1 = (double)model.Manifest["heldOut"]!["rules"]!["macroF1"]!;
        Assert.True(modelF1 > rulesF1, $"held-out macro-F1 model {modelF1} vs rules {rulesF1}");
    }

    [Fact]
    public void The_seeds_findings_are_the_same_with_and_without_the_model()
    {
        Assert.True(RoleModel.TryLoad(ModelPath, out var model, out string reason), reason);
        var with = new DocumentAnalyzer(model);
        var without = new DocumentAnalyzer();
        foreach (string file in Directory.GetFiles(RepoPaths.Corpus, "*.txt"))
        {
            var a = with.AnalyzeFile(file).Document!;
            var b = without.AnalyzeFile(file).Document!;
            var checkA = new DocCheck.Rules.Linter().Lint(a, new DocCheck.Rules.LintOptions()).Select(f => $"{f.RuleId} {f.Span} {f.Message}");
            var checkB = new DocCheck.Rules.Linter().Lint(b, new DocCheck.Rules.LintOptions()).Select(f => $"{f.RuleId} {f.Span} {f.Message}");
            Assert.Equal(checkB, checkA);
        }
    }

    [Fact]
    public void On_the_seeds_labels_the_exported_weights_and_MLNET_give_the_same_roles()
    {
        // The tool runs the exported weights (no Microsoft.ML at run time, Native AOT keeps working): trained with the
        // shipped settings on the seeds' training labels, both must decide every labelled seed quantity alike.
        var data = RoleDataset.Load(LabelsPath, RepoPaths.RepoRoot, corpusExtRoot: null);
        SameDecisions(data.Train, [.. data.Train, .. data.Test]);
    }

    [SharedFact]
    public void On_every_labelled_example_the_exported_weights_and_MLNET_give_the_same_roles()
    {
        var data = RoleDataset.Load(LabelsPath, RepoPaths.RepoRoot, Path.Combine(RepoPaths.Shared!, "corpus-ext"));
        Assert.Empty(data.MissingDocuments);
        SameDecisions(data.Train, [.. data.Train, .. data.Test]);
    }

    private static void SameDecisions(IReadOnlyList<RoleExample> train, IReadOnlyList<RoleExample> all)
    {
        var options = new RoleTrainingOptions();
        var learned = RoleLearner.Train(train, options);
        var exported = learned.Export();
        // Written and read back as the shipped file is: the rounding of the weights must not change a decision.
        string path = Path.Combine(Path.GetTempPath(), $"doccheck-roles-{Guid.NewGuid():N}.json");
        exported.Save(path);
        Assert.True(RoleModel.TryLoad(path, out var loaded, out string reason), reason);
        File.Delete(path);
        var decided = all.Where(e => loaded!.Covers(e.Cues) && !loaded.KeepRuleRoles.Contains(e.Cues.RuleRole)).ToList();
        Assert.NotEmpty(decided);
        var ml = learned.Probabilities(decided);
        for (int i = 0; i < decided.Count; i++)
            Assert.True(RoleModel.Classes[RoleEvaluation.ArgMax(ml[i])] == loaded!.Classify(decided[i].Cues), $"{decided[i].Document}: «{decided[i].Cues.Text}» Microsoft.ML {string.Join(",", ml[i])}");
    }

    [SharedFact]
    public void On_the_held_out_documents_the_model_beats_the_rules_as_its_manifest_says()
    {
        Assert.True(RoleModel.TryLoad(ModelPath, out var model, out string reason), reason);
        var data = RoleDataset.Load(LabelsPath, RepoPaths.RepoRoot, Path.Combine(RepoPaths.Shared!, "corpus-ext"));
        Assert.Empty(data.MissingDocuments);
        var c = RoleTrainingService.Evaluate(model!, data.Test);
        Assert.Equal((double)model!.Manifest["heldOut"]!["model"]!["macroF1"]!, Math.Round(c.System.MacroF1, 4));
        Assert.Equal((double)model.Manifest["heldOut"]!["rules"]!["macroF1"]!, Math.Round(c.Rules.MacroF1, 4));
        Assert.True(c.System.MacroF1 > c.Rules.MacroF1);
    }
}
