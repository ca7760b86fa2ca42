using System.Text.RegularExpressions;
using DocCheck.Extraction.Dates;
using DocCheck.Normalization;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Extraction.Plans;

/// <summary>
/// Where a plan states its own period: its title, else the sentence that issues it ("Ban hành kèm theo Quyết định
/// này Kế hoạch … năm 2021", "UBND tỉnh ban hành Kế hoạch … năm 2021 như sau:"); and the periods the body gives the
/// plan elsewhere, which DC3004 compares with the title's.
/// </summary>
internal static partial class PlanPeriodReader
{
    /// <summary>"… Kế hoạch CCHC năm 2021", "nhiệm vụ … giai đoạn 2021-2025": a period the body gives a plan, words only in between.</summary>
    [GeneratedRegex(@"(?:kế\s+hoạch|chương\s+trình|đề\s+án)(?:\s+[\p{L}&]+){0,8}\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex PlanPhraseBefore();

    /// <summary>The words that issue the document's own plan: "Ban hành kèm theo Quyết định này Kế hoạch", "ban hành Kế hoạch".</summary>
    [GeneratedRegex(@"\bban\s+hành(?:\s+kèm\s+theo\s+(?:quyết\s+định|nghị\s+quyết)\s+này)?\s+(?:kế\s+hoạch|chương\s+trình|đề\s+án|phương\s+án)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Issues();

    /// <summary>Between the plan word and its period, the plan's name only: no number, no end of a clause.</summary>
    [GeneratedRegex(@"^[^\d;.:()]{0,240}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NameOnly();

    /// <summary>The plan's period: from the title, else from the sentence that issues the plan.</summary>
    public static PlanPeriod? Period(NormalizedText doc, DocumentStructure structure, IReadOnlyList<DateMention> dates)
    {
        int? year = DocumentYear(structure, dates);
        return TitlePeriod(doc, structure, dates, year) ?? IssuedPeriod(doc, structure, dates, year);
    }

    /// <summary>
    /// The year the document was written: its header's, else the latest year of the instruments it cites, which it
    /// cannot be older than (a file without a header: "đến năm 2020" then runs from that year, not from 2020 alone).
    /// </summary>
    public static int? DocumentYear(DocumentStructure structure, IReadOnlyList<DateMention> dates)
    {
        if (structure.Header.PlaceDate?.Date.Year is int y) return y;
        int? latest = null;
        foreach (var d in dates)
            if (d.InCitation && d.IsValid && d.Year is int c && (latest is null || c > latest)) latest = c;
        return latest;
    }

    /// <summary>
    /// The years a title names ("năm 2021", "giai đoạn 2016-2020", "đến năm 2025"), all of them: "Đánh giá công tác
    /// cải cách hành chính năm 2025, triển khai nhiệm vụ năm 2026" covers both years. A decision carrying a plan
    /// ("QUYẾT ĐỊNH ban hành Kế hoạch … năm 2021"): any part's title will do, the main part's first.
    /// </summary>
    private static PlanPeriod? TitlePeriod(NormalizedText doc, DocumentStructure structure, IReadOnlyList<DateMention> dates, int? docYear)
    {
        foreach (var part in structure.Parts)
        {
            if (part.Header.Title is not { } title) continue;
            // A title that reflow ran on into the preamble ("… giai đoạn 2021 - 2025 Thực hiện Quyết định số …") ends there.
            var merged = MergedPreamble().Match(title.Text);
            var span = merged.Success ? new TextSpan(title.Span.Start, merged.Index) : title.Span;
            var years = dates.Where(d => span.Contains(d.Span.Start) && !d.InCitation && d.IsValid && d.Kind is DateKind.Year or DateKind.YearRange).ToList();
            // "…, tầm nhìn đến năm 2045", "định hướng đến năm 2030": a horizon beyond the plan, not its period.
            var own = years.Where(d => !Orientation().IsMatch(doc.Text.AsSpan(Math.Max(span.Start, d.Span.Start - 24), d.Span.Start - Math.Max(span.Start, d.Span.Start - 24)))).ToList();
            if (own.Count > 0) years = own;
            if (years.Count > 0) return Union(years, docYear, fromTitle: true);
        }
        return null;
    }

    [GeneratedRegex(@"\s(?:Thực\s+hiện|Căn\s+cứ|Theo\s+đề\s+nghị)\s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MergedPreamble();

    [GeneratedRegex(@"(?:tầm\s+nhìn|định\s+hướng)(?:\s+đến)?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Orientation();

    private static PlanPeriod Union(List<DateMention> years, int? docYear, bool fromTitle)
    {
        int start = int.MaxValue, end = int.MinValue;
        foreach (var d in years)
        {
            int a = d.Year!.Value, b = d.EndYear ?? a;
            // "đến năm 2025": from the document's own year to that year.
            if (d.Kind == DateKind.Year && d.Qualifier == DateQualifier.Until && docYear is int y && y < a) a = y;
            start = Math.Min(start, a);
            end = Math.Max(end, b);
        }
        // Where one mention covers them all ("giai đoạn 2018-2020, một số giải pháp cụ thể năm 2018"), it is what the period quotes.
        var whole = years.FirstOrDefault(d => d.Year == start && (d.EndYear ?? d.Year) == end) ?? (years.Count == 1 ? years[0] : null);
        if (whole is not null) return new PlanPeriod(start, end, whole.Span, whole.Text, fromTitle);
        var span = TextSpan.FromBounds(years[0].Span.Start, years[^1].Span.End);
        return new PlanPeriod(start, end, span, years[0].Text + " … " + years[^1].Text, fromTitle);
    }

    /// <summary>
    /// When no title gives a period: the one in the sentence that issues the plan — a decision's "Ban hành kèm theo
    /// Quyết định này Kế hoạch … năm 2021", or the preamble's "… ban hành Kế hoạch … năm 2021 như sau:". A "Căn cứ"
    /// clause issues someone else's plan and is not read.
    /// </summary>
    private static PlanPeriod? IssuedPeriod(NormalizedText doc, DocumentStructure structure, IReadOnlyList<DateMention> dates, int? docYear)
    {
        var tables = structure.Parts.SelectMany(p => p.Tables).Select(t => t.Span).ToList();
        Block? block = null;
        string text = "";
        List<Match> issues = [];
        foreach (var d in dates)
        {
            if (d.InCitation || !d.IsValid || d.Kind is not (DateKind.Year or DateKind.YearRange) || tables.Any(t => t.Contains(d.Span.Start))) continue;
            var here = doc.BlockAt(d.Span.Start);
            if (block is null || block.Span != here.Span)
            {
                block = here;
                text = doc.TextOf(here);
                bool own = PreambleParser.KindOf(text) != PreambleKind.Basis
                    && (text.Contains("kèm theo", StringComparison.OrdinalIgnoreCase) || text.TrimEnd().EndsWith(':'));
                issues = own ? Issues().Matches(text).ToList() : [];
            }
            if (issues.Count == 0) continue;
            // The last plan the block issues is its own: "Thực hiện Quyết định … ban hành Kế hoạch … năm 2020, UBND
            // huyện ban hành Kế hoạch … năm 2021 như sau:".
            int at = d.Span.Start - here.Span.Start;
            Match? issue = null;
            foreach (var m in issues) if (m.Index < at) issue = m;
            if (issue is null || !NameOnly().IsMatch(text.AsSpan(issue.Index + issue.Length, at - issue.Index - issue.Length))) continue;
            return Union([d], docYear, fromTitle: false);
        }
        return null;
    }

    /// <summary>The periods the body gives the plan outside its titles ("… Kế hoạch CCHC năm 2021").</summary>
    public static List<PlanPeriod> BodyPeriods(NormalizedText doc, DocumentStructure structure, IReadOnlyList<DateMention> dates)
    {
        var titles = structure.Parts.Select(p => p.Header.Title?.Span).Where(s => s is not null).Select(s => s!.Value).ToList();
        var result = new List<PlanPeriod>();
        foreach (var d in dates)
        {
            if (d.InCitation || !d.IsValid || titles.Any(t => t.Contains(d.Span.Start))) continue;
            if (d.Kind is not (DateKind.Year or DateKind.YearRange)) continue;
            string before = doc.Text[Math.Max(0, d.Span.Start - 60)..d.Span.Start];
            if (!PlanPhraseBefore().IsMatch(before)) continue;
            int a = d.Year!.Value, b = d.EndYear ?? a;
            result.Add(new PlanPeriod(a, b, d.Span, d.Text, false));
        }
        return result;
    }
}
