using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Extraction.Counts;

/// <summary>
/// Finds stated counts ("cả 02 Chỉ số này", "ba Chỉ số này") and the list each one counts. Stateless and thread-safe;
/// every pattern is linear-time, and each list is looked for only in a bounded window before its count.
/// </summary>
public static partial class StatedCountExtractor
{
    private const string CountPattern = @"\b(?:(?:cả|các|những)\s+)?(?<n>\d{1,2}|hai|ba|bốn|năm)\s+(?<noun>[Cc]hỉ\s+số|[Tt]iêu\s+chí|[Nn]ội\s+dung|[Nn]hiệm\s+vụ|[Ll]ĩnh\s+vực)\s+(?:này|nêu\s+trên|trên)\b";

    [GeneratedRegex(CountPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    internal static partial Regex Count();

    /// <summary><see cref="Count"/> anchored where the search starts (<c>\G</c>), tried only at <see cref="CountStarts"/>.</summary>
    [GeneratedRegex(@"\G(?:" + CountPattern + ")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    internal static partial Regex CountAt();

    /// <summary>
    /// Where a <see cref="Count"/> can start, ascending: before each noun-then-"này" (<see cref="NounThenThis"/>), the
    /// starts of the first and second words before it (the number, and "cả/các/những"). Each count starts at one: its
    /// noun and ending are one of those matches (which cannot overlap: no noun starts inside another's words), and only
    /// white space stands between its words.
    /// </summary>
    internal static List<int> CountStarts(string text)
    {
        var starts = new List<int>();
        foreach (Match nm in NounThenThis().Each(text))
        {
            int k = nm.Index - 1;
            for (int word = 1; word <= 2; word++)
            {
                int w = k;
                while (w >= 0 && char.IsWhiteSpace(text[w])) w--;
                if (w == k) break;
                int e = w;
                while (w >= 0 && char.IsLetterOrDigit(text[w])) w--;
                if (w == e) break;
                k = w;
                starts.Add(w + 1);
            }
        }
        starts.Sort();
        int n = 0;
        for (int x = 0; x < starts.Count; x++) if (n == 0 || starts[x] != starts[n - 1]) starts[n++] = starts[x];
        starts.RemoveRange(n, starts.Count - n);
        return starts;
    }

    // What every stated count ends with: the noun and "này"/"trên". Most documents have none, and this pattern is
    // found by a vectorized search for the noun's second letter, while Count's first letter is any digit or b, c, h, n.
    [GeneratedRegex(@"(?:[Cc]hỉ\s+số|[Tt]iêu\s+chí|[Nn]ội\s+dung|[Nn]hiệm\s+vụ|[Ll]ĩnh\s+vực)\s+(?:này|nêu\s+trên|trên)\b", RegexOptions.CultureInvariant, 1000)]
    internal static partial Regex NounThenThis();

    [GeneratedRegex(@"\s*(?:,|\bvà\b)\s*", RegexOptions.None, 1000)]
    private static partial Regex ItemSeparator();

    // A list repeats the count's noun, so its pattern is built from the noun as written (first letter in either case):
    // once for each way of writing it, not once per stated count.
    private static readonly ConcurrentDictionary<string, Regex> ListPatterns = new(StringComparer.Ordinal);

    /// <summary>How far before a count its list may start.</summary>
    private const int Window = 400;

    /// <summary>The stated counts of <paramref name="doc"/>, in document order.</summary>
    public static IReadOnlyList<StatedCount> Extract(NormalizedText doc)
    {
        string text = doc.Text;
        var found = new List<StatedCount>();
        if (!NounThenThis().IsMatch(text)) return found;
        foreach (Match m in CountAt().EachAt(text, CountStarts(text)))
        {
            int n = Number(m.Groups["n"].Value);
            string noun = m.Groups["noun"].Value;
            var span = new TextSpan(m.Index, m.Length);
            // The list it counts: "các Chỉ số PAR INDEX, PAPI, PCI" shortly before, in the same paragraph.
            int from = Math.Max(0, m.Index - Window);
            // Looked for only back to `from`: searching the whole text before each count was quadratic on long paragraphs.
            int back = Math.Max(0, m.Index - 1);
            int para = back >= from ? text.LastIndexOf('\n', back, back - from + 1) : -1;
            if (para >= from) from = para + 1;
            string nounPattern = "[" + char.ToUpperInvariant(noun[0]) + char.ToLowerInvariant(noun[0]) + "]" + Regex.Escape(noun[1..]).Replace(@"\ ", @"\s+");
            var list = ListPatterns.GetOrAdd(nounPattern, p => new Regex(p + @"\s+(?<items>\p{Lu}[\p{Lu}\d]*(?:\s\p{Lu}[\p{Lu}\d]*)*(?:\s*(?:,|\bvà\b)\s*\p{Lu}[\p{Lu}\d]*(?:\s\p{Lu}[\p{Lu}\d]*)*){1,8})",
                RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1)));
            Match? last = null;
            foreach (Match lm in list.Matches(text[from..m.Index])) last = lm;
            if (last is null)
            {
                found.Add(new StatedCount(span, m.Value, n, noun, [], null));
                continue;
            }
            var items = ItemSeparator().Split(last.Groups["items"].Value)
                .Select(x => x.Trim()).Where(x => x.Length > 0 && x.All(ch => char.IsUpper(ch) || char.IsDigit(ch) || ch == ' ')).ToList();
            var listSpan = new TextSpan(from + last.Groups["items"].Index, last.Groups["items"].Length);
            found.Add(new StatedCount(span, m.Value, n, noun, items, listSpan));
        }
        return found;
    }

    private static int Number(string s) => s switch
    {
        "hai" => 2, "ba" => 3, "bốn" => 4, "năm" => 5,
        _ => int.Parse(s, CultureInfo.InvariantCulture),
    };
}
