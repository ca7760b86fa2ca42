using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Extraction.Citations;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Extraction.Dates;

/// <summary>
/// Finds full, partial and relative dates in a normalized document and resolves each to an interval where it can.
/// Stateless and thread-safe; every pattern is linear-time.
/// </summary>
public sealed partial class DateExtractor
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;

    // Extract calls each pattern only in paragraphs holding a word it cannot match without ("tháng", "năm", "quý",
    // "hằng"/"hàng", in any case) or a letter (giai đoạn/thời kỳ/từ → đ/ờ/ừ, "/"): a pattern taught a spelling without
    // that word needs its gate changed too, or it will never be called on it.
    [GeneratedRegex(@"\b(?<d>\d{1,2})\s?/\s?(?<m>\d{1,2})\s?/\s?(?<y>(?:19|20)\d\d)\b", Opts, 1000)]
    private static partial Regex BareDate();

    [GeneratedRegex(@"\btháng\s{1,3}(?<m>\d{1,2})\s{0,2}(?:/\s{0,2}|\s{1,3}năm\s{1,3})(?<y>(?:19|20)\d\d)\b", Opts, 1000)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\btháng\s{1,3}(?<m>\d{1,2})\b(?<rec>\s{1,3}(?:hằng|hàng)\s{1,3}năm)?", Opts, 1000)]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"\bquý\s{1,3}(?<q>IV|III|II|I|V|VI|[0-9])\b(?:\s{0,2}(?:/\s{0,2}|\s{1,3}năm\s{1,3})(?<y>(?:19|20)\d\d)\b)?", Opts, 1000)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(?<n>6|06|9|09)\s{1,3}tháng\s{1,3}(?<pos>đầu|cuối)\s{1,3}năm(?:\s{1,3}(?<y>(?:19|20)\d\d)\b)?", Opts, 1000)]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"\b(?:giai\s{1,3}đoạn|thời\s{1,3}kỳ|nhiệm\s{1,3}kỳ)\s{1,3}(?:từ\s{1,3}(?:năm\s{1,3})?)?(?<a>(?:19|20)\d\d)(?:\s{0,2}(?:[-–—]|đến)\s{0,2}(?:năm\s{1,3})?|(?<glued>)|(?<glued>\s{1,2}))(?<b>(?:19|20)\d\d)(?:\b|(?<gluedword>)(?=\p{L}))|\btừ\s{1,3}(?:năm\s{1,3})?(?<a>(?:19|20)\d\d)\s{1,3}đến\s{1,3}(?:năm\s{1,3})?(?<b>(?:19|20)\d\d)\b", Opts, 1000)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\bnăm\s{1,3}(?<y>(?:19|20)\d\d)\b", Opts, 1000)]
    private static partial Regex YearOnly();

    // A look-behind, not "(?:^|[^\p{L}])": a pattern that starts with a character class is tried at every space of
    // the paragraph; one that starts with "h" is found by a vectorized search (this was 4 % of a lint).
    [GeneratedRegex(@"(?<!\p{L})(?:hằng|hàng)\s{1,3}(?<per>năm|quý|tháng|tuần)\b", Opts, 1000)]
    private static partial Regex Recurring();

    [GeneratedRegex(@"(?<q>chậm\s+nhất(?:\s+là)?|muộn\s+nhất(?:\s+là)?|trước|xong\s+trước|trong|từ|bắt\s+đầu\s+từ|đến|tới)\s*(?:ngày\s*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex QualifierBefore();

    private static readonly SearchValues<char> RangeLetters = SearchValues.Create("đĐờỜừỪ");

    /// <summary>Extracts the date expressions of <paramref name="doc"/>; dates written with citations are marked.</summary>
    public IReadOnlyList<DateMention> Extract(NormalizedText doc, IReadOnlyList<Citation> citations)
    {
        var citationDates = new SpanSet(citations.Where(c => c.DateSpan is not null).Select(c => c.DateSpan!.Value));
        var symbols = new SpanSet(citations.Select(c => c.SymbolSpan));
        var found = new List<DateMention>();
        foreach (var block in doc.Blocks)
        {
            if (block.Span.Length == 0) continue;
            string s = doc.TextOf(block);
            int off = block.Span.Start;
            var claims = new CharClaims(s.Length);
            bool Free(int start, int length)
            {
                if (!claims.IsFree(start, length) || symbols.Overlaps(new TextSpan(off + start, length))) return false;
                claims.Claim(start, length);
                return true;
            }

            // Every pattern but the recurring one needs a digit; most paragraphs have none.
            bool digits = s.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
            // A word or letter each pattern cannot match without (in any case: the patterns ignore case), looked for
            // with vectorized searches; a pattern call costs more than the look even when it finds nothing.
            bool slash = digits && s.Contains('/');
            bool thang = digits && CaselessSearch.Contains(s, "tháng");
            bool nam = digits && CaselessSearch.Contains(s, "năm");
            bool quy = CaselessSearch.Contains(s, "quý");
            // Year ranges need two years, bare dates, months of a year and years one ("19" or "20" and two digits).
            int years = digits ? Years(s) : 0;
            slash &= years >= 1;
            bool range = years >= 2 && s.AsSpan().IndexOfAny(RangeLetters) >= 0;             // giai đoạn, thời kỳ, từ
            bool every = CaselessSearch.Contains(s, "hàng") || CaselessSearch.Contains(s, "hằng");
            foreach (Match m in DatePatterns.DayDate().Each(s, when: digits))
                if (Free(m.Index, m.Length)) found.Add(Day(s, off, m, citationDates));
            foreach (Match m in BareDate().Each(s, when: slash))
            {
                // "01/2015/TT-CA" is a number, not a date.
                int end = m.Index + m.Length;
                if (end < s.Length && s[end] == '/') continue;
                if (Free(m.Index, m.Length)) found.Add(Day(s, off, m, citationDates));
            }
            foreach (Match m in YearRange().Each(s, when: range))
            {
                if (!Free(m.Index, m.Length)) continue;
                int a = Int(m, "a"), b = Int(m, "b");
                found.Add(new DateMention
                {
                    Kind = DateKind.YearRange, Span = new TextSpan(off + m.Index, m.Length), Text = m.Value,
                    Year = a, EndYear = b, Start = new DateOnly(a, 1, 1), End = new DateOnly(b, 12, 31),
                    Qualifier = Qualifier(s, m.Index), IsValid = a <= b, Problem = a <= b ? null : "năm bắt đầu sau năm kết thúc",
                    // "nhiệm kỳ 20262031", "giai đoạn 2021 2030", "giai đoạn 2026-2031và": the years run together or
                    // lost their dash, or a word is glued on.
                    IsGlued = m.Groups["glued"].Success || m.Groups["gluedword"].Success,
                });
            }
            foreach (Match m in HalfYear().Each(s, when: thang))
            {
                if (!Free(m.Index, m.Length)) continue;
                int months = Int(m, "n");
                bool first = m.Groups["pos"].Value.StartsWith("đ", StringComparison.OrdinalIgnoreCase);
                int? y = m.Groups["y"].Success ? Int(m, "y") : null;
                found.Add(new DateMention
                {
                    Kind = DateKind.HalfYear, Span = new TextSpan(off + m.Index, m.Length), Text = m.Value, Year = y,
                    Start = y is { } yy ? new DateOnly(yy, first ? 1 : 13 - months, 1) : null,
                    End = y is { } ye ? (first ? new DateOnly(ye, months, 1).AddMonths(1).AddDays(-1) : new DateOnly(ye, 12, 31)) : null,
                    Qualifier = Qualifier(s, m.Index),
                });
            }
            var quarters = quy && (digits || s.Contains('I')) ? Quarter().Matches(s).Cast<Match>().ToList() : [];
            for (int k = 0; k < quarters.Count; k++)
            {
                var m = quarters[k];
                if (!Free(m.Index, m.Length)) continue;
                int q = QuarterNumber(m.Groups["q"].Value);
                int? y = m.Groups["y"].Success ? Int(m, "y") : null;
                // "Quý II, Quý III/2021": a quarter without a year takes the year of the next one in the list.
                if (y is null && k + 1 < quarters.Count && quarters[k + 1].Groups["y"].Success && quarters[k + 1].Index - (m.Index + m.Length) <= 6)
                    y = Int(quarters[k + 1], "y");
                bool valid = q is >= 1 and <= 4;
                found.Add(new DateMention
                {
                    Kind = DateKind.Quarter, Span = new TextSpan(off + m.Index, m.Length), Text = m.Value, Quarter = q, Year = y,
                    Start = valid && y is { } ys ? new DateOnly(ys, 3 * q - 2, 1) : null,
                    End = valid && y is { } ye ? new DateOnly(ye, 3 * q, 1).AddMonths(1).AddDays(-1) : null,
                    Qualifier = Qualifier(s, m.Index), IsValid = valid, Problem = valid ? null : $"không có quý {m.Groups["q"].Value}",
                });
            }
            foreach (Match m in MonthYear().Each(s, when: thang && years >= 1))
            {
                if (!Free(m.Index, m.Length)) continue;
                int mo = Int(m, "m"), y = Int(m, "y");
                bool valid = mo is >= 1 and <= 12;
                found.Add(new DateMention
                {
                    Kind = DateKind.Month, Span = new TextSpan(off + m.Index, m.Length), Text = m.Value, Month = mo, Year = y,
                    Start = valid ? new DateOnly(y, mo, 1) : null, End = valid ? new DateOnly(y, mo, 1).AddMonths(1).AddDays(-1) : null,
                    Qualifier = Qualifier(s, m.Index), IsValid = valid, Problem = valid ? null : $"không có tháng {mo}",
                });
            }
            foreach (Match m in MonthOnly().Each(s, when: thang))
            {
                int len = m.Length;
                if (!Free(m.Index, len)) continue;
                int mo = Int(m, "m");
                bool valid = mo is >= 1 and <= 12;
                found.Add(new DateMention
                {
                    Kind = m.Groups["rec"].Success ? DateKind.Recurring : DateKind.Month, Span = new TextSpan(off + m.Index, len), Text = m.Value,
                    Month = mo, Qualifier = Qualifier(s, m.Index), IsValid = valid, Problem = valid ? null : $"không có tháng {mo}",
                });
            }
            foreach (Match m in YearOnly().Each(s, when: nam && years >= 1))
            {
                if (!Free(m.Index, m.Length)) continue;
                int y = Int(m, "y");
                found.Add(new DateMention
                {
                    Kind = DateKind.Year, Span = new TextSpan(off + m.Index, m.Length), Text = m.Value, Year = y,
                    Start = new DateOnly(y, 1, 1), End = new DateOnly(y, 12, 31), Qualifier = Qualifier(s, m.Index),
                });
            }
            foreach (Match m in Recurring().Each(s, when: every))
            {
                int start = m.Value.Length > 0 && !char.IsLetter(m.Value[0]) ? m.Index + 1 : m.Index;
                int len = m.Index + m.Length - start;
                if (!Free(start, len)) continue;
                found.Add(new DateMention { Kind = DateKind.Recurring, Span = new TextSpan(off + start, len), Text = s.Substring(start, len) });
            }
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    /// <summary>
    /// How many years (0, 1, or 2 for two or more) the text could hold as the patterns write one: "19" or "20" then two
    /// digits (any script's, as <c>\d</c>), counted without overlap from the left, which finds as many as any choice.
    /// </summary>
    internal static int Years(ReadOnlySpan<char> s)
    {
        int n = 0;
        for (int i = s.IndexOfAny('1', '2'); i >= 0 && i + 3 < s.Length;)
        {
            if ((s[i] == '1' && s[i + 1] == '9' || s[i] == '2' && s[i + 1] == '0') && char.IsDigit(s[i + 2]) && char.IsDigit(s[i + 3]))
            {
                if (++n == 2) return 2;
                i += 4;
            }
            else i++;
            if (i >= s.Length) break;
            int next = s[i..].IndexOfAny('1', '2');
            if (next < 0) break;
            i += next;
        }
        return n;
    }

    private static DateMention Day(string s, int off, Match m, SpanSet citationDates)
    {
        var pd = DatePatterns.Parse(m);
        var span = new TextSpan(off + m.Index, m.Length);
        string? problem = pd.IsValid ? null
            : pd.Year > 9999 ? $"năm {m.Groups["y"].Value} viết sai (năm có bốn chữ số)"
            : pd.Month is < 1 or > 12 ? $"không có tháng {pd.Month}" : $"tháng {pd.Month}/{pd.Year} không có ngày {pd.Day}";
        return new DateMention
        {
            Kind = DateKind.Day, Span = span, Text = m.Value, Day = pd.Day, Month = pd.Month, Year = pd.Year,
            Start = pd.Value, End = pd.Value, IsValid = pd.IsValid, Problem = problem,
            Qualifier = Qualifier(s, m.Index), InCitation = citationDates.Contains(span.Start),
            IsGlued = DatePatterns.IsGlued(m.ValueSpan),
        };
    }

    private static DateQualifier Qualifier(string s, int at)
    {
        int from = Math.Max(0, at - 30);
        var m = QualifierBefore().Match(s[from..at]);
        if (!m.Success) return DateQualifier.None;
        string q = VietnameseLetters.Fold(m.Groups["q"].Value).ToLowerInvariant();
        if (q.StartsWith("cham nhat", StringComparison.Ordinal) || q.StartsWith("muon nhat", StringComparison.Ordinal)) return DateQualifier.NoLaterThan;
        if (q.Contains("truoc", StringComparison.Ordinal)) return DateQualifier.Before;
        if (q == "trong") return DateQualifier.Within;
        if (q.Contains("tu", StringComparison.Ordinal)) return DateQualifier.From;
        return DateQualifier.Until;
    }

    private static int QuarterNumber(string q) => q.ToUpperInvariant() switch
    {
        "I" => 1, "II" => 2, "III" => 3, "IV" => 4, "V" => 5, "VI" => 6,
        _ => int.Parse(q, CultureInfo.InvariantCulture),
    };

    private static int Int(Match m, string g) => int.Parse(m.Groups[g].ValueSpan, CultureInfo.InvariantCulture);
}
