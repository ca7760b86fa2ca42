using DocCheck.Text;

namespace DocCheck.Tests.Text;

public class SourceTextTests
{
    [Theory]
    [InlineData("a\nbc\nd", new[] { 0, 2, 5 })]
    [InlineData("a\r\nbc\r\nd", new[] { 0, 3, 7 })]
    [InlineData("a\rbc\rd", new[] { 0, 2, 5 })]
    [InlineData("a\r\nb\rc\nd", new[] { 0, 3, 5, 7 })]
    public void Line_starts_follow_every_kind_of_line_break(string text, int[] starts)
    {
        var source = new SourceText("t.txt", text);

        Assert.Equal(starts.Length, source.LineCount);
        for (int line = 1; line <= starts.Length; line++) Assert.Equal(starts[line - 1], source.LineStart(line));
    }

    [Fact]
    public void A_final_line_without_a_break_counts()
    {
        var source = new SourceText("t.txt", "Số: 497/KH-UBND\nKon Tum");

        Assert.Equal(2, source.LineCount);
        Assert.Equal("Kon Tum", source.LineText(2));
    }

    [Fact]
    public void A_trailing_break_does_not_open_an_empty_line()
    {
        Assert.Equal(2, new SourceText("t.txt", "a\nb\n").LineCount);
        Assert.Equal(2, new SourceText("t.txt", "a\r\nb\r\n").LineCount);
    }

    [Fact]
    public void Empty_text_has_one_line()
    {
        var source = new SourceText("t.txt", "");

        Assert.Equal(1, source.LineCount);
        Assert.Equal("", source.LineText(1));
        Assert.Equal(new LinePosition(1, 1), source.GetPosition(0));
    }

    [Fact]
    public void GetPosition_at_zero_is_line_1_column_1()
    {
        Assert.Equal(new LinePosition(1, 1), new SourceText("t.txt", "KẾ HOẠCH\nTRIỂN KHAI").GetPosition(0));
    }

    [Theory]
    [InlineData("ab\ncd\r\nef\rgh")]
    public void GetPosition_at_each_line_start_is_column_1(string text)
    {
        var source = new SourceText("t.txt", text);

        for (int line = 1; line <= source.LineCount; line++)
            Assert.Equal(new LinePosition(line, 1), source.GetPosition(source.LineStart(line)));
    }

    [Fact]
    public void GetPosition_inside_a_line_and_on_its_break()
    {
        var source = new SourceText("t.txt", "ab\r\ncd");

        Assert.Equal(new LinePosition(1, 2), source.GetPosition(1));
        Assert.Equal(new LinePosition(1, 3), source.GetPosition(2)); // the '\r'
        Assert.Equal(new LinePosition(1, 4), source.GetPosition(3)); // the '\n' of the same break
        Assert.Equal(new LinePosition(2, 2), source.GetPosition(5));
    }

    [Fact]
    public void GetPosition_at_the_end_of_text_is_just_after_the_last_character()
    {
        var source = new SourceText("t.txt", "ab\ncd");

        Assert.Equal(new LinePosition(2, 3), source.GetPosition(5));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void GetPosition_outside_the_text_throws(int offset)
    {
        var source = new SourceText("t.txt", "ab\ncd");

        Assert.Throws<ArgumentOutOfRangeException>(() => source.GetPosition(offset));
    }

    [Fact]
    public void LineText_leaves_out_every_kind_of_break()
    {
        var source = new SourceText("t.txt", "Số:\r\n497/KH-UBND\rKon\nTum");

        Assert.Equal("Số:", source.LineText(1));
        Assert.Equal("497/KH-UBND", source.LineText(2));
        Assert.Equal("Kon", source.LineText(3));
        Assert.Equal("Tum", source.LineText(4));
    }

    [Fact]
    public void LineText_keeps_inner_whitespace()
    {
        var source = new SourceText("t.txt", "  a\tb  \nc");

        Assert.Equal("  a\tb  ", source.LineText(1));
    }

    [Fact]
    public void LineText_leaves_out_a_unicode_line_separator()
    {
        var source = new SourceText("t.txt", "Số:\u2028497/KH-UBND");

        Assert.Equal(2, source.LineCount);
        Assert.Equal("Số:", source.LineText(1));
    }

    [Fact]
    public void Slice_returns_the_text_of_a_span()
    {
        var source = new SourceText("t.txt", "Kon Tum, ngày 28");

        Assert.Equal("Tum", source.Slice(new TextSpan(4, 3)));
        Assert.Equal("", source.Slice(new TextSpan(16, 0)));
    }
}
