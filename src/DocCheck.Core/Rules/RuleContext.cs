using DocCheck.Extraction.Plans;
using DocCheck.Pipeline;
using DocCheck.Text;

namespace DocCheck.Rules;

/// <summary>What a rule sees: the analyzed document, the language of messages, and settings from the run.</summary>
public sealed class RuleContext(AnalyzedDocument document, LintOptions options)
{
    public AnalyzedDocument Document { get; } = document;
    public LintOptions Options { get; } = options;

    /// <summary>Language of messages: "vi" (default) or "en".</summary>
    public string Lang => Options.Lang;

    /// <summary>The document's own date, else the reference date of the run (no clock in Core).</summary>
    public DateOnly? DocumentDate => Document.Structure.Header.PlaceDate?.Date.Value ?? Options.ReferenceDate;

    /// <summary>
    /// The last day the document can be dated: its own date; for a draft whose header date has blanks ("ngày   tháng
    /// 3 năm 2026") the last day of what is written (31/3/2026; 31/12 when only the year is); else the run's reference
    /// date. <c>Written</c> is the date as the message quotes it ("28/02/2018", "tháng 3/2026", "năm 2026").
    /// </summary>
    public (DateOnly Date, string Written)? LatestDocumentDate
    {
        get
        {
            var header = Document.Structure.Header.PlaceDate?.Date;
            if (header?.Value is { } own) return (own, own.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
            (DateOnly, string)? reference = Options.ReferenceDate is { } r ? (r, r.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)) : null;
            (DateOnly Date, string)? bound = null;
            if (header is { Year: int y and >= 1900 and <= 2199 } partial)
            {
                if (partial.Month is int m and >= 1 and <= 12) bound = (new DateOnly(y, m, DateTime.DaysInMonth(y, m)), $"tháng {m}/{y}");
                else if (partial.Month is null) bound = (new DateOnly(y, 12, 31), $"năm {y}");
            }
            // A reference date inside what the blanks allow is the nearer bound.
            if (bound is { } b && reference is { } rr && rr.Item1 < b.Date) return rr;
            if (bound is not null || reference is not null) return bound ?? reference;
            // No year at all: a plan is issued before its period ends ("Kế hoạch … năm 2018" by 31/12/2018) — not a
            // plan that reviews a past period ("Kế hoạch tổng kết … giai đoạn 2016-2020").
            if (IsPlan && Period is { FromTitle: true } period && header?.Year is null
                && !ReviewsAPeriod(Document.Structure.Header.Title?.Text ?? ""))
                return (new DateOnly(period.EndYear, 12, 31), $"kế hoạch thời kỳ {period}");
            return null;
        }
    }

    private static bool ReviewsAPeriod(string title) =>
        title.Contains("tổng kết", StringComparison.OrdinalIgnoreCase) || title.Contains("sơ kết", StringComparison.OrdinalIgnoreCase)
        || title.Contains("đánh giá", StringComparison.OrdinalIgnoreCase);

    /// <summary>The plan's period: the configured one if set, else the one read from the title.</summary>
    public PlanPeriod? Period => Options.Period is { } p ? new PlanPeriod(p.Start, p.End, default, "(cấu hình)", false) : Document.Plan.Period;

    /// <summary>A finding of <paramref name="rule"/> at <paramref name="span"/>, with its message filled.</summary>
    public Finding Report(RuleDescriptor rule, TextSpan span, object?[] args, IReadOnlyList<RelatedLocation>? related = null, SuggestedFix? fix = null) =>
        new(rule.Id, rule.DefaultLevel, rule.Format(Lang, args), span, related ?? [], fix);

    /// <summary>The original source text of a span, for quoting in messages.</summary>
    public string Quote(TextSpan span) => OneLineText.Of(Document.Normalized.Quote(span));

    /// <summary>True for a plan (see <see cref="Extraction.DocumentKind.DocumentKindFacts.IsPlan"/>).</summary>
    public bool IsPlan => Document.Kind.IsPlan;

    /// <summary>True for a legal normative text (see <see cref="Extraction.DocumentKind.DocumentKindFacts.IsNormativeText"/>).</summary>
    public bool IsNormativeText => Document.Kind.IsNormativeText;

    /// <summary>True inside text meant to be filled in later (see <see cref="Extraction.DocumentKind.TemplateZones"/>).</summary>
    public bool InTemplate(int offset) => Document.Templates.Contains(offset);
}
