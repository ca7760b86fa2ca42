using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using DocCheck.Application.Queries;
using DocCheck.Reporting;
using static DocCheck.Application.Reporting.CorpusWords;

namespace DocCheck.Application.Reporting;

/// <summary>Prints the answer to "which documents cite this instrument?" as text for people, JSON or CSV.</summary>
public static class CitesPrinter
{
    /// <summary>One line per citation (<c>path:line:col  number  date  relation  key ngày …  | text</c>) and a count.</summary>
    public static void WriteText(TextWriter w, CitesResult result, string lang)
    {
        foreach (var h in result.Hits)
            w.WriteLine($"{h.Path}:{h.Line}:{h.Column}\t{h.Number ?? NoNumber(lang)}\t{DateOrDash(h.IssueDate, lang)}\t{Relation(h.Relation, lang)}\t{h.Key}{Dated(h.CitedDate, lang)}\t| {h.Snippet}");
        w.WriteLine(lang == "en" ? $"{result.Documents} documents, {result.Hits.Count} citations" : $"{result.Documents} văn bản, {result.Hits.Count} lần dẫn");
    }

    /// <summary>{query, key, hits: [{file, number, date, issuer, title, key, citedDate, relation, line, column, text}]} with ISO dates.</summary>
    public static void WriteJson(Utf8JsonWriter w, CitesResult result)
    {
        w.WriteStartObject();
        w.WriteString("query", result.Query.Text);
        JsonOutput.WriteStringOrNull(w, "key", result.Query.Key);
        w.WriteStartArray("hits");
        foreach (var h in result.Hits)
        {
            w.WriteStartObject();
            w.WriteString("file", h.Path);
            JsonOutput.WriteStringOrNull(w, "number", h.Number);
            JsonOutput.WriteStringOrNull(w, "date", Iso(h.IssueDate));
            JsonOutput.WriteStringOrNull(w, "issuer", h.Issuer);
            JsonOutput.WriteStringOrNull(w, "title", h.Title);
            w.WriteString("key", h.Key);
            JsonOutput.WriteStringOrNull(w, "citedDate", Iso(h.CitedDate));
            w.WriteString("relation", h.Relation.ToString());
            w.WriteNumber("line", h.Line);
            w.WriteNumber("column", h.Column);
            w.WriteString("text", h.Snippet);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The same fields as JSON in snake_case (the caller gives a UTF-8-with-BOM writer, for Excel).</summary>
    public static void WriteCsv(TextWriter w, CitesResult result)
    {
        using var csv = new CsvWriter(w, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }, leaveOpen: true);
        foreach (string name in (string[])["file", "number", "date", "issuer", "title", "key", "cited_date", "relation", "line", "column", "text"]) csv.WriteField(name);
        csv.NextRecord();
        foreach (var h in result.Hits)
        {
            foreach (string? v in (string?[])[h.Path, h.Number, Iso(h.IssueDate), h.Issuer, h.Title, h.Key, Iso(h.CitedDate), h.Relation.ToString()]) csv.WriteField(v);
            csv.WriteField(h.Line);
            csv.WriteField(h.Column);
            csv.WriteField(h.Snippet);
            csv.NextRecord();
        }
    }
}
