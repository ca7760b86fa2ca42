using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Tests.Normalization;

public class UnicodeCleanupStepTests
{
    private static readonly UnicodeCleanupStep Step = new();

    [Fact]
    public void Decomposed_text_becomes_NFC()
    {
        var r = Step.Apply("Vie\u0323\u0302t Nam");

        Assert.Equal("Vi\u1EC7t Nam", r.Text);
        Assert.True(r.Text.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void A_composed_letter_maps_back_to_its_base_and_all_its_marks()
    {
        const string source = "Vie\u0323\u0302t Nam";
        var r = Step.Apply(source);

        Assert.Equal(new TextSpan(2, 3), r.Map.MapSpan(new TextSpan(2, 1)));          // ệ ← e + dot below + circumflex
        Assert.Equal(new TextSpan(0, 6), r.Map.MapSpan(new TextSpan(0, 4)));          // "Việt"
        Assert.Equal("Vie\u0323\u0302t", source.Substring(0, 6));
        Assert.Equal(new TextSpan(7, 3), r.Map.MapSpan(new TextSpan(5, 3)));          // "Nam" after the shift
        Assert.Equal(new TextSpan(2, 4), r.Map.MapSpan(new TextSpan(2, 2)));          // "ệt"
    }

    [Theory]
    [InlineData("\u00D0iều 1", "\u0110iều 1")]
    [InlineData("\u00F0ồng", "\u0111ồng")]
    [InlineData("61/2018/N\u00D0-CP", "61/2018/N\u0110-CP")]
    [InlineData("\u0189ảng", "\u0110ảng")]
    public void Icelandic_and_African_D_become_Vietnamese_D(string input, string expected)
    {
        var r = Step.Apply(input);

        Assert.Equal(expected, r.Text);
        Assert.Equal(input.Length, r.Text.Length);
        Assert.Equal(new TextSpan(0, input.Length), r.Map.MapSpan(new TextSpan(0, r.Text.Length)));
    }

    [Theory]
    [InlineData("Kon\u00A0Tum")]
    [InlineData("Kon\u202FTum")]
    [InlineData("Kon\u2003Tum")]
    [InlineData("Kon\u3000Tum")]
    public void Odd_spaces_become_plain_spaces(string input)
    {
        var r = Step.Apply(input);

        Assert.Equal("Kon Tum", r.Text);
        Assert.Equal(new TextSpan(3, 1), r.Map.MapSpan(new TextSpan(3, 1)));
    }

    [Theory]
    [InlineData('\u200B')] // zero-width space
    [InlineData('\u200C')] // zero-width non-joiner
    [InlineData('\u200D')] // zero-width joiner
    [InlineData('\u2060')] // word joiner
    [InlineData('\uFEFF')] // BOM / zero-width no-break space
    [InlineData('\u00AD')] // soft hyphen
    public void Invisible_characters_are_removed_and_spans_around_them_map_back(char invisible)
    {
        string source = "Kế" + invisible + "hoạch 497";
        var r = Step.Apply(source);

        Assert.Equal("Kếhoạch 497", r.Text);
        Assert.Equal(new TextSpan(0, 2), r.Map.MapSpan(new TextSpan(0, 2)));   // "Kế" before it
        Assert.Equal(new TextSpan(3, 5), r.Map.MapSpan(new TextSpan(2, 5)));   // "hoạch" after it
        Assert.Equal(new TextSpan(0, 8), r.Map.MapSpan(new TextSpan(0, 7)));   // across it: it is quoted too
        Assert.Equal(new TextSpan(9, 3), r.Map.MapSpan(new TextSpan(8, 3)));   // "497"
        Assert.Equal(new TextSpan(3, 0), r.Map.MapSpan(new TextSpan(2, 0)));
    }

    [Fact]
    public void A_leading_BOM_is_removed()
    {
        var r = Step.Apply("\uFEFFSố: 497");

        Assert.Equal("Số: 497", r.Text);
        Assert.Equal(new TextSpan(1, 3), r.Map.MapSpan(new TextSpan(0, 3)));
        Assert.Equal(new TextSpan(8, 0), r.Map.MapSpan(new TextSpan(7, 0)));
    }

    [Fact]
    public void Several_invisible_characters_in_a_row_are_all_removed()
    {
        var r = Step.Apply("a\u200B\u00AD\uFEFFb");

        Assert.Equal("ab", r.Text);
        Assert.Equal(new TextSpan(4, 1), r.Map.MapSpan(new TextSpan(1, 1)));
    }

    [Theory]
    [InlineData("Kon Tum, ngày 28 tháng 02 năm 2018")]
    [InlineData("Số: 497/KH-UBND\r\n| Đ đ |")]
    [InlineData("")]
    public void Clean_text_is_returned_with_an_identity_map(string input)
    {
        var r = Step.Apply(input);

        Assert.Same(input, r.Text);
        Assert.True(r.Map.IsIdentity);
        Assert.Equal(input.Length, r.Map.OutputLength);
    }

    [Fact]
    public void A_mark_after_a_removed_zero_width_character_still_composes()
    {
        var r = Step.Apply("Vie\u200B\u0323\u0302t");

        Assert.Equal("Vi\u1EC7t", r.Text);
        Assert.Equal(new TextSpan(2, 4), r.Map.MapSpan(new TextSpan(2, 1)));
    }
}
