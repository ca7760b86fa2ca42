using System.Text.RegularExpressions;
using DocCheck.Extraction.Counts;
using DocCheck.Text;
using FsCheck.Xunit;

namespace DocCheck.Tests.Extraction.Counts;

/// <summary>Stated counts tried, anchored, only before each noun-then-"này" find exactly what searching the text finds.</summary>
public class CountStartsTests
{
    private static readonly string[][] Parts =
    [
        ["", "cả ", "các  ", "những\n", "x "],
        ["02", "3", "ba", "năm", "123", "٣", "Hai"],
        [" ", "  ", "\n", ""],
        ["Chỉ số", "tiêu chí", "nội  dung", "Nhiệm vụ", "lĩnh vực", "chỉ tiêu"],
        [" này", " nêu trên", " trên", "này", " khác"],
        [" ", ", ", "\n", "."],
    ];

    private static readonly string[] Stray = [" ", "1", "này", "x", "Chỉ số ", "\n"];

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
        if (StatedCountExtractor.Count().IsMatch(s)) Interlocked.Increment(ref _withMatch);
        Assert.Equal(All(StatedCountExtractor.Count().Matches(s)), All(StatedCountExtractor.CountAt().EachAt(s, StatedCountExtractor.CountStarts(s))));
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
