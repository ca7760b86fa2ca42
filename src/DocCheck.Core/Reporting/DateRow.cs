using DocCheck.Pipeline;

namespace DocCheck.Reporting;

/// <summary>One date or period as DocCheck prints it; <see cref="Task"/> is set when it is a task's deadline.</summary>
public sealed record DateRow(string File, int Line, int Column, string Kind, string Text, string? Start, string? End, string Qualifier,
    bool Valid, string? Problem, bool InCitation, string? Task)
{
    /// <summary>The rows of a document's dates.</summary>
    public static IEnumerable<DateRow> From(AnalyzedDocument d)
    {
        var doc = d.Normalized;
        var tasks = d.Plan.Deadlines.GroupBy(x => x.When.Span).ToDictionary(g => g.Key, g => g.First().Task);
        foreach (var m in d.Dates)
        {
            var pos = doc.SourcePosition(m.Span.Start);
            tasks.TryGetValue(m.Span, out var task);
            yield return new DateRow(d.Path, pos.Line, pos.Column, m.Kind.ToString(), doc.Quote(m.Span).ReplaceLineEndings(" "),
                m.Start?.ToString("yyyy-MM-dd"), m.End?.ToString("yyyy-MM-dd"), m.Qualifier.ToString(), m.IsValid, m.Problem, m.InCitation, task);
        }
    }
}
