using System.Text.RegularExpressions;
using DocCheck.Text;

namespace DocCheck.Extraction.Citations;

/// <summary>"Quyết định này", "Kế hoạch này": the document itself, recorded as self so it is never taken for a citation.</summary>
internal static partial class SelfReferenceFinder
{
    // Find calls this only where "này" is present.
    [GeneratedRegex(
        @"\b(?<tw>Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|Chương\s+trình|Đề\s+án|Báo\s+cáo|Tờ\s+trình|Thông\s+báo|Hướng\s+dẫn|Công\s+văn|Quy\s+định|Quy\s+chế|Luật|Bộ\s+luật|Pháp\s+lệnh)\s+này\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex SelfReference { get; }

    /// <summary>Adds the self references of block text <paramref name="s"/> (starting at <paramref name="offset"/>) to <paramref name="into"/>, in place of a named law they contain.</summary>
    public static void Find(string s, int offset, List<Citation> into, string? ownKey)
    {
        // Every match ends with "này" (in any case); most paragraphs have an "à" ("và", "là") but no "này".
        if (!CaselessSearch.Contains(s, "này")) return;
        foreach (Match m in SelfReference.Each(s))
        {
            var span = new TextSpan(offset + m.Index, m.Length);
            if (into.Any(c => c.Span.Contains(span.Start) && c.Kind != CitationKind.NamedLaw)) continue;
            into.RemoveAll(c => c.Kind == CitationKind.NamedLaw && span.Contains(c.SymbolSpan.Start));
            string tw = m.Groups["tw"].Value;
            into.Add(new Citation
            {
                Kind = CitationKind.Administrative,
                Type = InstrumentTypes.FromWord(tw),
                TypeWord = tw,
                TypeWordSpan = new TextSpan(offset + m.Groups["tw"].Index, m.Groups["tw"].Length),
                Span = span,
                SymbolSpan = span,
                Key = ownKey ?? "(văn bản này)",
                IsSelf = true,
            });
        }
    }
}
