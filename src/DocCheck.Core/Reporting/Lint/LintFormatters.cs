using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using DocCheck.Rules;
using static DocCheck.Reporting.JsonOutput;

namespace DocCheck.Reporting.Lint;

/// <summary>Lint results as text, JSON and CSV (pure; the caller chooses where they go). SARIF and HTML have their own writers.</summary>
public static class LintFormatters
{
    /// <summary>
    /// One line per finding, <c>path:line:col: level DCxxxx message</c>, then its related places; with
    /// <paramref name="showSource"/> (a terminal) also the source line and a caret under the finding. Ends with the summary.
    /// </summary>
    public static void WriteText(TextWriter w, LintReport report, bool showSource)
    {
        foreach (var file in report.Files)
        {
            foreach (var f in file.Findings)
            {
                w.WriteLine($"{file.Path}:{f.Location.Start.Line}:{f.Location.Start.Column}: {LintReport.LevelName(f.Level)} {f.RuleId} {f.Message}");
                if (showSource) WriteCaret(w, file, f);
                foreach (var r in f.Related)
                    w.WriteLine($"{file.Path}:{r.Location.Start.Line}:{r.Location.Start.Column}: note: {r.Note}");
            }
        }
        w.WriteLine(report.Summary());
    }

    private static void WriteCaret(TextWriter w, LintedFile file, LocatedFinding f)
    {
        int line = f.Location.Start.Line;
        string text = file.Source.LineText(line).TrimEnd('\r', '\n');
        int col = Math.Clamp(f.Location.Start.Column - 1, 0, text.Length);
        int length = f.Location.End.Line == line ? f.Location.End.Column - f.Location.Start.Column : text.Length - col;
        length = Math.Clamp(length, 1, Math.Max(1, text.Length - col));
        var prefix = new string(text.Take(col).Select(c => c == '\t' ? '\t' : ' ').ToArray());
        w.WriteLine("    " + text);
        w.WriteLine("    " + prefix + new string('^', length));
    }

    /// <summary>{ "files": [ { "file", "findings": [...] } ], "errors": [...], "summary": {...} }.</summary>
    public static void WriteJson(Utf8JsonWriter w, LintReport report)
    {
        w.WriteStartObject();
        w.WriteString("tool", "doccheck");
        w.WriteString("lang", report.Lang);
        w.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            w.WriteStartObject();
            w.WriteString("file", file.Path);
            w.WriteStartArray("findings");
            foreach (var f in file.Findings)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", f.RuleId);
                w.WriteString("level", LintReport.LevelName(f.Level));
                w.WriteString("message", f.Message);
                WriteLocation(w, f.Location);
                w.WriteString("text", f.Text);
                w.WriteStartArray("related");
                foreach (var r in f.Related)
                {
                    w.WriteStartObject();
                    WriteLocation(w, r.Location);
                    w.WriteString("note", r.Note);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                if (f.Finding.Fix is { } fix && f.FixLocation is { } fl)
                {
                    w.WriteStartObject("fix");
                    WriteLocation(w, fl);
                    w.WriteString("replacement", fix.Replacement);
                    w.WriteEndObject();
                }
                else w.WriteNull("fix");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteErrors(w, report.Errors);
        w.WriteStartObject("summary");
        w.WriteNumber("files", report.Files.Count);
        w.WriteNumber("errors", report.Count(RuleLevel.Error));
        w.WriteNumber("warnings", report.Count(RuleLevel.Warning));
        w.WriteNumber("infos", report.Count(RuleLevel.Info));
        w.WriteNumber("unreadable", report.Errors.Count);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter w, SourceLocation l)
    {
        w.WriteNumber("line", l.Start.Line);
        w.WriteNumber("column", l.Start.Column);
        w.WriteNumber("endLine", l.End.Line);
        w.WriteNumber("endColumn", l.End.Column);
    }

    /// <summary>One row per finding (CsvHelper; the caller writes UTF-8 with a BOM so Excel reads Vietnamese). Unreadable files come as rows with rule "READ".</summary>
    public static void WriteCsv(TextWriter w, LintReport report)
    {
        using var csv = new CsvWriter(w, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }, leaveOpen: true);
        foreach (string h in (string[])["file", "line", "column", "end_line", "end_column", "level", "rule", "message", "text", "related"]) csv.WriteField(h);
        csv.NextRecord();
        foreach (var file in report.Files)
        {
            foreach (var f in file.Findings)
            {
                csv.WriteField(file.Path);
                csv.WriteField(f.Location.Start.Line);
                csv.WriteField(f.Location.Start.Column);
                csv.WriteField(f.Location.End.Line);
                csv.WriteField(f.Location.End.Column);
                csv.WriteField(LintReport.LevelName(f.Level));
                csv.WriteField(f.RuleId);
                csv.WriteField(f.Message);
                csv.WriteField(f.Text);
                csv.WriteField(string.Join("; ", f.Related.Select(r => $"{r.Location.Start.Line}:{r.Location.Start.Column} {r.Note}")));
                csv.NextRecord();
            }
        }
        foreach (var e in report.Errors)
        {
            csv.WriteField(e.Path);
            foreach (var _ in Enumerable.Range(0, 4)) csv.WriteField("");
            csv.WriteField("error");
            csv.WriteField("READ");
            csv.WriteField(e.Describe(report.Lang));
            csv.WriteField("");
            csv.WriteField("");
            csv.NextRecord();
        }
    }
}
