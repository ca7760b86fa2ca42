using DocCheck.Text;

namespace DocCheck.Tests.Text;

public class OffsetMapTests
{
    [Fact]
    public void Identity_maps_every_offset_to_itself()
    {
        var map = OffsetMap.Identity(5);

        Assert.True(map.IsIdentity);
        Assert.Equal(5, map.InputLength);
        Assert.Equal(5, map.OutputLength);
        for (int i = 0; i <= 5; i++)
        {
            Assert.Equal(i, map.MapStart(i));
            Assert.Equal(i, map.MapEnd(i));
        }
        Assert.Equal(new TextSpan(1, 3), map.MapSpan(new TextSpan(1, 3)));
    }

    [Fact]
    public void Offsets_outside_the_output_throw()
    {
        var map = Deletion(); // output length 3

        Assert.Throws<ArgumentOutOfRangeException>(() => map.MapStart(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.MapEnd(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => OffsetMap.Identity(2).MapStart(3));
    }

    [Fact]
    public void A_built_map_remembers_each_output_characters_input_range()
    {
        var map = Deletion(); // "a-bc" → "abc"

        Assert.False(map.IsIdentity);
        Assert.Equal(4, map.InputLength);
        Assert.Equal(3, map.OutputLength);
        Assert.Equal(new TextSpan(0, 1), map.MapSpan(new TextSpan(0, 1)));
        Assert.Equal(new TextSpan(2, 1), map.MapSpan(new TextSpan(1, 1)));
        Assert.Equal(new TextSpan(0, 3), map.MapSpan(new TextSpan(0, 2))); // keeps the removed '-' between
        Assert.Equal(new TextSpan(2, 2), map.MapSpan(new TextSpan(1, 2)));
    }

    [Fact]
    public void Empty_spans_map_to_empty_spans_at_the_start_of_their_character()
    {
        var map = Deletion(); // "a-bc" → "abc"

        Assert.Equal(new TextSpan(0, 0), map.MapSpan(new TextSpan(0, 0)));
        Assert.Equal(new TextSpan(2, 0), map.MapSpan(new TextSpan(1, 0)));
        Assert.Equal(new TextSpan(3, 0), map.MapSpan(new TextSpan(2, 0)));
    }

    [Fact]
    public void The_end_of_the_output_maps_to_the_end_of_the_input()
    {
        var map = Deletion(); // "a-bc" → "abc"

        Assert.Equal(4, map.MapStart(3));
        Assert.Equal(4, map.MapEnd(3));
        Assert.Equal(new TextSpan(4, 0), map.MapSpan(new TextSpan(3, 0)));
        Assert.Equal(new TextSpan(3, 1), map.MapSpan(new TextSpan(2, 1)));
        Assert.Equal(new TextSpan(0, 4), map.MapSpan(new TextSpan(0, 3)));
    }

    [Fact]
    public void MapEnd_of_zero_is_where_the_text_starts()
    {
        var b = new OffsetMapBuilder(3);
        b.Append('x', 2, 3); // the first two input characters were dropped

        Assert.Equal(2, b.Build().Map.MapEnd(0));
    }

    [Fact]
    public void Then_composes_two_non_identity_maps()
    {
        // text0 "ab  cd" --(collapse the two spaces)--> text1 "ab cd" --(drop the space, expand c to "CC")--> text2 "abCCd"
        var b1 = new OffsetMapBuilder(6);
        b1.AppendCopy("ab  cd", 0, 2);
        b1.Append(' ', 2, 4);
        b1.AppendCopy("ab  cd", 4, 2);
        var (text1, first) = b1.Build();
        Assert.Equal("ab cd", text1);

        var b2 = new OffsetMapBuilder(5);
        b2.AppendCopy(text1, 0, 2);
        b2.AppendReplacement("CC", 3, 4);
        b2.AppendCopy(text1, 4, 1);
        var (text2, second) = b2.Build();
        Assert.Equal("abCCd", text2);

        var composed = first.Then(second);

        Assert.Equal(6, composed.InputLength);
        Assert.Equal(5, composed.OutputLength);
        // Hand-computed: a→[0,1) b→[1,2) C→[4,5) C→[4,5) d→[5,6).
        int[] starts = [0, 1, 4, 4, 5];
        int[] ends = [1, 2, 5, 5, 6];
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(starts[i], composed.MapStart(i));
            Assert.Equal(ends[i], composed.MapEnd(i + 1));
        }
        Assert.Equal(new TextSpan(1, 4), composed.MapSpan(new TextSpan(1, 3)));  // "bCC" → "b  c"
        Assert.Equal(new TextSpan(4, 1), composed.MapSpan(new TextSpan(3, 1)));  // second "C" → "c"
        Assert.Equal(new TextSpan(0, 6), composed.MapSpan(new TextSpan(0, 5)));
        Assert.Equal(new TextSpan(6, 0), composed.MapSpan(new TextSpan(5, 0)));
    }

    [Fact]
    public void Then_maps_an_inserted_character_to_an_empty_range_where_it_stands()
    {
        // text0 "abc" --(drop 'b')--> "ac" --(insert '\n' before 'c')--> "a\nc"
        var b1 = new OffsetMapBuilder(3);
        b1.AppendCopy("abc", 0, 1);
        b1.AppendCopy("abc", 2, 1);
        var (_, first) = b1.Build();
        var b2 = new OffsetMapBuilder(2);
        b2.AppendCopy("ac", 0, 1);
        b2.Append('\n', 1, 1);
        b2.AppendCopy("ac", 1, 1);
        var (_, second) = b2.Build();

        var composed = first.Then(second);

        Assert.Equal(new TextSpan(2, 0), composed.MapSpan(new TextSpan(1, 0)));
        Assert.Equal(2, composed.MapStart(1));
        Assert.Equal(2, composed.MapEnd(2));
        Assert.Equal(new TextSpan(0, 3), composed.MapSpan(new TextSpan(0, 3)));
    }

    [Fact]
    public void Then_with_identity_after_returns_the_same_mapping()
    {
        var map = Deletion();

        var composed = map.Then(OffsetMap.Identity(map.OutputLength));

        AssertSameMapping(map, composed);
    }

    [Fact]
    public void Then_with_identity_before_returns_the_same_mapping()
    {
        var map = Deletion();

        var composed = OffsetMap.Identity(map.InputLength).Then(map);

        AssertSameMapping(map, composed);
    }

    [Fact]
    public void Two_identities_compose_to_an_identity()
    {
        Assert.True(OffsetMap.Identity(4).Then(OffsetMap.Identity(4)).IsIdentity);
    }

    [Fact]
    public void Then_rejects_maps_that_do_not_chain()
    {
        Assert.Throws<ArgumentException>(() => Deletion().Then(OffsetMap.Identity(4)));
    }

    /// <summary>"a-bc" → "abc": the '-' is dropped.</summary>
    private static OffsetMap Deletion()
    {
        var b = new OffsetMapBuilder(4);
        b.AppendCopy("a-bc", 0, 1);
        b.AppendCopy("a-bc", 2, 2);
        return b.Build().Map;
    }

    private static void AssertSameMapping(OffsetMap expected, OffsetMap actual)
    {
        Assert.Equal(expected.InputLength, actual.InputLength);
        Assert.Equal(expected.OutputLength, actual.OutputLength);
        for (int i = 0; i <= expected.OutputLength; i++)
        {
            Assert.Equal(expected.MapStart(i), actual.MapStart(i));
            Assert.Equal(expected.MapEnd(i), actual.MapEnd(i));
        }
    }
}
