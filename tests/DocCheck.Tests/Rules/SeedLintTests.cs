using System.Text.RegularExpressions;
using DocCheck.Pipeline;
using DocCheck.Rules;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Rules;

/// <summary>
/// The defects the five seeds really contain (../shared/DOMAIN.md, "Defects the seeds really contain", and
/// corpus/README.md) are each caught by their rule, at the right place.
/// </summary>
public class SeedLintTests
{
    private sealed record Hit(Finding Finding, int Line, string Quote, IReadOnlyList<string> Related);

    private static readonly Dictionary<string, IReadOnlyList<Hit>> Cache = new();

    private static IReadOnlyList<Hit> Lint(string seed)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(seed, out var hits)) return hits;
            var doc = Seeds.Get(seed);
            hits = new Linter().Lint(doc, new LintOptions())
                .Select(f => new Hit(f, Line(doc, f.Span.Start), Quote(doc, f.Span), f.Related.Select(r => Quote(doc, r.Span)).ToList()))
                .ToList();
            Cache[seed] = hits;
            return hits;
        }
    }

    private static int Line(AnalyzedDocument doc, int offset) => doc.Normalized.SourcePosition(offset).Line;

    // Portal text is hard-wrapped inside phrases: compare quotes with their whitespace collapsed.
    private static string Quote(AnalyzedDocument doc, DocCheck.Text.TextSpan span) => Regex.Replace(doc.Normalized.Quote(span), @"\s+", " ");

    private static IReadOnlyList<Hit> Of(string seed, string ruleId) => Lint(seed).Where(h => h.Finding.RuleId == ruleId).ToList();

    /// <summary>1-based numbers of the source lines matching a pattern.</summary>
    private static int[] SourceLines(string seed, string pattern) =>
        File.ReadAllLines(RepoPaths.CorpusFile(seed)).Select((l, i) => (l, i)).Where(x => Regex.IsMatch(x.l, pattern)).Select(x => x.i + 1).ToArray();

    private static int SourceLine(string seed, string pattern) => Assert.Single(SourceLines(seed, pattern));

    // ---- seed 003: the Ba Giang draft

    [Fact]
    public void BaGiang_draft_has_a_blank_number_and_an_incomplete_date()
    {
        var number = Assert.Single(Of(Seeds.BaGiangDraft, "DC1001"));
        Assert.Equal("Số: /KH-UBND", number.Quote);
        Assert.Equal(RuleLevel.Error, number.Finding.Level);
        var date = Assert.Single(Of(Seeds.BaGiangDraft, "DC1002"));
        Assert.Equal("Ba Giang, ngày tháng 02 năm 2023", date.Quote);
        Assert.Contains("thiếu ngày", date.Finding.Message);
    }

    [Fact]
    public void BaGiang_draft_misspells_phan_dau()
    {
        var hit = Assert.Single(Of(Seeds.BaGiangDraft, "DC5002"), h => h.Quote == "Phân đấu");
        Assert.Equal(SourceLine(Seeds.BaGiangDraft, "^- Phân đấu trong năm 2023"), hit.Line);
        Assert.Equal("Phấn đấu", hit.Finding.Fix!.Replacement);
    }

    // ---- seed 000: Kon Tum 497/KH-UBND

    [Fact]
    public void KonTum497_has_a_share_above_100_percent()
    {
        var hit = Assert.Single(Of(Seeds.KonTum497, "DC4001"));
        Assert.Equal("trên 100%", hit.Quote);
        Assert.Equal(SourceLine(Seeds.KonTum497, "lên trên 100% đối với"), hit.Line);
    }

    [Fact]
    public void KonTum497_uses_b_twice_under_1_3()
    {
        var hit = Assert.Single(Of(Seeds.KonTum497, "DC1005"));
        Assert.Equal("b)", hit.Quote);
        int under = SourceLine(Seeds.KonTum497, @"^1\.3\.$"), next = SourceLine(Seeds.KonTum497, @"^1\.4\.$");
        Assert.InRange(hit.Line, under, next);
        Assert.Equal(SourceLine(Seeds.KonTum497, "^b\\) Đề nghị Ủy ban Mặt"), hit.Line);
    }

    [Fact]
    public void KonTum497_counts_two_indices_after_listing_three()
    {
        var hit = Assert.Single(Of(Seeds.KonTum497, "DC4008"));
        Assert.Equal("cả 02 Chỉ số này", hit.Quote);
        Assert.Equal(["PAR INDEX, PAPI, PCI"], hit.Related);
    }

    [Fact]
    public void KonTum497_cites_225_once_so_no_conflict_inside_it() => Assert.Empty(Of(Seeds.KonTum497, "DC2001"));

    // ---- seed 002: Nghệ An outlines

    [Fact]
    public void NgheAn_cites_225_QD_TTg_with_two_dates()
    {
        var hit = Assert.Single(Of(Seeds.NgheAnDeCuong, "DC2001"));
        Assert.Equal("ngày 04/12/2016", hit.Quote);
        Assert.Contains("225/QĐ-TTg", hit.Finding.Message);
        Assert.Equal(SourceLine(Seeds.NgheAnDeCuong, "^Căn cứ Quyết định số 225/QĐ-TTg ngày 04/12/2016"), hit.Line);
        Assert.Equal(["ngày 04/02/2016"], hit.Related);
    }

    [Fact]
    public void NgheAn_has_a_share_above_100_percent()
    {
        var hit = Assert.Single(Of(Seeds.NgheAnDeCuong, "DC4001"));
        Assert.Equal("trên 100%", hit.Quote);
        Assert.Equal(SourceLine(Seeds.NgheAnDeCuong, "có trên 100% cán bộ, công chức"), hit.Line);
    }

    [Fact]
    public void NgheAn_outline_numbering_slips()
    {
        var hits = Of(Seeds.NgheAnDeCuong, "DC1005");
        Assert.Equal(["2.1.2.2.", "VI."], hits.Select(h => h.Quote));
        Assert.Equal(SourceLine(Seeds.NgheAnDeCuong, @"^2\.1\.2\.2\. "), hits[0].Line);
        Assert.Contains("3.1.2", hits[0].Finding.Message);
        Assert.Equal(SourceLine(Seeds.NgheAnDeCuong, @"^VI\. "), hits[1].Line);
    }

    [Fact]
    public void NgheAn_cites_directive_26_without_a_date_at_first_mention()
    {
        var hit = Assert.Single(Of(Seeds.NgheAnDeCuong, "DC2006"), h => h.Quote == "26/CT-TTg");
        Assert.Contains("ngày ban hành", hit.Finding.Message);
        Assert.Equal(RuleLevel.Info, hit.Finding.Level);
    }

    [Fact]
    public void NgheAn_template_blank_is_not_a_placeholder()
    {
        // "tại ……………… giai đoạn 2018-2020" stands in the ĐỀ CƯƠNG ĐỀ ÁN MẪU, a model outline each district fills in
        // with its own name: the blank is the template, not an oversight, so DC5003 stays silent there.
        Assert.Empty(Of(Seeds.NgheAnDeCuong, "DC5003"));
    }

    // ---- seed 001: Tây Ninh 2818/QĐ-UBND with its 2021 plan

    [Fact]
    public void TayNinh_2021_plan_has_rows_set_in_2020()
    {
        var hits = Of(Seeds.TayNinh2818, "DC3003");
        Assert.Equal(SourceLines(Seeds.TayNinh2818, "^(?:Trong|Thường xuyên trong) năm 2020$"), hits.Select(h => h.Line));
        Assert.All(hits, h => Assert.Equal("năm 2020", h.Quote));
        Assert.All(hits, h => Assert.Equal(["NĂM 2021"], h.Related));
    }

    [Fact]
    public void TayNinh_budget_total_is_not_the_sum_of_its_rows()
    {
        var hit = Assert.Single(Of(Seeds.TayNinh2818, "DC4006"));
        Assert.Equal("1.752.580.000", hit.Quote);
        Assert.Contains("1.847.580.000", hit.Finding.Message);
        Assert.Contains("95.000.000", hit.Finding.Message);
        Assert.Empty(Of(Seeds.TayNinh2818, "DC4007")); // the words match the stated total
    }

    [Fact]
    public void TayNinh_writes_ngay_for_ngay_before_a_date()
    {
        var hit = Assert.Single(Of(Seeds.TayNinh2818, "DC5002"), h => h.Quote == "ngay");
        Assert.Equal(SourceLine(Seeds.TayNinh2818, "1291/QĐ-TTg ngay 07/10/2019"), hit.Line);
        Assert.Equal("ngày", hit.Finding.Fix!.Replacement);
    }

    // ---- seed 004: Kon Tum, implementing 51-CTr/TU (no header in the file)

    [Fact]
    public void KonTum51_without_a_header_reports_no_header_findings()
    {
        Assert.Empty(Of(Seeds.KonTum51, "DC1001"));
        Assert.Empty(Of(Seeds.KonTum51, "DC1002"));
        Assert.Empty(Of(Seeds.KonTum51, "DC1003"));
        Assert.Empty(Of(Seeds.KonTum51, "DC1004"));
    }

    [Fact]
    public void KonTum51_internal_references_all_resolve() => Assert.Empty(Of(Seeds.KonTum51, "DC1006"));

    [Fact]
    public void KonTum51_with_a_reference_to_point_9_of_part_II_is_caught()
    {
        string text = File.ReadAllText(RepoPaths.CorpusFile(Seeds.KonTum51));
        Assert.Contains("các điểm 3, 4, 5, 6, 7, 8 Mục II", text);
        var run = RuleTestKit.AssertFires("DC1006", text.Replace("các điểm 3, 4, 5, 6, 7, 8 Mục II", "«các điểm 3, 4, 5, 6, 7, 8, 9 Mục II»"));
        Assert.Contains("Mục II có 8 điểm", RuleTestKit.Single(run, "DC1006").Message);
    }
}
