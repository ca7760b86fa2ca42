using System.Globalization;
using DocCheck.Extraction.Citations;

namespace DocCheck.Rules.Citations;

/// <summary>
/// DC2009: the document relies on an instrument that the corpus or the registry says was replaced or repealed
/// before the document's date; the message names what replaced it. Needs lint --db.
/// </summary>
public sealed class ReplacedInstrumentRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC2009", RuleCategory.Citations, RuleLevel.Warning,
        "Dẫn văn bản đã bị thay thế hoặc bãi bỏ", "Cites an instrument that was replaced or repealed",
        "{0} đã {1} {2}{3} ({4})", "{0} was {1} {2}{3} ({4})");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        if (c.Options.Corpus is not { } corpus || c.DocumentDate is not { } own) yield break;
        string? issuer = c.Document.Structure.Header.Issuer?.Field.Text;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cit in c.Document.Citations)
        {
            if (cit.IsSelf || cit.Kind is CitationKind.NamedLaw or CitationKind.Standard) continue;
            // Saying that the old instrument is replaced or repealed is exactly what a document should do.
            if (cit.Relation is CitationRelation.Replaces or CitationRelation.Repeals or CitationRelation.Expired or CitationRelation.Amends) continue;
            if (!seen.Add(cit.Key)) continue;
            var r = corpus.Find(cit.Key, cit.Year is null ? cit.Date?.Value?.Year : null, issuer)?.ReplacedBy;
            if (r is null || r.Date is not { } when || when > own) continue;
            bool en = c.Lang == "en";
            string by = en ? (r.Repealed ? "repealed by" : "replaced by") : (r.Repealed ? "bị bãi bỏ bởi" : "bị thay thế bởi");
            string from = (en ? " on " : " từ ") + when.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            yield return c.Report(Rule, cit.SymbolSpan, [cit.Key, by, r.By, from, r.Source]);
        }
    }
}
