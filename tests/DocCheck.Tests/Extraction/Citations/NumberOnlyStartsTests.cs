using System.Text.RegularExpressions;
using DocCheck.Extraction.Citations;
using DocCheck.Text;
using FsCheck.Xunit;

namespace DocCheck.Tests.Extraction.Citations;

/// <summary>
/// A number-only mention ("Quyết định 225", "Nghị định số 61") tried, anchored, only at the starts found from each
/// number finds exactly what searching the whole text finds.
/// </summary>
public class NumberOnlyStartsTests
{
    // Shaped like a mention (type word, space, "số", space, number, what follows), each part swappable for a stray token.
    private static readonly string[][] Parts =
    [
        ["Quyết định", "nghị  ĐỊNH", "Kế\nhoạch", "Chương trình", "Thông tư", "Căn cứ", "theo"],
        [" ", "  ", "\n", ""],
        ["", "số ", "SỐ  ", "số\n"],
        ["225", "61", "00012", "7", "123456", "٣"],
        ["", " năm", "/QĐ", ".5", " của", ",", " người", "-", " và"],
        [" ", "; ", "\n", ""],
    ];

    private static readonly string[] Stray = [" ", "1", "số", "x", "/", "\n", "Nghị quyết "];

    private static string Draw(int[] picks)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i + 1 < picks.Length; i += 2)
        {
            int a = picks[i] & int.MaxValue, b = picks[i + 1] & int.MaxValue;
            var part = Parts[(i / 2) % Parts.Length];
            sb.Append(b % 5 == 0 ? Stray[a % Stray.Length] : part[a % part.Length]);
        }
        return sb.ToString();
    }

    private static List<(int, string)> All(IEnumerable<Match> ms) => [.. ms.Select(m => (m.Index, m.Value))];

    private static List<(int, string)> All(RegexScan.Matches ms)
    {
        var list = new List<(int, string)>();
        foreach (Match m in ms) list.Add((m.Index, m.Value));
        return list;
    }

    private static int _withMatch;

    [Property(MaxTest = 3000)]
    public void Anchored_at_the_starts_the_pattern_finds_what_it_finds_in_the_text(int[] picks)
    {
        string s = Draw(picks);
        if (CitationResolver.NumberOnlyMention().IsMatch(s)) Interlocked.Increment(ref _withMatch);
        Assert.Equal(All(CitationResolver.NumberOnlyMention().Matches(s)), All(CitationResolver.NumberOnlyMentionAt().EachAt(s, CitationResolver.NumberOnlyStarts(s))));
    }

    [Fact]
    public void The_draws_reach_matches()
    {
        _withMatch = 0;
        var rnd = new Random(7);
        for (int k = 0; k < 500; k++) Anchored_at_the_starts_the_pattern_finds_what_it_finds_in_the_text([.. Enumerable.Range(0, 24).Select(_ => rnd.Next())]);
        Assert.True(_withMatch > 50, $"only {_withMatch} of 500 draws hold a match");
    }
}
