using System.Text.RegularExpressions;
using DocCheck.Normalization;
using DocCheck.Text;
using FsCheck.Xunit;

namespace DocCheck.Tests.Text;

/// <summary>
/// The collection-free match loop finds what <c>Regex.Matches</c> finds, and a bounded one what <c>Matches</c> of the
/// substring finds (look-behinds, anchors and word boundaries see only the part), at the same places.
/// </summary>
public class RegexScanTests
{
    private const string Alphabet = "ab1 2/.-\nđ";

    // Patterns with look-behind, anchors, word boundaries and empty matches: where a bounded search could differ.
    private static readonly Regex[] Patterns =
    [
        new(@"(?<=a)b\d?"), new(@"^\s*a"), new(@"b$"), new(@"\b\d+\b"), new(@"(?<![\d.])\d{1,2}/\d"), new(@"a*"), new(@"đ\S*"),
    ];

    private static string Draw(int[] picks) => new([.. picks.Select(p => Alphabet[(p & int.MaxValue) % Alphabet.Length])]);

    private static List<(int, int, string)> Of(IEnumerable<Match> ms, int shift = 0) => [.. ms.Select(m => (m.Index + shift, m.Length, m.Value))];

    private static List<(int, int, string)> Of(RegexScan.Matches ms)
    {
        var list = new List<(int, int, string)>();
        foreach (Match m in ms) list.Add((m.Index, m.Length, m.Value));
        return list;
    }

    [Property(MaxTest = 300)]
    public void Each_finds_what_Matches_finds(int[] text, int which, int from, int length)
    {
        string s = Draw(text);
        var p = Patterns[(which & int.MaxValue) % Patterns.Length];
        Assert.Equal(Of(p.Matches(s)), Of(p.Each(s)));
        Assert.Empty(Of(p.Each(s, when: false)));
        int start = s.Length == 0 ? 0 : (from & int.MaxValue) % (s.Length + 1);
        Assert.Equal(Of(p.Matches(s, start)), Of(p.Each(s, start)));
        int len = (length & int.MaxValue) % (s.Length - start + 1);
        Assert.Equal(Of(p.Matches(s.Substring(start, len)), start), Of(p.Each(s, start, len)));
    }

    [Fact]
    public void A_block_text_is_made_once_and_equals_its_slice()
    {
        var doc = new TextNormalizer().Normalize("Kế hoạch số 12/KH-UBND\n\n1. Mục tiêu\nĐạt 100% vào năm 2025.");
        foreach (var b in doc.Blocks)
        {
            Assert.Equal(doc.Slice(b.Span), doc.TextOf(b));
            Assert.Same(doc.TextOf(b), doc.TextOf(b));
        }
        // A block of another document is sliced, not taken from this one's cache.
        var other = new TextNormalizer().Normalize("Một\n\nHai khác hẳn");
        Assert.Equal(doc.Slice(other.Blocks[^1].Span), doc.TextOf(other.Blocks[^1]));
    }
}
