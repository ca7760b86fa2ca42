using DocCheck.Rules;
using static DocCheck.Tests.Rules.RuleTestKit;

namespace DocCheck.Tests.Rules;

/// <summary>What LintOptions change: message language, rule levels (null = off), MinLevel, Period and ReferenceDate.</summary>
public class LintOptionsTests
{
    private static readonly string OverHundred = Doc(Preamble +
        "I. MỤC TIÊU\nPhấn đấu có «trên 100%» cán bộ, công chức được đánh giá hoàn thành tốt nhiệm vụ.\n" +
        "II. NHIỆM VỤ\nThực hiện nghiêm Chỉ thị số 26/CT-TTg của Thủ tướng Chính phủ.\n");

    private static LintOptions Levels(string id, RuleLevel? level) => new() { Levels = new Dictionary<string, RuleLevel?> { [id] = level } };

    // ---- language

    [Fact]
    public void Messages_are_Vietnamese_by_default()
    {
        Assert.Equal("vi", new LintOptions().Lang);
        var run = AssertFires("DC4001", OverHundred);
        Assert.Equal("Tỷ lệ \"trên 100%\" vượt quá 100% của tổng thể", Single(run, "DC4001").Message);
        Assert.Equal("Lần đầu dẫn 26/CT-TTg nên ghi đủ ngày ban hành", Single(run, "DC2006").Message);
    }

    [Fact]
    public void Messages_are_English_with_lang_en()
    {
        var run = AssertFires("DC4001", OverHundred, new LintOptions { Lang = "en" });
        Assert.Equal("Proportion \"trên 100%\" exceeds 100% of a whole", Single(run, "DC4001").Message);
        Assert.Equal("The first citation of 26/CT-TTg should give its issue date", Single(run, "DC2006").Message);
    }

    [Fact]
    public void Header_messages_follow_the_language_too()
    {
        string draft = Doc(Preamble + "I. NHIỆM VỤ\nRà soát văn bản.\n", placeDate: "«Ba Giang, ngày tháng 02 năm 2023»");
        Assert.Equal("Ngày ban hành chưa đủ: \"Ba Giang, ngày tháng 02 năm 2023\" (thiếu ngày)", Single(AssertFires("DC1002", draft), "DC1002").Message);
        Assert.Equal("Issue date incomplete: \"Ba Giang, ngày tháng 02 năm 2023\" (missing day)",
            Single(AssertFires("DC1002", draft, new LintOptions { Lang = "en" }), "DC1002").Message);
    }

    // ---- levels

    [Fact]
    public void A_rule_mapped_to_null_is_off()
    {
        Assert.NotEmpty(Lint(OverHundred).Of("DC4001"));
        var run = AssertSilent("DC4001", OverHundred, Levels("DC4001", null));
        Assert.NotEmpty(run.Of("DC2006")); // the other rules still run
    }

    [Fact]
    public void A_level_override_changes_the_level()
    {
        Assert.Equal(RuleLevel.Info, Single(Lint(OverHundred), "DC4001").Level); // lowered after measuring precision
        Assert.Equal(RuleLevel.Warning, Single(Lint(OverHundred, Levels("DC4001", RuleLevel.Warning)), "DC4001").Level);
        Assert.Equal(RuleLevel.Error, Single(Lint(OverHundred, Levels("DC2006", RuleLevel.Error)), "DC2006").Level);
    }

    [Fact]
    public void MinLevel_filters_lower_levels()
    {
        var warnings = Lint(OverHundred, new LintOptions { MinLevel = RuleLevel.Warning, Levels = new Dictionary<string, RuleLevel?> { ["DC4001"] = RuleLevel.Warning } });
        Assert.Empty(warnings.Of("DC2006"));
        Assert.NotEmpty(warnings.Of("DC4001"));
        Assert.All(warnings.Findings, f => Assert.True(f.Level >= RuleLevel.Warning));

        var errors = Lint(OverHundred, new LintOptions { MinLevel = RuleLevel.Error, Levels = new Dictionary<string, RuleLevel?> { ["DC2006"] = RuleLevel.Error } });
        Assert.NotEmpty(errors.Of("DC2006")); // MinLevel applies to the configured level
        Assert.All(errors.Findings, f => Assert.Equal(RuleLevel.Error, f.Level));
    }

    // ---- period

    private static string TablePlan(string title, params string[] whens) => TablePlanAfter(Preamble, title, whens);

    private static string TablePlanAfter(string preamble, string title, params string[] whens) => Doc(preamble + "I. NHIỆM VỤ\n| STT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện |\n|---|---|---|---|\n" +
        string.Concat(whens.Select((w, i) => $"| {i + 1} | Nhiệm vụ cải cách hành chính số {i + 1} | Sở Nội vụ | {w} |\n")), title: title);

    [Fact]
    public void Period_override_replaces_the_title_period_for_DC3003()
    {
        AssertFires("DC3003", TablePlan("Cải cách hành chính năm 2018", "Trong năm 2018", "Trong «năm 2019»"));
        AssertSilent("DC3003", TablePlan("Cải cách hành chính năm 2018", "Trong năm 2018", "Trong năm 2019"), new LintOptions { Period = (2018, 2019) });
        AssertFires("DC3003", TablePlan("Cải cách hành chính năm 2018", "Trong «năm 2018»", "Trong năm 2019"), new LintOptions { Period = (2019, 2020) });
    }

    [Fact]
    public void Period_override_gives_a_period_to_a_plan_whose_title_has_none()
    {
        // Neither the title nor the sentence that issues the plan gives a period (the Preamble's does: "năm 2018 như sau:").
        string text = TablePlanAfter("Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính như sau:\n", "Cải cách hành chính", "Trong năm 2018", "Trong «năm 2017»");
        AssertSilent("DC3003", text);
        AssertFires("DC3003", text, new LintOptions { Period = (2018, 2018) });
    }

    // ---- reference date

    private const string PastDeadline = "I. NHIỆM VỤ\n1. Cải cách thể chế\nRà soát văn bản, hoàn thành trước «ngày 30/01/2018».\n";
    private const string LaterCitation = "Căn cứ Quyết định số 300/QĐ-UBND «ngày 10/5/2018» của Ủy ban nhân dân tỉnh phê duyệt danh mục nhiệm vụ;\n";
    private static readonly LintOptions March2018 = new() { ReferenceDate = new DateOnly(2018, 3, 5) };

    [Fact]
    public void ReferenceDate_stands_for_the_missing_date_of_a_draft_in_DC3002()
    {
        string draft = Doc(Preamble + PastDeadline, placeDate: "Kon Tum, ngày      tháng 3 năm 2018");
        AssertSilent("DC3002", draft);
        AssertFires("DC3002", draft, March2018);
    }

    [Fact]
    public void ReferenceDate_stands_for_the_missing_date_of_a_draft_in_DC2003()
    {
        string draft = Doc(LaterCitation + "I. NHIỆM VỤ\nRà soát văn bản.\n", placeDate: "Kon Tum, ngày      tháng      năm 2018");
        AssertSilent("DC2003", draft);
        AssertFires("DC2003", draft, March2018);
    }

    [Fact]
    public void ReferenceDate_does_not_override_the_document_date()
    {
        var early = new LintOptions { ReferenceDate = new DateOnly(2017, 1, 1) };
        AssertFires("DC3002", Doc(Preamble + PastDeadline), early);
        AssertFires("DC2003", Doc(LaterCitation + "I. NHIỆM VỤ\nRà soát văn bản.\n"), early);
        var late = new LintOptions { ReferenceDate = new DateOnly(2019, 1, 1) };
        AssertSilent("DC3002", Doc(Preamble + "I. NHIỆM VỤ\n1. Cải cách thể chế\nRà soát văn bản, hoàn thành trước ngày 30/6/2018.\n"), late);
    }
}
