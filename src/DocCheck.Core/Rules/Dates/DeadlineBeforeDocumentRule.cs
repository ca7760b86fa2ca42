using DocCheck.Extraction.Dates;

namespace DocCheck.Rules.Dates;

/// <summary>DC3002: a task's deadline falls before the document's own date.</summary>
public sealed class DeadlineBeforeDocumentRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC3002", RuleCategory.Dates, RuleLevel.Info,
        "Thời hạn trước ngày ban hành văn bản", "Deadline before the document's own date",
        "Thời hạn \"{0}\" đã qua trước ngày ban hành {1}: {2}", "Deadline \"{0}\" ends before the document's date {1}: {2}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        if (c.DocumentDate is not { } own) yield break;
        if (c.IsNormativeText) yield break;
        foreach (var d in c.Document.Plan.Deadlines)
        {
            // Only times set for tasks: a table's time column, "chậm nhất"/"trước", "Thời gian thực hiện:".
            bool firm = d.FromTable || d.When.Qualifier is DateQualifier.NoLaterThan or DateQualifier.Before;
            if (!firm || d.When.End is not { } end || end >= own) continue;
            yield return c.Report(Rule, d.When.Span, [c.Quote(d.When.Span), own.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), Short(d.Task)]);
        }
    }

    internal static string Short(string task) => task.Length <= 80 ? task : task[..79] + "…";
}
