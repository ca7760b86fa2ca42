using DocCheck.Text;

namespace DocCheck.Tests.Text;

public class OffsetMapBuilderTests
{
    [Fact]
    public void AppendCopy_maps_each_character_to_itself()
    {
        var b = new OffsetMapBuilder(8);
        b.AppendCopy("Việt Nam", 5, 3);

        var (text, map) = b.Build();

        Assert.Equal("Nam", text);
        Assert.Equal(8, map.InputLength);
        Assert.Equal(new TextSpan(5, 1), map.MapSpan(new TextSpan(0, 1)));
        Assert.Equal(new TextSpan(7, 1), map.MapSpan(new TextSpan(2, 1)));
        Assert.Equal(new TextSpan(5, 3), map.MapSpan(new TextSpan(0, 3)));
    }

    [Fact]
    public void AppendReplacement_maps_every_character_to_the_whole_range()
    {
        var b = new OffsetMapBuilder(3);
        b.AppendReplacement("xy", 0, 3);

        var (text, map) = b.Build();

        Assert.Equal("xy", text);
        Assert.Equal(new TextSpan(0, 3), map.MapSpan(new TextSpan(0, 1)));
        Assert.Equal(new TextSpan(0, 3), map.MapSpan(new TextSpan(1, 1)));
    }

    [Fact]
    public void Length_and_Last_track_what_was_written()
    {
        var b = new OffsetMapBuilder(2);
        Assert.Equal(0, b.Length);
        Assert.Equal('\0', b.Last);

        b.Append('a', 0, 1);
        b.Append(' ', 1, 2);

        Assert.Equal(2, b.Length);
        Assert.Equal(' ', b.Last);
    }

    [Fact]
    public void RemoveLast_drops_the_character_and_its_mapping()
    {
        var b = new OffsetMapBuilder(3);
        b.Append('a', 0, 1);
        b.Append(' ', 1, 2);
        b.RemoveLast();
        b.Append('c', 2, 3);

        var (text, map) = b.Build();

        Assert.Equal("ac", text);
        Assert.Equal(2, map.MapStart(1));
        Assert.Equal(3, map.MapEnd(2));
    }

    [Fact]
    public void RemoveLast_on_an_empty_builder_does_nothing()
    {
        var b = new OffsetMapBuilder(0);
        b.RemoveLast();

        var (text, map) = b.Build();

        Assert.Equal("", text);
        Assert.Equal(0, map.OutputLength);
    }

    [Fact]
    public void The_builder_grows_past_its_capacity()
    {
        string input = new('x', 100);
        var b = new OffsetMapBuilder(input.Length, capacity: 1);
        b.AppendCopy(input, 0, 60);
        for (int i = 60; i < 100; i++) b.Append('y', i, i + 1);

        var (text, map) = b.Build();

        Assert.Equal(100, text.Length);
        Assert.Equal(100, map.OutputLength);
        Assert.Equal(new TextSpan(99, 1), map.MapSpan(new TextSpan(99, 1)));
    }
}
