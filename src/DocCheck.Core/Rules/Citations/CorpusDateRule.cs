using System.Globalization;
using DocCheck.Extraction.Citations;

namespace DocCheck.Rules.Citations;

/// <summary>
/// DC2008: a cited date differs from the instrument's own header date in the corpus, from the registry, or from a
/// clear majority of the corpus's other citations (at least 3 of them, 80 % agreeing). Needs lint --db.
/// </summary>
public sealed class CorpusDateRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC2008", RuleCategory.Citations, RuleLevel.Warning,
        "Ngày dẫn khác ngày đã biết trong kho văn bản", "Cited date differs from the date known in the corpus",
        "{0} được dẫn với ngày {1}, nhưng {2} ghi ngày {3}", "{0} is cited with the date {1}, but {2} gives {3}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        if (c.Options.Corpus is not { } corpus) yield break;
        string? issuer = c.Document.Structure.Header.Issuer?.Field.Text;
        var seen = new HashSet<(string, DateOnly)>();
        foreach (var cit in c.Document.Citations)
        {
            if (cit.IsSelf || cit.Kind is CitationKind.NamedLaw or CitationKind.Standard) continue;
            if (cit.Date?.Value is not { } date || cit.DateSpan is not { } span) continue;
            if (!seen.Add((cit.Key, date))) continue;
            var facts = corpus.Find(cit.Key, cit.Year is null ? date.Year : null, issuer);
            var known = facts?.HeaderDate ?? facts?.RegistryDate ?? facts?.MajorityDate;
            if (known is null || known.Date == date) continue;
            yield return c.Report(Rule, span, [cit.Key, D(date), known.Source, D(known.Date)]);
        }
    }

    private static string D(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
