using DocCheck.Corpus;
using DocCheck.Rules;
using static DocCheck.Application.Queries.ExportValue;

namespace DocCheck.Application.Queries;

/// <summary>The corpus tables as exported (CSV for Excel, JSON): their columns and how each stored fact becomes a row.</summary>
public static class ExportTables
{
    /// <summary>The tables that can be exported.</summary>
    public static readonly string[] Names = ["documents", "citations", "targets", "findings"];

    /// <summary>The table <paramref name="name"/> of <paramref name="store"/>; an unknown name is a <see cref="UsageException"/>.</summary>
    public static ExportTable Table(ICorpusStore store, string name) => name switch
    {
        "documents" => new(name,
            ["path", "number", "own_key", "type_code", "issuer", "issue_date", "period_start", "period_end", "title", "encoding", "size", "hash", "indexed_at"],
            store.Documents().Select(d => Row(Of(d.Path), Of(d.Number), Of(d.OwnKey), Of(d.TypeCode), Of(d.Issuer), Of(d.IssueDate), Of(d.PeriodStart),
                Of(d.PeriodEnd), Of(d.Title), Of(d.Encoding), Of(d.Size), Of(d.Hash), Of(d.IndexedAt?.ToString("o", System.Globalization.CultureInfo.InvariantCulture))))),
        "citations" => new(name,
            ["path", "line", "column", "key", "kind", "type", "date", "date_valid", "issuer", "title", "relation", "text"],
            store.Citations().Select(x => x.Fact is var c ? Row(Of(x.Path), Of(c.Line), Of(c.Column), Of(c.Key), Of(c.Kind.ToString()), Of(c.Type.ToString()),
                Of(c.Date), Of(c.DateValid ? 1 : 0), Of(c.Issuer), Of(c.Title), Of(c.Relation.ToString()), Of(c.Text)) : [])),
        "targets" => new(name,
            ["path", "line", "column", "kind", "role", "value", "of_value", "upper", "comparison", "unit", "year", "subject", "text"],
            store.Quantities().Select(x => x.Fact is var q ? Row(Of(x.Path), Of(q.Line), Of(q.Column), Of(q.Kind.ToString()), Of(q.Role.ToString()), Of(q.Value),
                Of(q.Of), Of(q.Upper), Of(q.Comparison.ToString()), Of(q.Unit), Of(q.Year), Of(q.Subject), Of(q.Text)) : [])),
        "findings" => new(name,
            ["path", "line", "column", "end_line", "end_col", "level", "rule_id", "message", "text"],
            store.Findings().Select(x => x.Fact is var f ? Row(Of(x.Path), Of(f.Line), Of(f.Column), Of(f.EndLine), Of(f.EndColumn), Of(Level(f.Level)),
                Of(f.RuleId), Of(f.Message), Of(f.Text)) : [])),
        _ => throw new UsageException($"không có bảng {name} / no table {name}"),
    };

    private static IReadOnlyList<ExportValue> Row(params ExportValue[] values) => values;

    private static string Level(RuleLevel level) => global::DocCheck.Reporting.Lint.LintReport.LevelName(level);
}
