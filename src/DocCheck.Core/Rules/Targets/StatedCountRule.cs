using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Text;

namespace DocCheck.Rules.Targets;

/// <summary>DC4008: a stated count differs from the items listed before it ("cả 02 Chỉ số này" after three indices).</summary>
public sealed partial class StatedCountRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC4008", RuleCategory.Targets, RuleLevel.Warning,
        "Số lượng nêu không khớp số mục đã liệt kê", "Stated count differs from the items listed",
        "\"{0}\" nhưng trước đó liệt kê {1} mục: {2}", "\"{0}\" but {1} items are listed before: {2}");

    [GeneratedRegex(@"\b(?:(?:cả|các|những)\s+)?(?<n>\d{1,2}|hai|ba|bốn|năm)\s+(?<noun>[Cc]hỉ\s+số|[Tt]iêu\s+chí|[Nn]ội\s+dung|[Nn]hiệm\s+vụ|[Ll]ĩnh\s+vực)\s+(?:này|nêu\s+trên|trên)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Count();

    [GeneratedRegex(@"\s*(?:,|\bvà\b)\s*", RegexOptions.None, 1000)]
    private static partial Regex ItemSeparator();

    // The list pattern for each way a noun was written: built once, not once per stated count.
    private static readonly ConcurrentDictionary<string, Regex> ListPatterns = new(StringComparer.Ordinal);

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        string text = c.Document.Normalized.Text;
        foreach (Match m in Count().Matches(text))
        {
            int n = Number(m.Groups["n"].Value);
            string noun = m.Groups["noun"].Value;
            // The list it counts: "các Chỉ số PAR INDEX, PAPI, PCI" shortly before, in the same paragraph.
            int from = Math.Max(0, m.Index - 400);
            // Looked for only back to `from`: searching the whole text before each count was quadratic on long paragraphs.
            int back = Math.Max(0, m.Index - 1);
            int para = back >= from ? text.LastIndexOf('\n', back, back - from + 1) : -1;
            if (para >= from) from = para + 1;
            string nounPattern = "[" + char.ToUpperInvariant(noun[0]) + char.ToLowerInvariant(noun[0]) + "]" + Regex.Escape(noun[1..]).Replace(@"\ ", @"\s+");
            var list = ListPatterns.GetOrAdd(nounPattern, p => new Regex(p + @"\s+(?<items>\p{Lu}[\p{Lu}\d]*(?:\s\p{Lu}[\p{Lu}\d]*)*(?:\s*(?:,|\bvà\b)\s*\p{Lu}[\p{Lu}\d]*(?:\s\p{Lu}[\p{Lu}\d]*)*){1,8})",
                RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1)));
            Match? last = null;
            foreach (Match lm in list.Matches(text[from..m.Index])) last = lm;
            if (last is null) continue;
            var items = ItemSeparator().Split(last.Groups["items"].Value)
                .Select(x => x.Trim()).Where(x => x.Length > 0 && x.All(ch => char.IsUpper(ch) || char.IsDigit(ch) || ch == ' ')).ToList();
            if (items.Count < 2 || items.Count == n) continue;
            var listSpan = new TextSpan(from + last.Groups["items"].Index, last.Groups["items"].Length);
            yield return c.Report(Rule, new TextSpan(m.Index, m.Length), [m.Value.Trim(), items.Count, string.Join(", ", items)], [new RelatedLocation(listSpan, string.Join(", ", items))]);
        }
    }

    private static int Number(string s) => s switch
    {
        "hai" => 2, "ba" => 3, "bốn" => 4, "năm" => 5,
        _ => int.Parse(s, CultureInfo.InvariantCulture),
    };
}
