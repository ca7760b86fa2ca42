using DocCheck.Normalization;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Extraction.DocumentKind;

/// <summary>
/// The parts of the text meant to be filled in later: an annex, a part whose type or title says it is a template
/// ("ĐỀ CƯƠNG ĐỀ ÁN MẪU"), anything after a part's signature, and anything from a "Mẫu số …" / "Biểu mẫu" heading to
/// the end of its part. Blanks there are the form, not an oversight. Found on first read (only rules ask), safely
/// from several threads.
/// </summary>
public sealed class TemplateZones
{
    /// <summary>A heading is a short block; a sentence that happens to start with "Phụ lục" or "Mẫu" is longer.</summary>
    private const int MaxHeading = 150;

    private readonly NormalizedText _doc;
    private readonly DocumentStructure _structure;
    private IReadOnlyList<TextSpan>? _spans;

    internal TemplateZones(NormalizedText doc, DocumentStructure structure)
    {
        _doc = doc;
        _structure = structure;
    }

    /// <summary>The zones, in part order (a zone may lie inside another).</summary>
    public IReadOnlyList<TextSpan> Spans
    {
        get
        {
            var spans = Volatile.Read(ref _spans);
            if (spans is null)
            {
                spans = Find(_doc, _structure);
                Volatile.Write(ref _spans, spans);
            }
            return spans;
        }
    }

    /// <summary>True when <paramref name="offset"/> lies in a zone.</summary>
    public bool Contains(int offset)
    {
        foreach (var z in Spans) if (z.Contains(offset)) return true;
        return false;
    }

    private static List<TextSpan> Find(NormalizedText n, DocumentStructure structure)
    {
        var zones = new List<TextSpan>();
        bool formsStarted = false;
        foreach (var part in structure.Parts)
        {
            var h = part.Header;
            bool template = part.Kind == PartKind.Annex
                || (formsStarted && h.AttachedTo is null)
                || (h.TypeWord?.Text.Contains("MẪU", StringComparison.OrdinalIgnoreCase) ?? false)
                || (h.Title?.Text.Contains("mẫu", StringComparison.OrdinalIgnoreCase) ?? false);
            if (template) { zones.Add(part.Span); formsStarted = true; continue; }
            if (part.Signature is { } sig && sig.Field.Span.End < part.Span.End)
                zones.Add(TextSpan.FromBounds(sig.Field.Span.End, part.Span.End));
            // Only this part's blocks (found by binary search: a file can hold hundreds of parts).
            int lo = 0, hi = n.Blocks.Count;
            while (lo < hi) { int mid = (lo + hi) / 2; if (n.Blocks[mid].Span.Start < part.Span.Start) lo = mid + 1; else hi = mid; }
            for (int b = lo; b < n.Blocks.Count && n.Blocks[b].Span.Start < part.Span.End; b++)
            {
                var block = n.Blocks[b];
                if (block.Span.Length <= MaxHeading && DocumentKindPatterns.FormHeading().IsMatch(n.TextOf(block)))
                {
                    zones.Add(TextSpan.FromBounds(block.Span.Start, part.Span.End));
                    formsStarted = true;
                    break;
                }
            }
        }
        return zones;
    }
}
