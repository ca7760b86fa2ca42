using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Extraction.Citations;
using DocCheck.Extraction.Dates;
using DocCheck.Extraction.DocumentKind;
using DocCheck.Extraction.Quantities.Roles;
using DocCheck.Normalization;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Extraction.Quantities;

/// <summary>
/// Finds percentages, scores, ranks, counts, money and durations, then gives each a role from its context — by
/// <see cref="RuleRoleClassifier"/>, and by a learned classifier when one is given, which sees the rules' role among
/// its cues — with the year and subject it is for; links a target to the baseline it improves on when they stand
/// together. Stateless and thread-safe.
/// </summary>
public sealed partial class QuantityExtractor
{
    private readonly IRoleClassifier? _roles;

    /// <summary>Roles by the rules alone.</summary>
    public QuantityExtractor() { }

    /// <summary>Roles by <paramref name="roles"/> (a learned model), which sees the rules' role among its cues; null for rules alone.</summary>
    public QuantityExtractor(IRoleClassifier? roles) => _roles = roles;

    /// <summary>The role classifier in use, or null for the rules alone.</summary>
    public IRoleClassifier? Roles => _roles;

    // Fixed patterns once compiled by the source generator: as Regex.IsMatch(text, pattern) calls, more than the
    // static regex cache holds (15) were in the per-quantity loop, so each call parsed its pattern again.
    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:năm\s+\d{4}|và\b|hoặc\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex WeakSubjectStart();

    [GeneratedRegex(@"^(?:[a-zđ]\)|\d+(?:\.\d+)*\.)\s*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadingLabel();

    [GeneratedRegex(@"^(?:\s*điểm)?(?:\s*tối\s+đa)?\s+trở\s+lên", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OrMore();

    [GeneratedRegex(@"\bnăm\s{1,3}(?<y>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex YearWord();

    [GeneratedRegex(@"điểm\s+(?:quan\s+trắc|cầu|bán|giao\s+dịch|tiếp\s+nhận|truy\s+cập|đỗ|dừng|du\s+lịch|thu\s+gom|tập\s+kết|trường|sạt\s+lở|nóng|đen)|địa\s+điểm", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex PlaceNamedDiem();

    /// <summary>
    /// Extracts the quantities of a document; <paramref name="planYear"/> (the first year the plan covers) tells past
    /// from future, and <paramref name="documentKind"/> says whether the document reports results.
    /// </summary>
    public IReadOnlyList<Quantity> Extract(NormalizedText doc, DocumentStructure structure, IReadOnlyList<Citation> citations, IReadOnlyList<DateMention> dates, int? planYear, DocumentKindFacts documentKind)
    {
        string text = doc.Text;
        var blocked = new SpanSet(citations.Select(c => c.SymbolSpan)
            .Concat(citations.Where(c => c.DateSpan is not null).Select(c => c.DateSpan!.Value))
            .Concat(dates.Where(d => d.Kind is not DateKind.Year).Select(d => d.Span)));
        var moneyTables = structure.Parts.SelectMany(p => p.Tables)
            .Where(t => t.Header.Any(h => MoneyHeader(h.Text))).Select(t => t.Span).ToList();
        var nodes = structure.Parts.SelectMany(p => p.AllNodes()).ToList();

        var found = new List<Quantity>();
        var numberStarts = new List<int>();
        foreach (var block in doc.Blocks)
        {
            if (block.Span.Length == 0) continue;
            string s = doc.TextOf(block);
            int off = block.Span.Start;
            var claims = new CharClaims(s.Length);
            bool Free(int start, int length)
            {
                if (!claims.IsFree(start, length) || blocked.Overlaps(new TextSpan(off + start, length))) return false;
                claims.Claim(start, length);
                return true;
            }
            void Add(QuantityKind kind, Match m, decimal value, decimal? of = null, decimal? upper = null, Comparison cmp = Comparison.Equal, string? unit = null, bool growth = false, bool broken = false, bool words = false)
            {
                var span = new TextSpan(off + m.Index, m.Length);
                bool isPercent = kind == QuantityKind.Percentage;
                found.Add(new Quantity
                {
                    Kind = kind, Span = span, Text = m.Value, Value = value, Of = of, UpperValue = upper,
                    Comparison = cmp, Unit = unit, IsGrowth = growth, IsBroken = broken, FromWords = words,
                    IsRatioToReference = isPercent && PercentageContext.RatioToReference(text, span),
                    InSumOfProportions = isPercent && PercentageContext.SumOfProportions(text, span),
                    QualifiedSpan = isPercent ? PercentageContext.WithQualifier(text, span) : null,
                });
            }

            // Cheap tests first: most paragraphs hold no digit, no "%", no "điểm", no "đồng".
            bool digits = s.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
            // "đồng" and "điểm" both start with đ/Đ, the only letters that fold to it: a vectorized look for those two
            // first spares the (non-vectorized) case-insensitive search in most paragraphs.
            bool dStroke = s.AsSpan().IndexOfAny('đ', 'Đ') >= 0;
            bool dong = dStroke && CaselessSearch.Contains(s, "đồng");
            if (!digits && !dong) continue;
            foreach (Match m in QuantityPatterns.MoneyWords().Each(s, when: dong))
            {
                if (NumberWords.TryParse(m.Value, out decimal v) && v > 0 && Free(m.Index, m.Length))
                    Add(QuantityKind.Money, m, v, unit: "đồng", words: true);
            }
            if (!digits) continue;
            bool slash = s.Contains('/'), percent = s.Contains('%'), diem = dStroke && CaselessSearch.Contains(s, "điểm");
            // Ranks, scores, money, durations and counts all end their number with a unit word: with no digit followed
            // by at most three spaces and a letter (a table cell of figures), none of those patterns can match.
            bool unitAfterNumber = UnitAfterNumber(s);
            slash &= unitAfterNumber;
            diem &= unitAfterNumber;
            foreach (Match m in QuantityPatterns.Rank().Each(s, when: slash))
            {
                if (Free(m.Index, m.Length))
                    Add(QuantityKind.Rank, m, Dec(m, "a"), of: Dec(m, "n"), unit: Spaces().Replace(m.Groups["unit"].Value, " "));
            }
            foreach (Match m in QuantityPatterns.ScoreOf().Each(s, when: slash && diem))
            {
                if (Free(m.Index, m.Length))
                    Add(QuantityKind.Score, m, Dec(m, "a"), of: Dec(m, "b"), cmp: ScoreQualifier(s, m.Index, m.Length), unit: "điểm");
            }
            foreach (Match m in QuantityPatterns.Score().Each(s, when: diem))
            {
                // "Số điểm quan trắc: 03 điểm", "02 điểm cầu": places, not points of a score.
                if (PlaceNamedDiem().IsMatch(s[ClauseStart(s, m.Index)..Math.Min(s.Length, m.Index + m.Length + 20)])) continue;
                if (!Free(m.Index, m.Length)) continue;
                bool broken = m.Groups["broken"].Success;
                string number = m.Groups["a"].Value + (broken ? "," + m.Groups["broken"].Value[2..] : m.Groups["dec"].Value);
                if (!VietnameseNumbers.TryParse(number, out decimal v)) continue;
                Add(QuantityKind.Score, m, v, cmp: ScoreQualifier(s, m.Index, m.Length), unit: "điểm", broken: broken);
            }
            foreach (Match m in QuantityPatterns.PercentRange().Each(s, when: percent))
            {
                if (Free(m.Index, m.Length))
                    Add(QuantityKind.Percentage, m, Dec(m, "a"), upper: Dec(m, "b"), cmp: Comparison.Between, unit: "%", growth: Growth(s, m.Index, m.Length));
            }
            foreach (Match m in QuantityPatterns.Percent().Each(s, when: percent))
            {
                if (!Free(m.Index, m.Length) || !VietnameseNumbers.TryParse(m.Groups["a"].Value, out decimal v)) continue;
                var cmp = m.Groups["up"].Success ? Comparison.AtLeast : m.Groups["down"].Success ? Comparison.AtMost : Qualifier(s, m.Index, m.Length);
                Add(QuantityKind.Percentage, m, v, cmp: cmp, unit: "%", growth: Growth(s, m.Index, m.Length));
            }
            // Money, durations and counts are tried only where a number with a word after it starts (one scan of the
            // block for the three), each anchored there: the same matches as searching the block.
            bool atStarts = unitAfterNumber && QuantityPatterns.NumberUnitStarts(s, numberStarts);
            foreach (Match m in atStarts ? QuantityPatterns.MoneyAt().EachAt(s, numberStarts) : QuantityPatterns.Money().Each(s, when: unitAfterNumber))
            {
                if (!Free(m.Index, m.Length) || !VietnameseNumbers.TryParse(m.Groups["n"].Value, out decimal v)) continue;
                string unit = m.Groups["unit"].Value.ToLowerInvariant();
                decimal mult = unit.StartsWith("tỷ", StringComparison.Ordinal) || unit.StartsWith("tỉ", StringComparison.Ordinal) ? 1_000_000_000m
                    : unit.StartsWith("triệu", StringComparison.Ordinal) ? 1_000_000m : unit.StartsWith("nghìn", StringComparison.Ordinal) || unit.StartsWith("ngàn", StringComparison.Ordinal) ? 1_000m : 1m;
                Add(QuantityKind.Money, m, v * mult, unit: "đồng");
            }
            // A table cell that is only an amount, in a table whose header speaks of money ("KINH PHÍ", "đồng").
            if (QuantityPatterns.AmountCell().IsMatch(s) && moneyTables.Any(t => t.Contains(off)))
            {
                var m = QuantityPatterns.AmountCell().Match(s);
                if (VietnameseNumbers.TryParse(s, out decimal v) && Free(0, s.Length)) Add(QuantityKind.Money, m, v, unit: "đồng");
            }
            int clockMinutesAt = -1;
            foreach (Match m in atStarts ? QuantityPatterns.DurationAt().EachAt(s, numberStarts) : QuantityPatterns.Duration().Each(s, when: unitAfterNumber))
            {
                if (ClockTime(s, m, ref clockMinutesAt)) continue;
                if (Free(m.Index, m.Length))
                    Add(QuantityKind.Duration, m, Dec(m, "n"), cmp: Qualifier(s, m.Index, m.Length), unit: Spaces().Replace(m.Groups["unit"].Value, " "));
            }
            foreach (Match m in atStarts ? QuantityPatterns.CountAt().EachAt(s, numberStarts) : QuantityPatterns.Count().Each(s, when: unitAfterNumber))
            {
                if (m.Index > 0 && s[m.Index - 1] == '/') continue;
                if (YearOrName(s, m)) continue;
                if (Free(m.Index, m.Length))
                    Add(QuantityKind.Count, m, Dec(m, "n"), unit: Spaces().Replace(m.Groups["unit"].Value, " "));
            }
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return AssignRoles(doc, found, nodes, planYear, documentKind.IsReport, structure);
    }

    // ---- roles: the rules' and the model's, then the year, subject and baseline each value is for ---------------

    private List<Quantity> AssignRoles(NormalizedText doc, List<Quantity> qs, List<OutlineNode> nodes, int? planYear, bool report, DocumentStructure structure)
    {
        var result = new List<Quantity>(qs.Count);
        var goalSpans = new SpanSet(nodes.Where(n => GoalHeading(n.Heading.Text)).Select(n => n.Span));
        var outline = new OutlineIndex(nodes);
        // Per block, sliced once: a block holding thousands of values must not be copied per value.
        Block? block = null;
        string s = "";
        bool goalParagraph = false;
        for (int i = 0; i < qs.Count; i++)
        {
            var q = qs[i];
            var here = doc.BlockAt(q.Span.Start);
            if (block is null || here.Span != block.Span)
            {
                block = here;
                s = doc.TextOf(block);
                goalParagraph = s.StartsWith("Mục tiêu", StringComparison.OrdinalIgnoreCase) || s.Contains("Mục tiêu cụ thể", StringComparison.OrdinalIgnoreCase);
            }
            int at = q.Span.Start - block.Span.Start, end = q.Span.End - block.Span.Start;
            int clauseStart = ClauseStart(s, at);
            string before = s[clauseStart..at];
            // A value alone in brackets ("giữ thứ hạng ổn định (4/19 xã, thị trấn)") takes the clause before them.
            if (before.Trim().Length == 0 && clauseStart > 0 && s[clauseStart - 1] == '(')
            {
                int outer = ClauseStart(s, clauseStart - 1);
                before = s[outer..(clauseStart - 1)];
            }
            string after = s[end..Math.Min(s.Length, end + 80)];
            // A year after the value belongs to it only within its clause ("… 36/63 tỉnh/thành năm 2018"), not to a
            // baseline in brackets after it ("0,5 điểm (năm 2016 chỉ đạt 0 điểm)").
            int cut = after.IndexOfAny(['(', ';']);
            string afterClause = cut >= 0 ? after[..cut] : after;
            var node = outline.Deepest(q.Span.Start);
            string? section = node?.Heading.Text;
            // Under a "Mục tiêu" / "Chỉ tiêu" heading at any level, or in a "Mục tiêu cụ thể: …" paragraph.
            bool goalSection = goalSpans.Contains(q.Span.Start) || goalParagraph;

            int? yearBefore = LastYear(before);
            int? yearAfter = FirstYear(afterClause);
            var role = RuleRoleClassifier.Decide(q.Kind, q.Text, before, after, goalSection, report, yearBefore, planYear);
            if (_roles is not null)
            {
                role = _roles.Classify(new RoleCues
                {
                    Kind = q.Kind, Text = q.Text, Comparison = q.Comparison, IsGrowth = q.IsGrowth,
                    Before = before, After = after, Section = section, GoalSection = goalSection, Report = report,
                    YearBefore = yearBefore, YearAfter = yearAfter, PlanYear = planYear, RuleRole = role,
                    DocumentType = structure.TypeCodeAt(q.Span.Start),
                });
            }
            int? year = role switch
            {
                QuantityRole.Baseline => yearBefore ?? yearAfter,
                QuantityRole.Target => yearAfter ?? (yearBefore is { } y0 && planYear is { } p0 && y0 >= p0 ? y0 : planYear),
                _ => yearAfter ?? yearBefore,
            };
            // A clause that only says when or adds to a list ("năm 2016 đạt", "và phấn đấu xếp hạng") names no subject;
            // the item it stands under does ("Nội dung “Tham gia của người dân ở cấp cơ sở”").
            string? subject = Subject(before);
            if (subject is null || subject.Length < 15 || WeakSubjectStart().IsMatch(subject))
                subject = section ?? subject;
            result.Add(q with { Role = role, Year = year, Subject = subject, Section = section });
        }
        // Link each target to the baseline of the same measure standing with it (same block, same maximum).
        for (int i = 0; i < result.Count; i++)
        {
            var t = result[i];
            if (t.Role != QuantityRole.Target || t.Kind is not (QuantityKind.Score or QuantityKind.Rank or QuantityKind.Percentage)) continue;
            int best = -1, bestDistance = int.MaxValue;
            // Values are in document order, so the candidates in the same block are the neighbours on either side
            // up to the first value in another block, at most 50 each way (scanning every value made many values quadratic).
            for (int dir = -1; dir <= 1; dir += 2)
            {
                for (int k = i + dir, seen = 0; k >= 0 && k < result.Count && seen < 50; k += dir, seen++)
                {
                    var b = result[k];
                    if (!SameBlock(doc, b.Span.Start, t.Span.Start)) break;
                    if (b.Role != QuantityRole.Baseline || b.Kind != t.Kind || (t.Of is not null && b.Of != t.Of)) continue;
                    int distance = Math.Abs(b.Span.Start - t.Span.Start);
                    if (distance < bestDistance) { best = k; bestDistance = distance; }
                }
            }
            if (best >= 0) result[i] = t with { Baseline = best };
        }
        return result;
    }

    /// <summary>
    /// A time of day, not a duration: "lúc 14 giờ", "từ 20 giờ 15 phút - 20 giờ 45 phút", "0 giờ 00 phút ngày 01/7";
    /// the minutes of such a time are skipped with it. "không quá 4 giờ 30 phút" stays a duration.
    /// </summary>
    private static bool ClockTime(string s, Match m, ref int clockMinutesAt)
    {
        if (m.Index == clockMinutesAt) return true;
        if (!m.Groups["unit"].Value.StartsWith("giờ", StringComparison.OrdinalIgnoreCase)) return false;
        int before = Math.Max(0, m.Index - 12);
        var lead = QuantityPatterns.ClockBefore().Match(s, before, m.Index - before);
        var minutes = QuantityPatterns.MinutesAfterHour().Match(s, m.Index + m.Length, s.Length - m.Index - m.Length);
        bool clock = (lead.Success && lead.Groups["at"].Success)
            || (minutes.Success && ((lead.Success && lead.Groups["from"].Success) || minutes.Groups["day"].Success));
        if (clock && minutes.Success) clockMinutesAt = minutes.Groups["mm"].Index;
        return clock;
    }

    /// <summary>
    /// Some run of digits is followed by at most three white-space characters and a letter ("15 ngày", "3tỷ"): what
    /// every match of the patterns with a unit word holds, since their number ends a digit run and their unit starts
    /// with a letter. Checked at the end of each digit run, so linear.
    /// </summary>
    internal static bool UnitAfterNumber(ReadOnlySpan<char> s)
    {
        // The patterns' \d is any Unicode digit: text in the blocks that hold other scripts' digits (Arabic to
        // Mongolian, Vai to Meetei Mayek, fullwidth) is left to the patterns.
        if (s.IndexOfAnyInRange('\u0660', '\u1DFF') >= 0 || s.IndexOfAnyInRange('\uA620', '\uABFF') >= 0 || s.IndexOfAnyInRange('\uFF10', '\uFF19') >= 0) return true;
        int i = s.IndexOfAnyInRange('0', '9');
        while (i >= 0)
        {
            int k = i + 1;
            while (k < s.Length && char.IsAsciiDigit(s[k])) k++;
            int j = k;
            while (j < s.Length && j - k < 3 && char.IsWhiteSpace(s[j])) j++;
            if (j < s.Length && char.IsLetter(s[j])) return true;
            int next = s[k..].IndexOfAnyInRange('0', '9');
            if (next < 0) return false;
            i = k + next;
        }
        return false;
    }

    /// <summary>A year before a word ("năm 2026 tỉnh Lâm Đồng", "2026 - 2028 TỈNH") or a number inside a name
    /// ("COVID-19 tỉnh") is not a count.</summary>
    private static bool YearOrName(string s, Match m)
    {
        if (m.Index > 0 && s[m.Index - 1] == '-' && m.Index > 1 && char.IsLetterOrDigit(s[m.Index - 2])) return true;
        var n = m.Groups["n"].ValueSpan;
        if (n.Length != 4 || !int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int y) || y < 1900 || y > 2100) return false;
        int before = Math.Max(0, m.Index - 16);
        return QuantityPatterns.YearLeadIn().IsMatch(s.AsSpan(before, m.Index - before));
    }

    private static bool GoalHeading(string heading) =>
        heading.Contains("Mục tiêu", StringComparison.OrdinalIgnoreCase) || heading.Contains("Chỉ tiêu", StringComparison.OrdinalIgnoreCase);

    private static bool SameBlock(NormalizedText doc, int a, int b)
    {
        int lo = Math.Min(a, b), hi = Math.Max(a, b);
        return doc.Text.IndexOf('\n', lo, hi - lo) < 0;
    }

    /// <summary>A clause looks back at most this far: a real clause is shorter, and an unbounded look-back made a
    /// long unpunctuated line of values quadratic (every value re-read and re-matched everything before it).</summary>
    private const int MaxClause = 400;

    private static int ClauseStart(string s, int at)
    {
        int floor = Math.Max(0, at - MaxClause);
        for (int k = at - 1; k >= floor; k--)
            if (s[k] is ';' or '(' or ')' || (s[k] == '.' && k + 1 < s.Length && s[k + 1] == ' ')) return k + 1;
        return floor;
    }

    private static int? LastYear(string s)
    {
        int? y = null;
        foreach (Match m in YearWord().Each(s)) y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        return y;
    }

    private static int? FirstYear(string s)
    {
        var m = YearWord().Match(s);
        return m.Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : null;
    }

    private static string? Subject(string before)
    {
        string t = before.Trim().TrimStart('-', '+', '•', ' ');
        t = LeadingLabel().Replace(t, "");
        var q = QuantityPatterns.QualifierBefore().Match(t);
        if (q.Success) t = t[..q.Index];
        t = t.Trim().TrimEnd(',', ':', '(').Trim();
        if (t.Length == 0) return null;
        return t.Length <= 120 ? t : "…" + t[^119..];
    }

    private static Comparison Qualifier(string s, int at, int length)
    {
        var m = QuantityPatterns.QualifierBefore().Match(s[Math.Max(0, at - 30)..at]);
        string after = s[(at + length)..Math.Min(s.Length, at + length + 40)];
        bool orMore = OrMore().IsMatch(after);
        if (orMore) return Comparison.AtLeast;
        if (!m.Success) return Comparison.Equal;
        string q = VietnameseLetters.Fold(m.Groups["q"].Value).ToLowerInvariant();
        return q switch
        {
            _ when q.StartsWith("khong vuot", StringComparison.Ordinal) || q.StartsWith("khong qua", StringComparison.Ordinal) || q.StartsWith("toi da", StringComparison.Ordinal) => Comparison.AtMost,
            _ when q.StartsWith("khong duoi", StringComparison.Ordinal) || q.StartsWith("khong thap", StringComparison.Ordinal) || q.StartsWith("toi thieu", StringComparison.Ordinal) || q.StartsWith("it nhat", StringComparison.Ordinal) => Comparison.AtLeast,
            "tren" or "vuot" or "hon" => Comparison.Greater,
            "duoi" => Comparison.Less,
            _ => Comparison.Equal,
        };
    }

    // "điểm tối đa 6,5/6,5": for a score, "tối đa" names the maximum, it does not bound the value.
    private static Comparison ScoreQualifier(string s, int at, int length)
    {
        var c = Qualifier(s, at, length);
        return c == Comparison.AtMost ? Comparison.Equal : c;
    }

    private static bool Growth(string s, int at, int length)
    {
        int from = ClauseStart(s, at);
        string before = s[Math.Max(from, at - 80)..at];
        string after = s[(at + length)..Math.Min(s.Length, at + length + 30)];
        return QuantityPatterns.GrowthBefore().IsMatch(before) || QuantityPatterns.GrowthAfter().IsMatch(after);
    }

    private static bool MoneyHeader(string h)
    {
        string f = VietnameseLetters.Fold(h).ToLowerInvariant();
        return f.Contains("kinh phi", StringComparison.Ordinal) || f.Contains("dong)", StringComparison.Ordinal) || f.Contains("vnd", StringComparison.Ordinal)
            || f.Contains("thanh tien", StringComparison.Ordinal) || f.Contains("so tien", StringComparison.Ordinal) || f.Contains("du toan", StringComparison.Ordinal);
    }

    private static decimal Dec(Match m, string group) =>
        VietnameseNumbers.TryParse(m.Groups[group].Value, out decimal v) ? v : decimal.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
