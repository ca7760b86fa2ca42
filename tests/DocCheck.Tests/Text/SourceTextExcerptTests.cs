using DocCheck.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DocCheck.Tests.Text;

/// <summary>An excerpt keeps the lines it is asked for, word for word and under the same numbers, and little else.</summary>
public class SourceTextExcerptTests
{
    private const string Alphabet = "ab đ\n\n\r\u2028\u2029";

    [Property(MaxTest = 500)]
    public void Kept_lines_read_as_before(int[] picks, int[] keep)
    {
        string text = new([.. picks.Select(p => Alphabet[(p & int.MaxValue) % Alphabet.Length])]);
        var source = new SourceText("f.txt", text);
        var lines = keep.Select(k => 1 + (k & int.MaxValue) % Math.Max(1, source.LineCount)).Where(l => l <= source.LineCount).ToHashSet();
        var excerpt = source.Excerpt(lines);

        foreach (int line in lines) Assert.Equal(source.LineText(line), excerpt.LineText(line));
        Assert.True(excerpt.Text.Length <= text.Length);
        Assert.Equal("f.txt", excerpt.Path);
    }

    [Fact]
    public void Lines_not_kept_leave_only_their_line_breaks()
    {
        var source = new SourceText("f.txt", "một\r\nhai\nba\n");
        Assert.Equal("\r\nhai\n\n", source.Excerpt([2]).Text);
    }
}
