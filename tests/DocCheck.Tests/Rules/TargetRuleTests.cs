using static DocCheck.Tests.Rules.RuleTestKit;

namespace DocCheck.Tests.Rules;

/// <summary>DC4001–DC4008: targets, scores, ranks, ranges, totals and counts.</summary>
public class TargetRuleTests
{
    private static string Plan(string text) => Doc(Preamble +
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục tiêu\n" + text + "\nII. NHIỆM VỤ\n1. Cải cách thể chế\nRà soát văn bản quy phạm pháp luật.\n");

    // ---- DC4001 proportion above 100%

    [Theory]
    [InlineData("Phấn đấu có «trên 100%» cán bộ, công chức được đánh giá hoàn thành tốt nhiệm vụ trở lên.")]
    [InlineData("Nâng tỷ lệ công bố hệ thống quản lý chất lượng lên «trên 100%» đối với cấp tỉnh.")]
    [InlineData("Phấn đấu đạt «105%» cán bộ, công chức được bồi dưỡng kiến thức quản lý nhà nước.")]
    public void DC4001_fires_on_a_share_above_the_whole(string text) => AssertFires("DC4001", Plan(text));

    [Theory]
    [InlineData("Thu ngân sách tăng 120% so với năm 2017.")]
    [InlineData("Phấn đấu 100% cán bộ, công chức được đánh giá hoàn thành nhiệm vụ.")]
    [InlineData("Giải ngân vốn đầu tư công đạt 102% kế hoạch.")]
    [InlineData("Phấn đấu có trên 95% hồ sơ được giải quyết đúng hạn.")]
    [InlineData("Phấn đấu tổng tỷ lệ các nhóm chỉ tiêu đạt từ 61% đến 121%.")]
    [InlineData("Phấn đấu thu ngân sách đạt 105% dự toán.")]
    public void DC4001_is_silent_on_growth_whole_shares_and_ratios_to_a_plan(string text) => AssertSilent("DC4001", Plan(text));

    // ---- DC4002 score above its maximum

    [Theory]
    [InlineData("Phấn đấu Chỉ số cải cách hành chính đạt «9,5/8 điểm» tối đa.")]
    [InlineData("Mục tiêu cụ thể: đạt «7/6,5 điểm» của tiêu chí này năm 2018.")]
    public void DC4002_fires_on_a_score_above_its_maximum(string text) => AssertFires("DC4002", Plan(text));

    [Theory]
    [InlineData("Mục tiêu cụ thể: đạt tối thiểu từ 7/8,5 điểm tối đa trở lên của tiêu chí này năm 2018.")]
    [InlineData("Phấn đấu đạt 8.5/9 điểm; năm 2016 chỉ đạt 0/1.5 điểm.")]
    [InlineData("Phấn đấu đạt 9,5 điểm.")]
    public void DC4002_is_silent_on_scores_within_their_maximum(string text) => AssertSilent("DC4002", Plan(text));

    // ---- DC4003 rank outside 1..N

    [Theory]
    [InlineData("Phấn đấu xếp hạng «65/63 tỉnh/thành» năm 2018.")]
    [InlineData("Phấn đấu xếp hạng «0/63 tỉnh, thành phố».")]
    public void DC4003_fires_on_a_rank_outside_the_field(string text) => AssertFires("DC4003", Plan(text));

    [Theory]
    [InlineData("Phấn đấu xếp hạng 36/63 tỉnh/thành năm 2018.")]
    [InlineData("Năm 2016 xếp hạng 63/63 tỉnh/thành; phấn đấu năm 2018 xếp hạng 1/63 tỉnh/thành.")]
    [InlineData("Chỉ số PAR INDEX của xã giữ thứ hạng ổn định (4/19 xã, thị trấn).")]
    public void DC4003_is_silent_on_ranks_in_range(string text) => AssertSilent("DC4003", Plan(text));

    // ---- DC4004 inverted range

    [Theory]
    [InlineData("Phấn đấu đạt «từ 30 đến 20%» số hồ sơ trực tuyến.")]
    [InlineData("Rút ngắn «từ 50% đến 40%» thời gian giải quyết thủ tục hành chính.")]
    public void DC4004_fires_on_an_inverted_range(string text) => AssertFires("DC4004", Plan(text));

    [Theory]
    [InlineData("Rút ngắn từ 20 đến 30% thời gian giải quyết thủ tục hành chính.")]
    [InlineData("Giảm tỷ lệ hồ sơ trễ hạn từ 30% xuống 20%.")]
    [InlineData("Phấn đấu 30% trở lên số hồ sơ được nộp trực tuyến.")]
    public void DC4004_is_silent_on_ordered_ranges_and_decreases(string text) => AssertSilent("DC4004", Plan(text));

    // ---- DC4005 target worse than its baseline

    [Fact]
    public void DC4005_fires_on_a_rank_target_below_the_rank_reached()
    {
        var run = AssertFires("DC4005", Plan(
            "Mục tiêu cụ thể: tiếp tục nâng cao kết quả nội dung này so với năm 2016 (năm 2016 đạt 5,15 điểm, xếp hạng 41/63 tỉnh/thành) và phấn đấu xếp hạng «46/63 tỉnh/thành» năm 2018."));
        Assert.Equal("41/63 tỉnh/thành", RelatedText(run, Single(run, "DC4005")));
    }

    [Fact]
    public void DC4005_fires_on_a_score_target_below_the_score_reached() =>
        AssertFires("DC4005", Plan(
            "Mục tiêu cụ thể: đạt tối thiểu từ «5/8,5 điểm» tối đa trở lên của tiêu chí này năm 2018 (năm 2016 chỉ đạt 6/8,5 điểm tối đa)."));

    [Theory]
    [InlineData("Mục tiêu cụ thể: tiếp tục nâng cao kết quả nội dung này so với năm 2016 (năm 2016 đạt 5,19 điểm, xếp hạng 41/63 tỉnh/thành) và phấn đấu xếp hạng 36/63 tỉnh/thành năm 2018.")]
    [InlineData("Mục tiêu cụ thể: đạt tối thiểu từ 7/8,5 điểm tối đa trở lên của tiêu chí này năm 2018 (năm 2016 chỉ đạt 5/8,5 điểm tối đa).")]
    [InlineData("Mục tiêu cụ thể: giữ vững kết quả so với năm 2016 (năm 2016 xếp hạng 41/63 tỉnh/thành) và phấn đấu xếp hạng 41/63 tỉnh/thành năm 2018.")]
    public void DC4005_is_silent_on_targets_that_improve_or_keep(string text) => AssertSilent("DC4005", Plan(text));

    [Fact]
    public void DC4005_is_silent_in_a_report_which_sets_results_beside_their_goals()
    {
        string text = "Mục tiêu cụ thể: tiếp tục nâng cao kết quả nội dung này so với năm 2016 (năm 2016 đạt 5,15 điểm, xếp hạng 41/63 tỉnh/thành) và phấn đấu xếp hạng 46/63 tỉnh/thành năm 2018.";
        AssertFires("DC4005", Plan(text.Replace("46/63 tỉnh/thành", "«46/63 tỉnh/thành»")));
        AssertSilent("DC4005", Doc(Preamble + "I. KẾT QUẢ\n1. Mục tiêu\n" + text + "\n", number: "Số: 12/BC-UBND", typeWord: "BÁO CÁO", title: "Kết quả cải cách hành chính năm 2018"));
    }

    // ---- DC4006 stated total differs from the sum of its items

    private static string Budget(string total, params string[] amounts) =>
        Doc(Preamble + "I. NHIỆM VỤ\n1. Tập huấn\nTổ chức tập huấn.\nII. KINH PHÍ\n| STT | Nội dung | Kinh phí (đồng) |\n|---|---|---|\n" +
            string.Concat(amounts.Select((a, i) => $"| {i + 1} | Nội dung số {i + 1} của kế hoạch | {a} |\n")) +
            $"| Tổng cộng | | {total} |\n");

    [Fact]
    public void DC4006_fires_on_a_total_that_is_not_the_sum()
    {
        var run = AssertFires("DC4006", Budget("«150.000.000»", "100.000.000", "60.000.000"));
        var f = Single(run, "DC4006");
        Assert.Contains("160.000.000", f.Message);
        Assert.Equal(["100.000.000", "60.000.000"], f.Related.Select(r => run.Quote(r.Span)));
    }

    [Fact]
    public void DC4006_fires_on_the_seed_budget_in_small() =>
        AssertFires("DC4006", Budget("«1.752.580.000»", "158.580.000", "444.000.000", "200.000.000", "1.045.000.000"));

    [Theory]
    [InlineData("160.000.000", new[] { "100.000.000", "60.000.000" })]
    [InlineData("1.847.580.000", new[] { "158.580.000", "444.000.000", "200.000.000", "1.045.000.000" })]
    [InlineData("90.000.000", new[] { "90.000.000" })] // one item: nothing to add up
    public void DC4006_is_silent_when_the_items_add_up(string total, string[] amounts) => AssertSilent("DC4006", Budget(total, amounts));

    // ---- DC4007 amount in digits differs from the amount in words

    [Theory]
    [InlineData("Tổng kinh phí thực hiện: 1.752.580.000 đồng («Một tỷ, tám trăm năm mươi hai triệu, năm trăm tám mươi ngàn đồng»).")]
    [InlineData("Kinh phí hỗ trợ: 50.000.000 đồng (Bằng chữ: «Năm triệu đồng»).")]
    public void DC4007_fires_on_words_that_say_another_amount(string text) => AssertFires("DC4007", Plan(text));

    [Theory]
    [InlineData("Tổng kinh phí thực hiện: 1.752.580.000 đồng (Một tỷ, bảy trăm năm mươi hai triệu, năm trăm tám mươi ngàn đồng).")]
    [InlineData("Kinh phí hỗ trợ: 50.000.000 đồng (Bằng chữ: Năm mươi triệu đồng).")]
    [InlineData("Kinh phí: 70.000.000 đồng, lấy từ nguồn ngân sách tỉnh được giao trong dự toán chi thường xuyên hằng năm của các cơ quan, đơn vị (Năm triệu đồng cho mỗi lớp).")]
    public void DC4007_is_silent_when_words_match_or_stand_far_away(string text) => AssertSilent("DC4007", Plan(text));

    // ---- DC4008 stated count differs from the items listed

    [Fact]
    public void DC4008_fires_on_the_count_after_three_indices()
    {
        var run = AssertFires("DC4008", Plan(
            "Cải thiện các Chỉ số PAR INDEX, PAPI, PCI của tỉnh; phấn đấu tăng tối thiểu 05 bậc trên Bảng xếp hạng của «cả 02 Chỉ số này»."));
        Assert.Equal("PAR INDEX, PAPI, PCI", RelatedText(run, Single(run, "DC4008")));
    }

    [Fact]
    public void DC4008_fires_on_a_count_in_words() =>
        AssertFires("DC4008", Plan("Nâng cao các Chỉ số SIPAS và PAPI; kết quả của «ba Chỉ số này» được công bố hằng năm."));

    [Fact]
    public void DC4008_fires_on_a_bare_count_and_covers_only_the_count() =>
        AssertFires("DC4008", Plan("Nâng cao các Chỉ số SIPAS, PAPI và PCI; công bố kết quả «02 Chỉ số này» hằng năm."));

    [Theory]
    [InlineData("Cải thiện các Chỉ số PAR INDEX và PAPI của tỉnh; phấn đấu tăng tối thiểu 05 bậc trên Bảng xếp hạng của cả 02 Chỉ số này.")]
    [InlineData("Cải thiện các Chỉ số PAR INDEX, PAPI, PCI của tỉnh; phấn đấu tăng bậc trên Bảng xếp hạng của cả 03 Chỉ số này.")]
    [InlineData("Tập trung thực hiện 02 nhiệm vụ trọng tâm; các sở, ngành phối hợp thực hiện 02 nhiệm vụ này.")] // no list to count
    public void DC4008_is_silent_when_the_count_matches_or_nothing_is_listed(string text) => AssertSilent("DC4008", Plan(text));

    [Fact]
    public void DC4008_is_silent_on_a_list_in_another_paragraph() =>
        AssertSilent("DC4008", Plan("Cải thiện các Chỉ số PAR INDEX, PAPI, PCI của tỉnh.\n2. Yêu cầu\nTheo dõi kết quả của cả 02 Chỉ số này."));
}
