using System.Text.RegularExpressions;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Extraction.Citations;

/// <summary>
/// Resolves short forms within one document: marks mentions of the document's own number as self, points a
/// later mention without date to the first full citation of the same instrument, and turns defined aliases
/// ("(sau đây gọi tắt là Luật Ban hành văn bản QPPL đã được sửa đổi, bổ sung)") into citations of what they stand for.
/// </summary>
public static partial class CitationResolver
{
    /// <summary>Returns the citations in document order with self, antecedents and aliases resolved.</summary>
    public static IReadOnlyList<Citation> Resolve(NormalizedText doc, List<Citation> found, string? ownKey)
    {
        var list = new List<Citation>(found);
        AddAliases(doc, list);
        AddNumberOnlyMentions(doc, list, ownKey);
        RestoreLostYears(list);
        list.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var firstFull = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++)
        {
            var c = list[i];
            if (ownKey is not null && c.Key == ownKey && c.Kind != CitationKind.NamedLaw)
            {
                list[i] = c with { IsSelf = true };
                continue;
            }
            // A mention without its date is a short form; it stands for the first dated citation before it.
            bool full = c.Date is not null;
            if (!full || c.IsAlias)
            {
                if (firstFull.TryGetValue(c.Key, out int a)) list[i] = c with { Antecedent = a };
                else if (c.IsAlias && first.TryGetValue(c.Key, out int b)) list[i] = c with { Antecedent = b };
            }
            if (full && !firstFull.ContainsKey(c.Key)) firstFull[c.Key] = i;
            first.TryAdd(c.Key, i);
        }
        return list;
    }

    /// <summary>
    /// Decrees and circulars have carried their year in the number since 2000 ("126/2024/NĐ-CP"); one written without it
    /// ("Nghị định số 126/NĐ-CP ngày 08/10/2024") has lost it. It stands for the one decree of that number the document
    /// cites with a year, or else for the one of the year of the date written with it (after 2000). The number as
    /// written stays in <see cref="Citation.WrittenKey"/> for the rules to report.
    /// </summary>
    private static void RestoreLostYears(List<Citation> list)
    {
        Dictionary<string, string?>? withYear = null;
        for (int i = 0; i < list.Count; i++)
        {
            var c = list[i];
            if (c.Year is not null || c.Number is null || c.IsAlias || !LosesNoYear(c)) continue;
            int slash = c.Key.IndexOf('/');
            if (slash <= 0) continue;
            string head = c.Key[..slash], tail = c.Key[(slash + 1)..];
            if (withYear is null)
            {
                withYear = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var o in list)
                {
                    if (o.Year is not { } y || y < 2000 || !LosesNoYear(o)) continue;
                    int s1 = o.Key.IndexOf('/'), s2 = s1 < 0 ? -1 : o.Key.IndexOf('/', s1 + 1);
                    if (s2 < 0) continue;
                    string yearless = o.Key[..s1] + o.Key[s2..];
                    withYear[yearless] = withYear.TryGetValue(yearless, out var prev) && prev != o.Key ? null : o.Key;
                }
            }
            string? key = withYear.TryGetValue(c.Key, out var k) ? k : null;
            if (key is null && c.Date is { Year: >= 2001 and <= 2100 } d && !withYear.ContainsKey(c.Key))
                key = $"{head}/{d.Year}/{tail}";
            if (key is not null) list[i] = c with { WrittenKey = c.Key, Key = key, Kind = CitationKind.Normative, Year = int.Parse(key.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture) };
        }
    }

    /// <summary>A decree of the Government (NĐ-CP) or a circular (TT-…, TTLT-…): numbers that always carry a year.</summary>
    /// Party symbols ("02-TT/TU", a Thông tri) have no year and are not these.
    private static bool LosesNoYear(Citation c) =>
        c.Key.Contains('/') && !c.Key.Contains("-" + c.TypeCode + "/", StringComparison.Ordinal)
        && (c.TypeCode is "NĐ" && c.IssuerCode is "CP" || c.TypeCode is "TT" or "TTLT" && c.IssuerCode is { Length: > 0 } && c.IssuerCode.StartsWith('B'));

    /// <summary>
    /// A type word and a bare number ("Quyết định 06", "Kế hoạch số 02", "Công điện 232 của Thủ tướng") stand for the
    /// one instrument of that type and number the document cites in full elsewhere (06/QĐ-TTg); where none or
    /// several fit, the mention is left alone.
    /// </summary>
    private static void AddNumberOnlyMentions(NormalizedText doc, List<Citation> list, string? ownKey)
    {
        if (list.Count == 0) return;
        var byTypeAndNumber = new Dictionary<(InstrumentType, string), Citation?>();
        foreach (var c in list)
        {
            if (c.IsAlias || c.Number is null || c.Key == ownKey || c.Kind is CitationKind.NamedLaw or CitationKind.Standard || c.Type == InstrumentType.Unknown) continue;
            var k = (c.Type, c.Number);
            if (!byTypeAndNumber.TryGetValue(k, out var prev)) byTypeAndNumber[k] = c;
            else if (prev is not null && prev.Key != c.Key) byTypeAndNumber[k] = null;
        }
        if (byTypeAndNumber.Count == 0) return;
        string text = doc.Text;
        var added = new List<Citation>();
        foreach (Match m in NumberOnlyMentionAt().EachAt(text, NumberOnlyStarts(text)))
        {
            var type = InstrumentTypes.FromWord(m.Groups["tw"].Value);
            string n = m.Groups["n"].Value.TrimStart('0');
            n = n.Length switch { 0 => "00", 1 => "0" + n, _ => n };
            if (!byTypeAndNumber.TryGetValue((type, n), out var target) || target is null) continue;
            int at = m.Groups["n"].Index, twAt = m.Groups["tw"].Index;
            if (list.Any(c => c.SymbolSpan.Contains(at) || c.TypeWordSpan is { } t && t.Contains(twAt) || c.IsAlias && c.Span.Contains(twAt))) continue;
            added.Add(target with
            {
                Span = TextSpan.FromBounds(twAt, at + m.Groups["n"].Length),
                SymbolSpan = new TextSpan(at, m.Groups["n"].Length),
                TypeWord = m.Groups["tw"].Value,
                TypeWordSpan = new TextSpan(twAt, m.Groups["tw"].Length),
                Date = null, DateSpan = null, Issuer = null, IssuerSpan = null, Summary = null, SummarySpan = null, Pinpoint = null,
                IsAlias = false, IsSelf = false, Antecedent = null, Relation = CitationRelation.References,
            });
        }
        list.AddRange(added);
    }

    private const string NumberOnlyPattern = @"\b(?<tw>Quyết\s+định|Nghị\s+định|Nghị\s+quyết|Chỉ\s+thị|Thông\s+tư|Kế\s+hoạch|Chương\s+trình|Công\s+văn|Công\s+điện|Thông\s+báo|Kết\s+luận|Hướng\s+dẫn)\s+(?:số\s+)?(?<n>\d{1,5})\b(?![/\-–]|[.,]\d|\s*(?:năm|tháng|ngày|%|lần|người|giờ)\b)";

    [GeneratedRegex(NumberOnlyPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    internal static partial Regex NumberOnlyMention();

    /// <summary><see cref="NumberOnlyMention"/> anchored where the search starts (<c>\G</c>), tried only at <see cref="NumberOnlyStarts"/>.</summary>
    [GeneratedRegex(@"\G(?:" + NumberOnlyPattern + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    internal static partial Regex NumberOnlyMentionAt();

    /// <summary>
    /// Where a <see cref="NumberOnlyMention"/> can start, ascending: for each digit with white space before it, the
    /// starts of the second and third words of letters before it (a type word is two words, and "số" may stand between
    /// it and the number). Each match starts at one: its type word starts at a word boundary, its words and "số" are
    /// letters, and only white space separates them. A walk stops at anything but letters and white space, so two
    /// walks never cross a digit of the other's number.
    /// </summary>
    internal static List<int> NumberOnlyStarts(string s)
    {
        var starts = new List<int>();
        for (int d = 1; d < s.Length; d++)
        {
            if (!char.IsDigit(s[d]) || !char.IsWhiteSpace(s[d - 1])) continue;
            int k = d - 1;
            for (int word = 1; word <= 3; word++)
            {
                int w = k;
                while (w >= 0 && char.IsWhiteSpace(s[w])) w--;
                if (w == k) break;
                int e = w;
                while (w >= 0 && char.IsLetter(s[w])) w--;
                if (w == e) break;
                k = w;
                if (word >= 2) starts.Add(w + 1);
            }
        }
        starts.Sort();
        int n = 0;
        for (int x = 0; x < starts.Count; x++) if (n == 0 || starts[x] != starts[n - 1]) starts[n++] = starts[x];
        starts.RemoveRange(n, starts.Count - n);
        return starts;
    }

    private static void AddAliases(NormalizedText doc, List<Citation> list)
    {
        string text = doc.Text;
        var definitions = CitationPatterns.AliasDefinition().Matches(text).ToList();
        if (definitions.Count == 0) return;
        var aliases = definitions.Select(m => m.Groups["alias"].Value.Trim()).ToArray();
        int longestAlias = aliases.Max(a => a.Length);
        // An alias holds until it is defined again (a file with many documents defines it in each): searching
        // the whole rest of the text from every definition was quadratic in the number of documents.
        var limits = new int[definitions.Count];
        var nextDefinition = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int d = definitions.Count - 1; d >= 0; d--)
        {
            limits[d] = nextDefinition.TryGetValue(aliases[d], out int e) ? definitions[e].Index : text.Length;
            nextDefinition[aliases[d]] = d;
        }
        // Every lookup below is a range query over positions; scanning the whole list for each definition and each
        // occurrence made thousands of definitions in one file quadratic.
        var index = new CitationPositions(list);
        var added = new List<Citation>();
        var addedStarts = new SortedSet<(int Start, int Added)>();
        for (int d = 0; d < definitions.Count; d++)
        {
            var m = definitions[d];
            var aliasGroup = m.Groups["alias"];
            string alias = aliases[d];
            var aliasSpan = new TextSpan(aliasGroup.Index, aliasGroup.Length);
            // An alias that is itself a number ("(sau đây gọi là Quyết định số 15/2025/QĐ-TTg)") is already a citation
            // with the same key: the text names the instrument by its number once more, so it stays a mention (readers
            // count it), but it only names what came before: a reference, not the relation of the sentence.
            int numbered = index.FirstSymbolIn(aliasSpan, c => c.Kind != CitationKind.NamedLaw);
            if (numbered >= 0)
            {
                list[numbered] = list[numbered] with { Relation = CitationRelation.References };
                continue;
            }
            // Only an alias that names an instrument ("Luật QPPL sửa đổi", "Chương trình …") stands for one; "(sau đây
            // gọi tắt là Tòa án)" names a body. It stands for the citation right before the parenthesis.
            if (!InstrumentAlias.IsMatch(alias)) continue;
            int blockStart = m.Index == 0 ? 0 : text.LastIndexOf('\n', m.Index - 1) + 1;
            Citation? target = null;
            int before = index.LastStartingIn(blockStart, m.Index);
            if (before >= 0)
            {
                target = list[before];
                // A law named inside an amending law's name ("Luật sửa đổi, bổ sung … của Luật X (sau đây gọi là Luật X
                // sửa đổi)"): the alias stands for the amending law around it.
                int around = index.LastStartingIn(blockStart, target.Span.Start);
                if (around >= 0 && list[around].Span.End >= target.Span.End) target = list[around];
            }
            if (addedStarts.Count > 0 && m.Index > blockStart)
            {
                var view = addedStarts.GetViewBetween((blockStart, int.MinValue), (m.Index - 1, int.MaxValue));
                if (view.Count > 0 && (target is null || view.Max.Start > target.Span.Start)) target = added[view.Max.Added];
            }
            if (target is null || m.Index - target.Span.End > 160) continue;
            // Drop any named-law reading of the alias text itself; the alias means the target.
            index.RemoveNamedLawsIn(aliasSpan);
            int from = m.Index + m.Length;
            int limit = limits[d];
            while (from < limit)
            {
                int at = text.IndexOf(alias, from, limit - from, StringComparison.OrdinalIgnoreCase);
                if (at < 0) break;
                var span = new TextSpan(at, alias.Length);
                index.RemoveNamedLawsIn(span);
                if (!index.AnyCovering(at) && !AddedCovers(at))
                {
                    addedStarts.Add((at, added.Count));
                    added.Add(target with
                    {
                        Span = span, SymbolSpan = span, TypeWordSpan = null, Date = null, DateSpan = null, Issuer = null, IssuerSpan = null,
                        Summary = null, SummarySpan = null, Pinpoint = null, IsAlias = true, Relation = CitationRelation.References,
                    });
                }
                from = at + alias.Length;
            }
        }
        index.ApplyRemovals(list);
        list.AddRange(added);

        bool AddedCovers(int at)
        {
            if (addedStarts.Count == 0) return false;
            // Added spans are alias occurrences, no longer than the longest alias.
            var view = addedStarts.GetViewBetween((Math.Max(0, at - longestAlias), int.MinValue), (at, int.MaxValue));
            foreach (var (_, i) in view)
                if (added[i].Span.Contains(at)) return true;
            return false;
        }
    }

    /// <summary>The citations found in one document, ordered by position for the range lookups alias resolution needs.
    /// Removals are marked and applied once at the end.</summary>
    private sealed class CitationPositions
    {
        private readonly List<Citation> _list;
        private readonly int[] _byStart;      // indices into _list ordered by Span.Start
        private readonly int[] _bySymbol;     // indices ordered by SymbolSpan.Start
        private readonly int _longestSpan;
        private readonly bool[] _removed;

        public CitationPositions(List<Citation> list)
        {
            _list = list;
            _byStart = Enumerable.Range(0, list.Count).OrderBy(i => list[i].Span.Start).ToArray();
            _bySymbol = Enumerable.Range(0, list.Count).OrderBy(i => list[i].SymbolSpan.Start).ToArray();
            _longestSpan = list.Count == 0 ? 0 : list.Max(c => c.Span.Length);
            _removed = new bool[list.Count];
        }

        /// <summary>The first citation (in symbol order) whose symbol starts inside <paramref name="span"/> and
        /// matches, or -1.</summary>
        public int FirstSymbolIn(TextSpan span, Func<Citation, bool> match)
        {
            for (int k = LowerBound(_bySymbol, span.Start, symbol: true); k < _bySymbol.Length; k++)
            {
                int i = _bySymbol[k];
                if (_list[i].SymbolSpan.Start >= span.End) break;
                if (!_removed[i] && match(_list[i])) return i;
            }
            return -1;
        }

        /// <summary>The citation starting last in [from, to), or -1.</summary>
        public int LastStartingIn(int from, int to)
        {
            for (int k = LowerBound(_byStart, to, symbol: false) - 1; k >= 0; k--)
            {
                int i = _byStart[k];
                if (_list[i].Span.Start < from) break;
                if (!_removed[i]) return i;
            }
            return -1;
        }

        public bool AnyCovering(int at)
        {
            for (int k = LowerBound(_byStart, at + 1, symbol: false) - 1; k >= 0; k--)
            {
                int i = _byStart[k];
                if (_list[i].Span.Start < at - _longestSpan) break;
                if (!_removed[i] && _list[i].Span.Contains(at)) return true;
            }
            return false;
        }

        public void RemoveNamedLawsIn(TextSpan span)
        {
            for (int k = LowerBound(_bySymbol, span.Start, symbol: true); k < _bySymbol.Length; k++)
            {
                int i = _bySymbol[k];
                if (_list[i].SymbolSpan.Start >= span.End) break;
                if (_list[i].Kind == CitationKind.NamedLaw) _removed[i] = true;
            }
        }

        public void ApplyRemovals(List<Citation> list)
        {
            int w = 0;
            for (int r = 0; r < list.Count; r++)
                if (!_removed[r]) list[w++] = list[r];
            list.RemoveRange(w, list.Count - w);
        }

        private int LowerBound(int[] order, int position, bool symbol)
        {
            int lo = 0, hi = order.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                var c = _list[order[mid]];
                if ((symbol ? c.SymbolSpan.Start : c.Span.Start) < position) lo = mid + 1; else hi = mid;
            }
            return lo;
        }
    }

    [GeneratedRegex(
        @"^(?:các\s+)?(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Hiến\s+pháp|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|Chương\s+trình|Đề\s+án|Công\s+văn|Hướng\s+dẫn|Kết\s+luận|Quy\s+định|Quy\s+chế|Văn\s+bản)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex InstrumentAlias { get; }

}
