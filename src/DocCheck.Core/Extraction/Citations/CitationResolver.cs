using System.Text.RegularExpressions;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Extraction.Citations;

/// <summary>
/// Resolves short forms within one document: marks mentions of the document's own number as self, points a
/// later mention without date to the first full citation of the same instrument, and turns defined aliases
/// ("(sau đây gọi tắt là Luật Ban hành văn bản QPPL đã được sửa đổi, bổ sung)") into citations of what they stand for.
/// </summary>
public static class CitationResolver
{
    /// <summary>Returns the citations in document order with self, antecedents and aliases resolved.</summary>
    public static IReadOnlyList<Citation> Resolve(NormalizedText doc, List<Citation> found, string? ownKey)
    {
        var list = new List<Citation>(found);
        AddAliases(doc, list);
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

    private static void AddAliases(NormalizedText doc, List<Citation> list)
    {
        string text = doc.Text;
        var definitions = CitationPatterns.AliasDefinition().Matches(text).ToList();
        for (int d = 0; d < definitions.Count; d++)
        {
            var m = definitions[d];
            var aliasGroup = m.Groups["alias"];
            string alias = aliasGroup.Value.Trim();
            // An alias holds until it is defined again (a file with many documents defines it in each): searching
            // the whole rest of the text from every definition was quadratic in the number of documents.
            int limit = text.Length;
            for (int e = d + 1; e < definitions.Count; e++)
                if (string.Equals(definitions[e].Groups["alias"].Value.Trim(), alias, StringComparison.OrdinalIgnoreCase)) { limit = definitions[e].Index; break; }
            // An alias that is itself a number ("Chương trình số 51-CTr/TU") is already a citation with the same key;
            // it only names what came before, so it is a short form, not a new reference.
            int numbered = list.FindIndex(c => c.SymbolSpan.Start >= aliasGroup.Index && c.SymbolSpan.Start < aliasGroup.Index + aliasGroup.Length && c.Kind != CitationKind.NamedLaw);
            if (numbered >= 0)
            {
                list[numbered] = list[numbered] with { IsAlias = true, Relation = CitationRelation.References };
                continue;
            }
            // Only an alias that names an instrument ("Luật QPPL sửa đổi", "Chương trình …") stands for one; "(sau đây
            // gọi tắt là Tòa án)" names a body. It stands for the citation right before the parenthesis.
            if (!InstrumentAlias.IsMatch(alias)) continue;
            Citation? target = null;
            foreach (var c in list)
                if (c.Span.Start < m.Index && SameBlock(doc, c.Span.Start, m.Index) && (target is null || c.Span.Start > target.Span.Start)) target = c;
            if (target is null || m.Index - target.Span.End > 160) continue;
            // Drop any named-law reading of the alias text itself; the alias means the target.
            list.RemoveAll(c => c.Kind == CitationKind.NamedLaw && c.SymbolSpan.Start >= aliasGroup.Index && c.SymbolSpan.Start < aliasGroup.Index + aliasGroup.Length);
            int from = m.Index + m.Length;
            while (from < limit)
            {
                int at = text.IndexOf(alias, from, limit - from, StringComparison.OrdinalIgnoreCase);
                if (at < 0) break;
                var span = new TextSpan(at, alias.Length);
                list.RemoveAll(c => c.Kind == CitationKind.NamedLaw && span.Contains(c.SymbolSpan.Start));
                if (!list.Any(c => c.Span.Contains(at)))
                {
                    list.Add(target with
                    {
                        Span = span, SymbolSpan = span, Date = null, DateSpan = null, Issuer = null, IssuerSpan = null,
                        Summary = null, SummarySpan = null, Pinpoint = null, IsAlias = true, Relation = CitationRelation.References,
                    });
                }
                from = at + alias.Length;
            }
        }
    }

    private static readonly Regex InstrumentAlias = new(
        @"^(?:các\s+)?(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Hiến\s+pháp|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|Chương\s+trình|Đề\s+án|Công\s+văn|Hướng\s+dẫn|Kết\s+luận|Quy\s+định|Quy\s+chế|Văn\s+bản)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

    private static bool SameBlock(NormalizedText doc, int a, int b) => doc.Text.IndexOf('\n', a, b - a) < 0;
}
