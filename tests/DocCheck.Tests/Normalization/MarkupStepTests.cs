using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Tests.Normalization;

public class MarkupStepTests
{
    private static readonly MarkupStep Step = new();

    [Theory]
    [InlineData("**4/19**", "4/19")]
    [InlineData("giữ vững **4/19** xã", "giữ vững 4/19 xã")]
    [InlineData("(*định kỳ*)", "(định kỳ)")]
    [InlineData("*** Công chức Văn phòng – Thống kê:**", "Công chức Văn phòng – Thống kê:")]
    [InlineData("# Tiêu đề", "Tiêu đề")]
    [InlineData("### Tiêu đề", "Tiêu đề")]
    [InlineData("a\n## Tiêu đề", "a\nTiêu đề")]
    [InlineData("* ", "")]                  // a marker with no item text (a cell mark in tariff tables)
    [InlineData("* *", "*")]
    public void Emphasis_and_heading_marks_are_removed(string input, string expected)
    {
        Assert.Equal(expected, Step.Apply(input).Text);
    }

    [Theory]
    [InlineData("3 * 4")]
    [InlineData("#1")]                  // not a heading: no space after the hash
    [InlineData("số # 5")]              // a hash inside a line
    [InlineData("####### x")]          // seven hashes are not a Markdown heading
    [InlineData("Kon Tum, ngày 28")]
    public void Other_stars_and_hashes_are_kept(string input)
    {
        var r = Step.Apply(input);

        Assert.Equal(input, r.Text);
    }

    [Fact]
    public void Text_without_stars_or_hashes_gets_an_identity_map()
    {
        const string input = "Số: 497/KH-UBND";

        var r = Step.Apply(input);

        Assert.Same(input, r.Text);
        Assert.True(r.Map.IsIdentity);
    }

    [Fact]
    public void Kept_text_maps_to_its_own_source_characters()
    {
        const string input = "đạt **4/19** xã";
        var r = Step.Apply(input);

        Assert.Equal("đạt 4/19 xã", r.Text);
        var span = r.Map.MapSpan(new TextSpan(4, 4));
        Assert.Equal(new TextSpan(6, 4), span);
        Assert.Equal("4/19", input.Substring(span.Start, span.Length));
        Assert.Equal(new TextSpan(13, 2), r.Map.MapSpan(new TextSpan(9, 2))); // "xã"
    }

    [Fact]
    public void Kept_text_inside_parentheses_maps_to_its_source_characters()
    {
        const string input = "(*định kỳ*)";
        var r = Step.Apply(input);

        Assert.Equal(new TextSpan(0, 1), r.Map.MapSpan(new TextSpan(0, 1)));   // "("
        Assert.Equal(new TextSpan(2, 7), r.Map.MapSpan(new TextSpan(1, 7)));   // "định kỳ"
        Assert.Equal(new TextSpan(10, 1), r.Map.MapSpan(new TextSpan(8, 1)));  // ")"
    }

    [Fact]
    public void A_bullet_and_bold_heading_maps_past_the_markers()
    {
        const string input = "*** Công chức Văn phòng – Thống kê:**";
        var r = Step.Apply(input);

        Assert.Equal(new TextSpan(4, 9), r.Map.MapSpan(new TextSpan(0, 9)));   // "Công chức"
        var whole = r.Map.MapSpan(new TextSpan(0, r.Text.Length));
        Assert.Equal("Công chức Văn phòng – Thống kê:", input.Substring(whole.Start, whole.Length));
    }

    [Theory]
    [InlineData("* Nội dung", "• Nội dung")]
    [InlineData("Thành phần:\n* Chủ tịch\n  * Phó Chủ tịch", "Thành phần:\n• Chủ tịch\n  • Phó Chủ tịch")]
    [InlineData("* **Lễ viếng:**", "• Lễ viếng:")]
    [InlineData("* *Trường hợp chưa có mã số:*", "• Trường hợp chưa có mã số:")]
    public void A_markdown_list_marker_becomes_a_bullet(string input, string expected)
    {
        Assert.Equal(expected, Step.Apply(input).Text);
    }

    [Theory]
    [InlineData("* (Ban hành kèm theo Thông tư số\n01/2025/TT-BNV ngày 05 tháng 3 năm 2025)*", "(Ban hành kèm theo Thông tư số\n01/2025/TT-BNV ngày 05 tháng 3 năm 2025)")]
    [InlineData("* Đơn vị tính:……*", "Đơn vị tính:……")]
    [InlineData("NĂM 2025\n* (Kèm theo Công văn số 6225/BVHTTDL-VP ngày 18/11/2025 của Bộ Văn hóa, \nThể thao và Du lịch)*\n|\n", "NĂM 2025\n(Kèm theo Công văn số 6225/BVHTTDL-VP ngày 18/11/2025 của Bộ Văn hóa, \nThể thao và Du lịch)\n|\n")]
    public void A_star_and_space_that_open_emphasis_closed_later_are_no_bullet(string input, string expected)
    {
        Assert.Equal(expected, Step.Apply(input).Text);
    }

    [Fact]
    public void A_list_bullet_maps_to_its_star()
    {
        const string input = "x\n* Nội dung";
        var r = Step.Apply(input);

        Assert.Equal(new TextSpan(2, 1), r.Map.MapSpan(new TextSpan(2, 1)));   // "•" → "*"
        Assert.Equal(new TextSpan(4, 3), r.Map.MapSpan(new TextSpan(4, 3)));   // "Nội"
    }

    [Fact]
    public void A_heading_maps_past_its_hashes()
    {
        const string input = "x\n# Tiêu đề";
        var r = Step.Apply(input);

        Assert.Equal(new TextSpan(4, 3), r.Map.MapSpan(new TextSpan(2, 3)));   // "Tiê"
    }

    [Fact]
    public void A_footnote_star_in_parentheses_is_kept()
    {
        Assert.Equal("(*) Ghi chú: tiêu chí (*) bắt buộc", Step.Apply("(*) Ghi chú: tiêu chí (*) bắt buộc").Text);
    }
}
