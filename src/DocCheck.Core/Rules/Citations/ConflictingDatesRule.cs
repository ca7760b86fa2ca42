using DocCheck.Extraction.Citations;
using DocCheck.Text;

namespace DocCheck.Rules.Citations;

/// <summary>DC2001: the same instrument is cited with different dates in one document (225/QĐ-TTg: 04/12/2016 and 04/02/2016).</summary>
public sealed class ConflictingDatesRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC2001", RuleCategory.Citations, RuleLevel.Error,
        "Một văn bản được dẫn với hai ngày khác nhau", "Same instrument cited with different dates",
        "{0} được dẫn với ngày {1}, nhưng ở dòng {2} lại ghi ngày {3}", "{0} is cited as dated {1}, but line {2} gives {3}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        var doc = c.Document.Normalized;
        // Several laws share a name (Luật Giáo dục 2005, 2019), so named laws are not compared.
        var cited = c.Document.Citations.Where(x => !x.IsSelf && x.Date is { IsValid: true } && x.Kind is not (CitationKind.Standard or CitationKind.NamedLaw));
        foreach (var f in OwnDate(c)) yield return f;
        foreach (var key in cited.GroupBy(x => x.Key))
        foreach (var group in Instruments(key.ToList()))
        {
            var byDate = group.GroupBy(x => x.Date!.Value!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).ToList();
            if (byDate.Count < 2) continue;
            // The date most mentions agree on is taken as the reference; every other date is reported once.
            var reference = byDate[0].First();
            foreach (var other in byDate.Skip(1))
            {
                var cite = other.First();
                int refLine = doc.SourcePosition(reference.DateSpan!.Value.Start).Line;
                yield return c.Report(Rule, cite.DateSpan ?? cite.SymbolSpan,
                    [key.Key, Vi(cite.Date!.Value!.Value), refLine, Vi(reference.Date!.Value!.Value)],
                    [new RelatedLocation(reference.DateSpan!.Value, $"{key.Key} {Vi(reference.Date!.Value!.Value)}")]);
            }
        }
    }

    /// <summary>
    /// "(Ban hành kèm theo Quyết định số 2818/QĐ-UBND ngày 16 tháng 11 năm 2020 …)": the line that attaches a plan or an
    /// annex to this document names it, and its date must be the header's. A number without a year is compared only
    /// with a date of the header's year (last year's plan of the same number is another instrument).
    /// </summary>
    private static IEnumerable<Finding> OwnDate(RuleContext c)
    {
        if (c.Document.Structure.Header.PlaceDate is not { Date.Value: { } own } header || c.Document.OwnKey is not { } ownKey) yield break;
        var attached = c.Document.Structure.Parts.Select(p => p.Header.AttachedTo?.Span).Where(s => s is not null).Select(s => s!.Value).ToList();
        if (attached.Count == 0) yield break;
        bool hasYear = CitationKeys.HasYear(ownKey);
        var seen = new HashSet<DateOnly>();
        foreach (var x in c.Document.Citations)
        {
            if (!x.IsSelf || x.Date?.Value is not { } d || d == own || x.DateSpan is not { } span || !attached.Any(a => a.Contains(span.Start))) continue;
            if (!hasYear && d.Year != own.Year) continue;
            if (!seen.Add(d)) continue;
            int line = c.Document.Normalized.SourcePosition(header.Field.Span.Start).Line;
            yield return c.Report(Rule, span, [x.Key, Vi(d), line, Vi(own)], [new RelatedLocation(header.Field.Span, header.Field.Text)]);
        }
    }

    /// <summary>
    /// The mentions of one number, by the instrument they name. A number with its year names one instrument. A number
    /// without one (administrative, Party) is reused in other years ("01/KH-UBND" every January): mentions dated in the
    /// same year are one instrument, and mentions of two years are one only when they give it the same title
    /// ("225/QĐ-TTg ngày 04/02/2016 … phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020" and the same
    /// words after "ngày 04/02/2017": a year typed wrong).
    /// </summary>
    private static List<List<Citation>> Instruments(List<Citation> mentions)
    {
        if (mentions[0].Year is not null) return [mentions];
        var years = mentions.GroupBy(x => x.Date!.Value!.Value.Year).Select(g => g.ToList()).ToList();
        for (int a = 0; a < years.Count; a++)
            for (int b = years.Count - 1; b > a; b--)
                if (years[a].Any(x => years[b].Any(y => SameTitle(x, y))))
                {
                    years[a].AddRange(years[b]);
                    years.RemoveAt(b);
                }
        foreach (var y in years) y.Sort((p, q) => p.Span.Start.CompareTo(q.Span.Start));
        return years;
    }

    private const int TitleWords = 12, MinTitleWords = 5;

    /// <summary>
    /// Both mentions give a title of at least five words, their first twelve words are the same ("… năm 2017" and
    /// "… năm 2018" are two titles), and so are their issuers where both give one.
    /// </summary>
    private static bool SameTitle(Citation x, Citation y)
    {
        if (x.Summary is not { } sx || y.Summary is not { } sy) return false;
        if (x.Issuer is { } ix && y.Issuer is { } iy && Words(ix, 20) != Words(iy, 20)) return false;
        string wx = Words(sx, TitleWords), wy = Words(sy, TitleWords);
        return wx.Count(ch => ch == ' ') >= MinTitleWords - 1 && wx == wy;
    }

    private static string Words(string s, int n) =>
        string.Join(' ', VietnameseFold.Fold(s).ToLowerInvariant().Split([' ', '\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries).Take(n));

    internal static string Vi(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
