using System.Text.RegularExpressions;
using DocCheck.Extraction.Citations;
using DocCheck.Text;
using FsCheck.Xunit;

namespace DocCheck.Tests.Extraction.Citations;

/// <summary>
/// The blank-citation pattern tried, anchored, only at the starts found from each "số … /" finds exactly what searching
/// the whole text finds, on text drawn from type words, "số", blanks, symbols and dates.
/// </summary>
public class BlankCitationStartsTests
{
    // Each segment follows the shape of a blank citation (type word, space, "số", blank, "/", year, symbol, tail), and
    // each part may be swapped for a stray token, so that most draws come near a match and many are one.
    private static readonly string[][] Parts =
    [
        ["Quyết định", "quyết  định", "TỜ TRÌNH", "Kế\nhoạch", "Giấy mời", "văn bản", "dự thảo", "Căn cứ"],
        [" ", "  ", "\n", ""],
        ["số", "SỐ", "Số", "ſố", "số:", "so"],
        ["", " ", "…", "...", " _ ", "**", "\n", " 12"],
        ["/", "/ ", " /"],
        ["", "2025/", "2025 / "],
        ["QĐ-UBND", "TTr-SNV", "BC", "Q", "qđ", "KH - UBND"],
        ["", " ngày 12 tháng 3 năm 2025", " ngày ... tháng", ";", ".", " của Sở", "x", "(", "/"],
    ];

    private static readonly string[] Stray = [" ", "/", "số", "x", "1", ":", "\n", "Quyết định "];

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

    [Property(MaxTest = 3000)]
    public void Anchored_at_the_starts_the_pattern_finds_what_it_finds_in_the_text(int[] picks)
    {
        string s = Draw(picks);
        if (BlankCitationFinder.Pattern().IsMatch(s)) Interlocked.Increment(ref _withMatch);
        Assert.Equal(All(BlankCitationFinder.Pattern().Matches(s)), All(BlankCitationFinder.PatternAt().EachAt(s, BlankCitationFinder.Starts(s))));
    }

    private static int _withMatch;

    [Fact]
    public void The_draws_reach_matches()
    {
        _withMatch = 0;
        var rnd = new Random(7);
        for (int k = 0; k < 500; k++) Anchored_at_the_starts_the_pattern_finds_what_it_finds_in_the_text([.. Enumerable.Range(0, 40).Select(_ => rnd.Next())]);
        Assert.True(_withMatch > 25, $"only {_withMatch} of 500 draws hold a match");
    }

    [Fact]
    public void A_draft_number_is_found_from_its_slash()
    {
        const string s = "Căn cứ Tờ trình số /TTr-SNV ngày tháng 3 năm 2025 của Sở Nội vụ; Quyết định số …/2025/QĐ-UBND.";
        Assert.Equal([7, 65], BlankCitationFinder.Starts(s));
        Assert.Equal(2, All(BlankCitationFinder.PatternAt().EachAt(s, BlankCitationFinder.Starts(s))).Count);
    }
}
