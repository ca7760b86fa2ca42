using DocCheck.Extraction.Citations;

namespace DocCheck.Rules.Citations;

/// <summary>DC2006: the first citation of an instrument lacks its date or issuing body (NĐ 30/2020, Phụ lục I).</summary>
public sealed class IncompleteFirstCitationRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC2006", RuleCategory.Citations, RuleLevel.Info,
        "Lần dẫn đầu tiên thiếu ngày hoặc cơ quan ban hành", "First citation lacks its date or issuing body",
        "Lần đầu dẫn {0} nên ghi đủ {1}", "The first citation of {0} should give {1}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        bool en = c.Lang == "en";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in c.Document.Citations)
        {
            if (x.IsSelf || x.IsAlias || x.Kind is CitationKind.Standard or CitationKind.NamedLaw || !seen.Add(x.Key)) continue;
            // A law or ordinance is cited by name; its issuer is implied by the number (QH).
            bool needsIssuer = x.Kind is not (CitationKind.NationalAssembly or CitationKind.StandingCommittee);
            var missing = new List<string>();
            if (x.Date is null) missing.Add(en ? "its issue date" : "ngày ban hành");
            if (needsIssuer && x.Issuer is null) missing.Add(en ? "its issuing body" : "cơ quan ban hành");
            if (missing.Count == 0) continue;
            yield return c.Report(Rule, x.SymbolSpan, [x.Key, string.Join(en ? " and " : " và ", missing)]);
        }
    }
}
