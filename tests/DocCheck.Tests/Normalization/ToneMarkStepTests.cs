using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Tests.Normalization;

public class ToneMarkStepTests
{
    private static readonly ToneMarkStep Step = new();

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("HOÀ", "HÒA")]
    [InlineData("Hoà Bình", "Hòa Bình")]
    [InlineData("Thanh Hoá", "Thanh Hóa")]
    [InlineData("Uỷ ban", "Ủy ban")]
    [InlineData("UỶ BAN", "ỦY BAN")]
    [InlineData("tuỳ", "tùy")]
    [InlineData("(hoà)", "(hòa)")]
    public void Old_tone_placement_moves_to_the_first_vowel(string input, string expected)
    {
        var r = Step.Apply(input);

        Assert.Equal(expected, r.Text);
        Assert.Equal(input.Length, r.Text.Length);
    }

    [Theory]
    [InlineData("quý")]      // qu + y: the mark belongs on y
    [InlineData("QUÝ")]
    [InlineData("quỹ")]
    [InlineData("hoàng")]    // a final consonant follows
    [InlineData("thuyền")]
    [InlineData("khuya")]
    [InlineData("huỳnh")]
    [InlineData("hòa")]      // already canonical
    [InlineData("người")]
    [InlineData("hoặc")]
    [InlineData("")]
    public void Words_already_right_are_unchanged(string input)
    {
        var r = Step.Apply(input);

        Assert.Equal(input, r.Text);
        Assert.True(r.Map.IsIdentity);
    }

    [Fact]
    public void Length_is_preserved_in_running_text()
    {
        const string input = "Ủy ban nhân dân tỉnh Hoà Bình; thuỷ lợi, sức khoẻ; quý II/2018";

        var r = Step.Apply(input);

        Assert.Equal("Ủy ban nhân dân tỉnh Hòa Bình; thủy lợi, sức khỏe; quý II/2018", r.Text);
        Assert.Equal(input.Length, r.Text.Length);
        Assert.Equal(input.Length, r.Map.InputLength);
    }

    [Fact]
    public void Each_moved_pair_maps_back_to_its_own_two_characters()
    {
        const string input = "Hoà Bình, thuỷ";
        var r = Step.Apply(input);

        Assert.Equal("Hòa Bình, thủy", r.Text);
        // "ò" and "a" (offsets 1, 2) each map to source "oà"; "ủ" and "y" (12, 13) to source "uỷ".
        Assert.Equal(new TextSpan(1, 2), r.Map.MapSpan(new TextSpan(1, 1)));
        Assert.Equal(new TextSpan(1, 2), r.Map.MapSpan(new TextSpan(2, 1)));
        Assert.Equal(new TextSpan(12, 2), r.Map.MapSpan(new TextSpan(12, 1)));
        Assert.Equal(new TextSpan(12, 2), r.Map.MapSpan(new TextSpan(13, 1)));
        // Characters around them map to themselves.
        Assert.Equal(new TextSpan(0, 1), r.Map.MapSpan(new TextSpan(0, 1)));
        Assert.Equal(new TextSpan(3, 1), r.Map.MapSpan(new TextSpan(3, 1)));
        Assert.Equal(new TextSpan(11, 1), r.Map.MapSpan(new TextSpan(11, 1)));
        // Whole words map to whole words.
        var hoa = r.Map.MapSpan(new TextSpan(0, 3));
        Assert.Equal("Hoà", input.Substring(hoa.Start, hoa.Length));
        Assert.Equal(new TextSpan(10, 4), r.Map.MapSpan(new TextSpan(10, 4)));
    }
}
