using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using DocCheck.Reading;
using static DocCheck.Reporting.JsonOutput;

namespace DocCheck.Reporting;

/// <summary>Citation listings as text, JSON or CSV (CSV opens cleanly in Excel: UTF-8 with BOM, written by the caller).</summary>
public static class CitationFormatter
{
    /// <summary>"path:line:col  key  type  date  relation  issuer  | quote", one per line.</summary>
    public static void WriteText(TextWriter w, IEnumerable<CitationRow> rows)
    {
        foreach (var r in rows)
        {
            string date = r.Date ?? (r.ResolvedDate is { } rd ? $"({rd})" : "-");
            if (!r.DateValid) date = "!" + (r.Date ?? "ngày không hợp lệ");
            w.WriteLine($"{r.File}:{r.Line}:{r.Column}\t{r.Key}\t{r.Type}\t{date}\t{r.Relation}\t{r.Issuer ?? "-"}\t| {r.Text}");
        }
    }

    /// <summary>{"citations": [...], "errors": [...]}.</summary>
    public static void WriteJson(Stream output, IEnumerable<CitationRow> rows, IEnumerable<ReadError> errors)
    {
        using var w = new Utf8JsonWriter(output, WriterOptions);
        w.WriteStartObject();
        WriteCitationsJson(w, rows);
        WriteErrors(w, errors);
        w.WriteEndObject();
    }

    /// <summary>The "citations" array.</summary>
    public static void WriteCitationsJson(Utf8JsonWriter w, IEnumerable<CitationRow> rows)
    {
        w.WriteStartArray("citations");
        foreach (var r in rows)
        {
            w.WriteStartObject();
            w.WriteString("file", r.File);
            w.WriteNumber("line", r.Line);
            w.WriteNumber("column", r.Column);
            w.WriteNumber("endLine", r.EndLine);
            w.WriteNumber("endColumn", r.EndColumn);
            w.WriteString("key", r.Key);
            if (r.WrittenKey is not null) w.WriteString("writtenKey", r.WrittenKey);
            w.WriteString("kind", r.Kind);
            w.WriteString("type", r.Type);
            WriteStringOrNull(w, "typeWord", r.TypeWord);
            WriteStringOrNull(w, "number", r.Number);
            WriteNumberOrNull(w, "year", r.Year);
            WriteStringOrNull(w, "typeCode", r.TypeCode);
            WriteStringOrNull(w, "issuerCode", r.IssuerCode);
            WriteStringOrNull(w, "date", r.Date);
            w.WriteBoolean("dateValid", r.DateValid);
            WriteStringOrNull(w, "resolvedDate", r.ResolvedDate);
            WriteStringOrNull(w, "issuer", r.Issuer);
            WriteStringOrNull(w, "summary", r.Summary);
            WriteStringOrNull(w, "pinpoint", r.Pinpoint);
            w.WriteString("relation", r.Relation);
            w.WriteBoolean("alias", r.Alias);
            w.WriteString("text", r.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The instruments named with their number left blank: not citations (they have no key), listed apart.</summary>
    public static void WriteBlankCitationsJson(Utf8JsonWriter w, IEnumerable<BlankCitationRow> rows)
    {
        w.WriteStartArray("blankCitations");
        foreach (var r in rows)
        {
            w.WriteStartObject();
            w.WriteString("file", r.File);
            w.WriteNumber("line", r.Line);
            w.WriteNumber("column", r.Column);
            w.WriteString("typeWord", r.TypeWord);
            w.WriteString("written", r.Written);
            w.WriteString("symbol", r.Symbol);
            WriteNumberOrNull(w, "year", r.Year);
            WriteStringOrNull(w, "date", r.Date);
            w.WriteString("text", r.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>CSV with a header row; column names are the snake_case field names.</summary>
    public static void WriteCsv(TextWriter w, IEnumerable<CitationRow> rows)
    {
        using var csv = new CsvWriter(w, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }, leaveOpen: true);
        string[] header = ["file", "line", "column", "key", "kind", "type", "type_word", "date", "date_valid", "resolved_date", "issuer", "relation", "pinpoint", "summary", "alias", "text"];
        foreach (string h in header) csv.WriteField(h);
        csv.NextRecord();
        foreach (var r in rows)
        {
            csv.WriteField(r.File);
            csv.WriteField(r.Line);
            csv.WriteField(r.Column);
            csv.WriteField(r.Key);
            csv.WriteField(r.Kind);
            csv.WriteField(r.Type);
            csv.WriteField(r.TypeWord);
            csv.WriteField(r.Date);
            csv.WriteField(r.DateValid);
            csv.WriteField(r.ResolvedDate);
            csv.WriteField(r.Issuer);
            csv.WriteField(r.Relation);
            csv.WriteField(r.Pinpoint);
            csv.WriteField(r.Summary);
            csv.WriteField(r.Alias);
            csv.WriteField(r.Text);
            csv.NextRecord();
        }
    }

    /// <summary>The encoding DocCheck writes CSV in: UTF-8 with a byte-order mark, so Excel reads Vietnamese correctly.</summary>
    public static Encoding CsvEncoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
}
