using System.Text.RegularExpressions;

namespace DocCheck.Extraction.Quantities.Roles;

/// <summary>
/// The role by rules over a value's clause: a requirement (a band or scoring rule: "(trên 85%): 0,5 điểm"), a target
/// ("phấn đấu", "Mục tiêu", "đạt … trở lên" in a plan), a baseline (a past result: "năm 2016 đạt 5,19 điểm", "chỉ
/// đạt", and what a report says was reached) or other. It is the role where no learned model decides (none loaded,
/// or a document type the model was not trained on), and the model sees it as <see cref="RoleCues.RuleRole"/> and
/// keeps it where the rules are precise (<see cref="RoleModel.KeepRuleRoles"/>). Stateless and thread-safe.
/// </summary>
public sealed partial class RuleRoleClassifier : IRoleClassifier
{
    /// <summary>The one instance (the classifier has no state).</summary>
    public static RuleRoleClassifier Instance { get; } = new();

    /// <summary>"rules", as <see cref="Pipeline.DocumentAnalyzer.Signature"/> names an analysis without a model.</summary>
    public string Identity => "rules";

    /// <summary>The rules' role from the cues; <see cref="RoleCues.RuleRole"/> itself is not read.</summary>
    public QuantityRole Classify(RoleCues cues) =>
        Decide(cues.Kind, cues.Text, cues.Before, cues.After, cues.GoalSection, cues.Report, cues.YearBefore, cues.PlanYear);

    /// <summary>
    /// The same decision from the parts of the cues, for the extractor: it builds the cues only when a learned model
    /// will read them.
    /// </summary>
    internal static QuantityRole Decide(QuantityKind kind, string text, string before, string after, bool goalSection, bool report, int? yearBefore, int? planYear)
    {
        // A past result: "chỉ đạt", "đã đạt", or "năm 2016 đạt …" for a year before the plan's (or, when the plan's
        // year is unknown, a clause that opens with the year: "(năm 2016 đạt 5,19 điểm …").
        bool yearResult = YearResult().IsMatch(before);
        bool past = PastResult().IsMatch(before)
            || (yearResult && yearBefore is { } yb && (planYear is { } py ? yb < py : StartsWithYear().IsMatch(before)));
        bool afterColon = EndsWithColon().IsMatch(before);
        bool explicitGoal = ExplicitGoal().IsMatch(before) || goalSection;
        bool resultAfter = ResultAfter().IsMatch(after) || (report && AgainstPlanAfter().IsMatch(after));
        if (kind is QuantityKind.Percentage && (ColonThenNumber().IsMatch(after) || Band().IsMatch(before + text + after)))
            return QuantityRole.Requirement;
        if (Share().IsMatch(before) || NotYetReached().IsMatch(before)
            || (kind == QuantityKind.Score && ScoreAdjustment().IsMatch(before)))
            return QuantityRole.Other; // a share reported, "chưa đạt …", points added or taken by a scoring rule
        if (InStatedGoal().IsMatch(before))
            return QuantityRole.Target; // "(chỉ tiêu đề ra là tối thiểu 50%)"
        if (resultAfter || (report && !explicitGoal && kind is QuantityKind.Percentage or QuantityKind.Score or QuantityKind.Rank && ResultVerb().IsMatch(before)))
            return QuantityRole.Baseline;
        if (kind is QuantityKind.Score && afterColon && !past)
            return QuantityRole.Target; // "- Tỷ lệ … đạt 100%: 1 điểm" — the points the plan aims for
        if (past && kind is QuantityKind.Score or QuantityKind.Rank or QuantityKind.Percentage or QuantityKind.Count)
            return QuantityRole.Baseline;
        if (kind is QuantityKind.Score or QuantityKind.Rank or QuantityKind.Percentage && (explicitGoal || (!report && GoalWord().IsMatch(before))))
            return QuantityRole.Target;
        return QuantityRole.Other;
    }

    // Fixed patterns once compiled by the source generator: as Regex.IsMatch(text, pattern) calls, more than the
    // static regex cache holds (15) were in the per-quantity loop, so each call parsed its pattern again.
    [GeneratedRegex(@"năm\s+\d{4}\s+(?:chỉ\s+)?đạt", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex YearResult();

    [GeneratedRegex(@"^\s*năm\s+\d{4}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex StartsWithYear();

    [GeneratedRegex(@":\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EndsWithColon();

    [GeneratedRegex(@"^\s*\)?\s*:\s*\d", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ColonThenNumber();

    [GeneratedRegex(@"chưa\s+đạt\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex NotYetReached();

    [GeneratedRegex(@"(?:\bcộng\b|\btrừ\b|thì\s+tiêu\s+chí\s+này\s+đạt|(?:được|bị)\s+(?:cộng|trừ))[^.;]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ScoreAdjustment();

    [GeneratedRegex(@"\bđạt\b|\btăng\b|\bgiảm\b|\bvượt\b|\bbằng\b|\bước\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ResultVerb();

    [GeneratedRegex(@"(?:chỉ\s+đạt|đã\s+đạt|đạt\s+được|ước\s+đạt|ước\s+vượt|hiện\s+đạt|hiện\s+nay\s+đạt|lũy\s+kế|ước\s+thực\s+hiện)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex PastResult();

    /// <summary>Words that say a value is aimed for, in any kind of document.</summary>
    [GeneratedRegex(@"(?:phấn\s+đấu|phân\s+đấu|mục\s+tiêu|chỉ\s+tiêu|dự\s+kiến|kế\s+hoạch\s+năm\s+\d{4}|đến\s+năm\s+\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ExplicitGoal();

    /// <summary>After a value: it was measured against a goal ("vượt kế hoạch", "so với chỉ tiêu", "so cùng kỳ").</summary>
    [GeneratedRegex(@"^[^.;]{0,25}?(?:vượt\s+kế\s+hoạch|so\s+với\s+(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán|cùng\s+kỳ)|so\s+cùng\s+kỳ|\(\s*chỉ\s+tiêu)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ResultAfter();

    /// <summary>After a value, in a report: measured against the plan ("đạt 100% kế hoạch", "102,70% dự toán"); in a plan the same words set the goal.</summary>
    [GeneratedRegex(@"^[^.;]{0,25}?(?:dự\s+toán|kế\s+hoạch)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex AgainstPlanAfter();

    /// <summary>A band of a classification: "chỉ số đạt từ 65% đến dưới 80%", "đạt từ 80% trở lên, chiếm tỷ lệ …".</summary>
    [GeneratedRegex(@"(?:từ\s+\d+(?:[.,]\d+)?\s*%?\s*(?:đến|-|–)\s*dưới|đạt\s+dưới\s+\d|trở\s+lên\s*,\s*chiếm|xếp\s+loại|trường\s+hợp\s+(?:đạt\s+)?(?:dưới|từ|trên|đạt)|%\s*(?:thì\s+[^.;]{0,30})?(?:cộng|trừ)\s+\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Band();

    /// <summary>A share of a whole, reported: "chiếm (tỷ lệ) 34,86%".</summary>
    [GeneratedRegex(@"chiếm(?:\s+tỷ\s+lệ)?\s*(?:khoảng\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Share();

    /// <summary>The goal a result is compared with: "(chỉ tiêu đề ra là tối thiểu 50%)".</summary>
    [GeneratedRegex(@"chỉ\s+tiêu\s+(?:đề\s+ra|giao|kế\s+hoạch)?\s*(?:là\s+)?(?:tối\s+thiểu\s+|ít\s+nhất\s+|trên\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex InStatedGoal();

    [GeneratedRegex(@"(?:phấn\s+đấu|phân\s+đấu|mục\s+tiêu|chỉ\s+tiêu|đảm\s+bảo|bảo\s+đảm|nâng|giữ|duy\s+trì|hoàn\s+thành|đạt)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex GoalWord();
}
