using DocCheck.Extraction.Citations;
using DocCheck.Extraction.Plans;
using System.Text.RegularExpressions;
using DocCheck.Pipeline;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Rules;

/// <summary>What a rule sees: the analyzed document, the language of messages, and settings from the run.</summary>
public sealed partial class RuleContext(AnalyzedDocument document, LintOptions options)
{
    private List<TextSpan>? _templateZones;

    public AnalyzedDocument Document { get; } = document;
    public LintOptions Options { get; } = options;

    /// <summary>Language of messages: "vi" (default) or "en".</summary>
    public string Lang => Options.Lang;

    /// <summary>The document's own date, else the reference date of the run (no clock in Core).</summary>
    public DateOnly? DocumentDate => Document.Structure.Header.PlaceDate?.Date.Value ?? Options.ReferenceDate;

    /// <summary>The plan's period: the configured one if set, else the one read from the title.</summary>
    public PlanPeriod? Period => Options.Period is { } p ? new PlanPeriod(p.Start, p.End, default, "(cấu hình)", false) : Document.Plan.Period;

    /// <summary>A finding of <paramref name="rule"/> at <paramref name="span"/>, with its message filled.</summary>
    public Finding Report(RuleDescriptor rule, TextSpan span, object?[] args, IReadOnlyList<RelatedLocation>? related = null, SuggestedFix? fix = null) =>
        new(rule.Id, rule.DefaultLevel, rule.Format(Lang, args), span, related ?? [], fix);

    /// <summary>The original source text of a span, for quoting in messages.</summary>
    public string Quote(TextSpan span) => OneLineText.Of(Document.Normalized.Quote(span));

    /// <summary>
    /// True if the header area matches <paramref name="pattern"/>: the text before the end of the title (or of the
    /// type word), else the first 15 lines. The preamble's citations ("Căn cứ Quyết định số …") are not part of it.
    /// </summary>
    public bool OpeningHas(Regex pattern)
    {
        var h = Document.Structure.Header;
        var text = Document.Normalized.Text;
        int end = h.Title?.Span.End ?? h.TypeWord?.Span.End ?? -1;
        if (end < 0)
        {
            end = 0;
            for (int i = 0; i < 15 && end < text.Length; i++)
            {
                int nl = text.IndexOf('\n', end);
                end = nl < 0 ? text.Length : nl + 1;
            }
        }
        return pattern.IsMatch(text.AsSpan(0, Math.Min(end, text.Length)));
    }

    /// <summary>
    /// True for a plan: a Kế hoạch, Chương trình, Đề án, Phương án or Dự án, one carried inside a decision, or a
    /// decision whose title issues one ("Ban hành Kế hoạch …"). Only plans have a period that deadlines must fit in.
    /// </summary>
    public bool IsPlan =>
        !IsNormativeText
        && (Document.Structure.Parts.Any(p => p.Header.Type?.Code is "KH" or "CTr" or "ĐA" or "PA" or "DA")
            || (Document.Structure.Header.Title?.Text is { } t && PlanTitle().IsMatch(t)));

    [GeneratedRegex(@"(?i)\b(?:kế\s+hoạch|chương\s+trình|đề\s+án|phương\s+án)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PlanTitle();

    /// <summary>
    /// True for a legal normative text (a number with its year like 88/2024/NĐ-CP, or a Luật, Pháp lệnh, Nghị định,
    /// Thông tư, văn bản hợp nhất): its dates state conditions ("đất sử dụng trước ngày 01/7/2004"), not deadlines of a plan.
    /// </summary>
    public bool IsNormativeText =>
        (Document.OwnKey is { } key && CitationKeys.HasYear(key))
        || Document.Structure.Header.Type?.Code is "L" or "PL" or "NĐ" or "TT" or "VBHN" or "BL"
        || OpeningHas(LawNumberLine());

    [GeneratedRegex(@"(?i)\b(?:Bộ\s+)?luật\s+số\s*:\s*\d", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LawNumberLine();


    /// <summary>
    /// True inside text meant to be filled in later: an annex, a part whose type or title says it is a template
    /// ("ĐỀ CƯƠNG ĐỀ ÁN MẪU"), anything after a part's signature, and anything from a "Mẫu số …" / "Biểu mẫu"
    /// heading to the end of its part. Blanks there are the form, not an oversight.
    /// </summary>
    public bool InTemplate(int offset)
    {
        _templateZones ??= TemplateZones();
        foreach (var z in _templateZones) if (z.Contains(offset)) return true;
        return false;
    }

    [GeneratedRegex(@"^\s*(?:Mẫu|MẪU|Phụ\s+lục|PHỤ\s+LỤC|Biểu\s+mẫu|BIỂU\s+MẪU|Biểu\s+số|BIỂU\s+SỐ)(?:\s|$|:)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FormHeading();

    private List<TextSpan> TemplateZones()
    {
        var zones = new List<TextSpan>();
        var n = Document.Normalized;
        bool formsStarted = false;
        foreach (var part in Document.Structure.Parts)
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
                // A heading, not a sentence that happens to start with "Phụ lục" or "Mẫu".
                if (block.Span.Length <= 150 && FormHeading().IsMatch(n.Slice(block.Span)))
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
