using DocCheck.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DocCheck.Tests.Text;

/// <summary>
/// The map is stored as runs (issue 9); these properties hold it to the per-character meaning it had before:
/// output character i came from [start[i], end[i]), MapEnd(0) is MapStart(0), and composition maps through.
/// </summary>
public class OffsetMapRunProperties
{
    // One edit step over an input of length n, as the normalization steps make them: copies, drops, a
    // replacement standing for a range, an insertion (empty range), a removed last character.
    private sealed record Step(int InputLength, (int Start, int End)[] Chars, OffsetMap Map);

    private static Step MakeStep(int inputLength, int[] ops)
    {
        var b = new OffsetMapBuilder(inputLength);
        var chars = new List<(int, int)>();
        int pos = 0, k = 0;
        while (pos < inputLength)
        {
            int op = ops.Length == 0 ? 0 : ops[k++ % ops.Length] & 7;
            switch (op)
            {
                case 1: pos++; break;                                                 // drop
                case 2:                                                               // one char for two
                    int e = Math.Min(inputLength, pos + 2);
                    b.Append('x', pos, e); chars.Add((pos, e)); pos = e; break;
                case 3:                                                               // insertion, then a copy (every op moves on)
                    b.Append('\n', pos, pos); chars.Add((pos, pos));
                    b.Append('c', pos, pos + 1); chars.Add((pos, pos + 1)); pos++; break;
                case 4:                                                               // two chars for one
                    b.Append('y', pos, pos + 1); b.Append('y', pos, pos + 1); chars.Add((pos, pos + 1)); chars.Add((pos, pos + 1)); pos++; break;
                case 5:                                                               // written, then taken back
                    b.Append('z', pos, pos + 1); b.RemoveLast(); b.Append('c', pos, pos + 1); chars.Add((pos, pos + 1)); pos++; break;
                default: b.Append('c', pos, pos + 1); chars.Add((pos, pos + 1)); pos++; break; // copy
            }
        }
        var (text, map) = b.Build();
        Assert.Equal(chars.Count, text.Length);
        return new Step(inputLength, [.. chars], map);
    }

    private static int RefStart((int Start, int End)[] c, int inputLength, int i) => i == c.Length ? inputLength : c[i].Start;

    private static int RefEnd((int Start, int End)[] c, int inputLength, int i) => i == 0 ? RefStart(c, inputLength, 0) : c[i - 1].End;

    [Property(MaxTest = 300)]
    public void A_built_map_answers_like_per_character_ranges(PositiveInt length, int[] ops)
    {
        int n = length.Get % 200;
        var s = MakeStep(n, ops);
        for (int i = 0; i <= s.Chars.Length; i++)
        {
            Assert.Equal(RefStart(s.Chars, n, i), s.Map.MapStart(i));
            Assert.Equal(RefEnd(s.Chars, n, i), s.Map.MapEnd(i));
        }
    }

    [Property(MaxTest = 300)]
    public void Composed_maps_answer_like_composed_per_character_ranges(PositiveInt length, int[] ops1, int[] ops2)
    {
        int n = length.Get % 200;
        var first = MakeStep(n, ops1);
        var second = MakeStep(first.Chars.Length, ops2);
        var composed = first.Map.Then(second.Map);

        Assert.Equal(n, composed.InputLength);
        Assert.Equal(second.Chars.Length, composed.OutputLength);
        // The composition as a map built character by character: it must be stored as the same runs, however
        // the composition skips through stretches that map linearly.
        var reference = new OffsetMapBuilder(n);
        for (int i = 0; i < second.Chars.Length; i++)
        {
            var (s1, e1) = second.Chars[i];
            int start = RefStart(first.Chars, n, s1);
            int end = e1 > s1 ? first.Chars[e1 - 1].End : start;
            Assert.Equal(start, composed.MapStart(i));
            Assert.Equal(end, composed.MapEnd(i + 1));
            reference.Append('c', start, end);
        }
        Assert.Equal(n, composed.MapStart(second.Chars.Length));
        Assert.Equal(reference.Build().Map.RunCount, composed.RunCount);
    }

    [Fact]
    public void A_copied_text_is_one_run_whatever_its_length()
    {
        string text = new('a', 100_000);
        var b = new OffsetMapBuilder(text.Length + 1);
        b.AppendCopy(text, 0, 50_000);
        b.AppendCopy(text, 50_001, 49_999); // one character dropped: a second run

        var map = b.Build().Map;

        Assert.Equal(49_999, map.MapStart(49_999));
        Assert.Equal(50_001, map.MapStart(50_000));
        Assert.Equal(50_000, map.MapEnd(50_000));
        Assert.Equal(2, map.RunCount);
    }

    [Fact]
    public void A_built_map_does_not_change_when_its_builder_goes_on()
    {
        var b = new OffsetMapBuilder(10);
        b.AppendCopy("abcdefghij", 0, 2);
        b.Append('x', 5, 6);                 // a second run: "ab" then the 'f'
        var map = b.Build().Map;
        b.RemoveLast();
        b.Append('y', 8, 9);                 // writes the second run's slot again if the map shared the arrays

        Assert.Equal(3, map.OutputLength);
        Assert.Equal(5, map.MapStart(2));
        Assert.Equal(6, map.MapEnd(3));
    }
}
