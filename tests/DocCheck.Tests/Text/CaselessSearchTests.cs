using DocCheck.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DocCheck.Tests.Text;

/// <summary>The quick case-insensitive search answers as the runtime's <see cref="StringComparison.OrdinalIgnoreCase"/> does.</summary>
public class CaselessSearchTests
{
    private const string Alphabet = "đĐồỒnNgGiểỂmM oO.";

    private static string Draw(int[] picks) => new([.. picks.Select(p => Alphabet[(p & int.MaxValue) % Alphabet.Length])]);

    [Property(MaxTest = 500)]
    public void Finds_a_word_where_OrdinalIgnoreCase_finds_it(int[] text, bool dong)
    {
        string s = Draw(text);
        string word = dong ? "đồng" : "điểm";
        Assert.Equal(s.IndexOf(word, StringComparison.OrdinalIgnoreCase), CaselessSearch.IndexOf(s, word));
        Assert.Equal(s.Contains(word, StringComparison.OrdinalIgnoreCase), CaselessSearch.Contains(s, word));
    }

    [Theory]
    [InlineData("tổng 5 tỷ ĐỒNG", "đồng", 10)]
    [InlineData("Đồng Nai", "đồng", 0)]
    [InlineData("đồn", "đồng", -1)]
    [InlineData("", "đồng", -1)]
    [InlineData("abc", "", 0)]
    public void Examples(string text, string word, int expected) => Assert.Equal(expected, CaselessSearch.IndexOf(text, word));
}
