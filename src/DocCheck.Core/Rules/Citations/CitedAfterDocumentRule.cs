using DocCheck.Extraction.Citations;

namespace DocCheck.Rules.Citations;

/// <summary>DC2003: a cited instrument is dated after the citing document.</summary>
public sealed class CitedAfterDocumentRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC2003", RuleCategory.Citations, RuleLevel.Info,
        "Văn bản được dẫn có ngày sau văn bản này", "Cited instrument dated after the citing document",
        "{0} được ghi ngày {1}, sau ngày của văn bản này ({2})", "{0} is dated {1}, after this document ({2})");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        // The document's own date; for a draft with blanks in its date, the last day that date can be; for an undated
        // draft, the run's reference date (the day it is checked).
        if (c.LatestDocumentDate is not { } own) yield break;
        foreach (var x in c.Document.Citations)
        {
            if (x.IsSelf || x.Kind == CitationKind.Standard || x.Date?.Value is not { } d || d <= own.Date) continue;
            yield return c.Report(Rule, x.DateSpan ?? x.SymbolSpan, [x.Key, ConflictingDatesRule.Vi(d), own.Written]);
        }
    }
}
