using DocCheck.Pipeline;

namespace DocCheck.Reporting;

/// <summary>One quantity as DocCheck prints it, with its role, subject and the line of the baseline it improves on.</summary>
public sealed record QuantityRow(string File, int Line, int Column, string Kind, decimal Value, decimal? Of, decimal? Upper, string Comparison,
    string? Unit, string Role, int? Year, string? Subject, string? Section, int? BaselineLine, bool Growth, bool Broken, bool Words, string Text)
{
    /// <summary>The rows of a document's quantities.</summary>
    public static IEnumerable<QuantityRow> From(AnalyzedDocument d)
    {
        var doc = d.Normalized;
        foreach (var q in d.Quantities)
        {
            var pos = doc.SourcePosition(q.Span.Start);
            int? baseLine = q.Baseline is int b ? doc.SourcePosition(d.Quantities[b].Span.Start).Line : null;
            yield return new QuantityRow(d.Path, pos.Line, pos.Column, q.Kind.ToString(), q.Value, q.Of, q.UpperValue, q.Comparison.ToString(), q.Unit,
                q.Role.ToString(), q.Year, q.Subject, q.Section, baseLine, q.IsGrowth, q.IsBroken, q.FromWords, doc.Quote(q.Span).ReplaceLineEndings(" "));
        }
    }
}
