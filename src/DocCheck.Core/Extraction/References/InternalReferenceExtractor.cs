using System.Text.RegularExpressions;
using DocCheck.Normalization;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Extraction.References;

/// <summary>
/// Finds references to a section of the same part ("điểm 9 Mục II"). A reference that goes on to name another
/// instrument ("khoản 5 Mục II của Quyết định số …", "Mục II Luật …") is not internal and is left out.
/// Stateless and thread-safe; every pattern is linear-time.
/// </summary>
public static partial class InternalReferenceExtractor
{
    [GeneratedRegex(@"(?:các\s+)?(?:điểm|khoản|mục)\s+(?<nums>\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*(?:và|,)\s*\d{1,3})?)\s+(?:Mục|mục|Phần|phần)\s+(?<sec>[IVXLC]{1,6})\b(?!\s+(?:của\s+)?(?:Luật|Nghị|Quyết|Thông|Chỉ|Kế\s+hoạch\s+số|Chương\s+trình\s+số))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\d{1,3}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Number();

    /// <summary>The internal references of every part whose outline has Roman-numbered sections, by part, in document order.</summary>
    public static IReadOnlyList<InternalReference> Extract(NormalizedText doc, DocumentStructure structure)
    {
        var found = new List<InternalReference>();
        for (int p = 0; p < structure.Parts.Count; p++)
        {
            var part = structure.Parts[p];
            // "Mục II" names a Roman-numbered section: a part without one has nothing a reference could name, and
            // skipping it spares the scan of decisions, whose outline is articles.
            if (!part.Outline.Any(n => n.Kind == LabelKind.Roman)) continue;
            // Matched within the part, so the look-ahead never reads into the next part.
            string text = doc.Slice(part.Span);
            foreach (Match m in Reference().Each(text))
            {
                int at = part.Span.Start;
                var nums = m.Groups["nums"];
                var numbers = new List<ReferenceNumber>();
                foreach (Match n in Number().Each(nums.Value))
                    numbers.Add(new ReferenceNumber(n.Value, new TextSpan(at + nums.Index + n.Index, n.Length)));
                var sec = m.Groups["sec"];
                found.Add(new InternalReference(p, new TextSpan(at + m.Index, m.Length), m.Value, numbers, sec.Value, new TextSpan(at + sec.Index, sec.Length)));
            }
        }
        return found;
    }
}
