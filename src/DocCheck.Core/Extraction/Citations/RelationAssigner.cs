using DocCheck.Text;
using System.Text.RegularExpressions;

namespace DocCheck.Extraction.Citations;

/// <summary>
/// Gives each citation of a block its relation: the last verb of the clause before it (căn cứ, thực hiện, sửa đổi,
/// thay thế, bãi bỏ; "theo"/"tại" make it a plain reference), not counting verbs in parentheses or in a title.
/// </summary>
internal static partial class RelationAssigner
{
    // Source-generated, not built at run time: the interpreter ran each of them for every citation (2 % of a lint).
    private const RegexOptions VerbOptions = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    [GeneratedRegex(@"thay\s+thế", VerbOptions, 1000)]
    private static partial Regex ReplacesVerb { get; }

    [GeneratedRegex(@"bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ", VerbOptions, 1000)]
    private static partial Regex RepealsVerb { get; }

    [GeneratedRegex(@"sửa\s+đổi|bổ\s+sung", VerbOptions, 1000)]
    private static partial Regex AmendsVerb { get; }

    [GeneratedRegex(@"thực\s+hiện|triển\s+khai|cụ\s+thể\s+hóa|quán\s+triệt", VerbOptions, 1000)]
    private static partial Regex ImplementsVerb { get; }

    [GeneratedRegex(@"căn\s+cứ", VerbOptions, 1000)]
    private static partial Regex BasisVerb { get; }

    // "… thực hiện … theo Nghị định số …": the instrument is what the work follows, not what it implements.
    [GeneratedRegex(@"\b(?:theo|tại|với)\b", VerbOptions, 1000)]
    private static partial Regex ReferencesVerb { get; }

    private static readonly (Regex Verb, CitationRelation Relation)[] Verbs =
    [
        (ReplacesVerb, CitationRelation.Replaces),
        (RepealsVerb, CitationRelation.Repeals),
        (AmendsVerb, CitationRelation.Amends),
        (ImplementsVerb, CitationRelation.Implements),
        (BasisVerb, CitationRelation.Basis),
        (ReferencesVerb, CitationRelation.References),
    ];

    [GeneratedRegex(@"^[\s,;:]*(?:và|hoặc|cùng)?[\s,;:]*(?:các\s+)?(?:số\s*)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ListGap { get; }

    /// <summary>Sets the relation of the citations of block text <paramref name="s"/> (starting at <paramref name="offset"/>), which are in document order.</summary>
    public static void Assign(string s, int offset, List<Citation> cs)
    {
        bool basisBlock = s.StartsWith("Căn cứ", StringComparison.Ordinal);
        for (int i = 0; i < cs.Count; i++)
        {
            var c = cs[i];
            if (c.Relation == CitationRelation.Expired) continue;
            int start = c.Span.Start - offset;
            // Named inside an earlier citation's title: that instrument refers to it, this document only mentions it.
            bool inTitle = false;
            for (int k = 0; k < i; k++)
                if (cs[k].SummarySpan is { } ss && ss.Contains(c.Span.Start)) { inTitle = true; break; }
            if (inTitle) { cs[i] = c with { Relation = CitationRelation.References }; continue; }

            // The verb must be in this clause, after the previous citation.
            int gapStart = i > 0 ? Math.Min(start, cs[i - 1].Span.End - offset) : 0;
            gapStart = Math.Max(0, Math.Max(gapStart, start - 120));
            int clause = Math.Max(s.LastIndexOf(';', Math.Max(0, start - 1), start - gapStart), s.LastIndexOf(". ", Math.Max(0, start - 1), start - gapStart, StringComparison.Ordinal));
            if (clause >= gapStart) gapStart = clause + 1;
            string gap = s[gapStart..start];
            // Words in parentheses ("(… đã được sửa đổi, bổ sung)") and in a title ("Luật sửa đổi, bổ sung …")
            // are not the citing document's verbs.
            string verbs = VerbsOnly(gap);
            CitationRelation? rel = null;
            int best = -1;
            foreach (var (verb, relation) in Verbs)
            {
                foreach (Match vm in verb.Each(verbs))
                    if (vm.Index > best) { best = vm.Index; rel = relation; }
            }
            // In a "Căn cứ" paragraph each ";" opens another basis; elsewhere a list keeps the verb of its first item.
            string fullGap = s[Math.Max(0, Math.Min(start, i > 0 ? cs[i - 1].Span.End - offset : 0))..start];
            if (rel is null && basisBlock && fullGap.Contains(';')) rel = CitationRelation.Basis;
            if (rel is null && i > 0 && ListGap.IsMatch(StripTypeWord(gap)) && cs[i - 1].Relation != CitationRelation.Expired) rel = cs[i - 1].Relation;
            if (rel is null && basisBlock) rel = CitationRelation.Basis;
            cs[i] = c with { Relation = rel ?? CitationRelation.References };
        }
    }

    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Parenthesized { get; }

    // Laws, decrees and circulars are named for what they amend ("Luật sửa đổi, bổ sung …"); a decision or resolution
    // "sửa đổi" in a plan is usually the action the plan takes, so those keep their verb.
    [GeneratedRegex(@"\b(?:Luật|Nghị\s+định|Thông\s+tư|Pháp\s+lệnh)\s+(?:sửa\s+đổi|bổ\s+sung|thay\s+thế|bãi\s+bỏ)(?:\s*,\s*bổ\s+sung)?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NamedVerb { get; }

    private static string VerbsOnly(string gap)
    {
        // Blank out, keeping offsets, so "last verb wins" still compares positions. A gap that starts inside a
        // parenthesis ("… đã được sửa đổi, bổ sung) và Nghị định …") is blanked up to its closing bracket.
        string g = Parenthesized.Replace(gap, m => new string(' ', m.Length));
        int close = g.IndexOf(')');
        if (close >= 0 && g.LastIndexOf('(', close) < 0) g = new string(' ', close + 1) + g[(close + 1)..];
        return NamedVerb.Replace(g, m => new string(' ', m.Length));
    }

    private static string StripTypeWord(string gap)
    {
        var m = CitationPatterns.TypeWordBefore().Match(gap);
        return m.Success ? gap[..m.Groups["tw"].Index] : gap;
    }
}