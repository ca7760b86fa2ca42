using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using DocCheck.Extraction.Quantities;
using static DocCheck.Reporting.JsonOutput;

namespace DocCheck.Reporting;

/// <summary>Listings of dates and quantities as text, JSON or CSV (pure; the caller chooses where they go).</summary>
public static class ExtractionFormatter
{
    public static void WriteDatesText(TextWriter w, IEnumerable<DateRow> rows)
    {
        foreach (var r in rows)
        {
            string range = r.Start is null ? "-" : r.Start == r.End ? r.Start : $"{r.Start}..{r.End}";
            string flags = (r.Valid ? "" : $" !{r.Problem}") + (r.InCitation ? " (ngày của văn bản được dẫn)" : "") + (r.Task is null ? "" : $" → {r.Task}");
            w.WriteLine($"{r.File}:{r.Line}:{r.Column}\t{r.Kind}\t{range}\t{r.Qualifier}\t| {r.Text}{flags}");
        }
    }

    public static void WriteQuantitiesText(TextWriter w, IEnumerable<QuantityRow> rows)
    {
        foreach (var r in rows)
        {
            string value = VietnameseNumbers.Format(r.Value) + (r.Of is { } o ? "/" + VietnameseNumbers.Format(o) : "") + (r.Upper is { } u ? ".." + VietnameseNumbers.Format(u) : "");
            string extra = (r.Year is { } y ? $" năm {y}" : "") + (r.BaselineLine is { } b ? $" (so với dòng {b})" : "") + (r.Growth ? " [mức tăng]" : "");
            w.WriteLine($"{r.File}:{r.Line}:{r.Column}\t{r.Kind}\t{r.Role}\t{r.Comparison} {value} {r.Unit}{extra}\t| {r.Text}\t— {r.Subject}");
        }
    }

    public static void WriteDatesJson(Utf8JsonWriter w, IEnumerable<DateRow> rows)
    {
        w.WriteStartArray("dates");
        foreach (var r in rows)
        {
            w.WriteStartObject();
            w.WriteString("file", r.File);
            w.WriteNumber("line", r.Line);
            w.WriteNumber("column", r.Column);
            w.WriteString("kind", r.Kind);
            w.WriteString("text", r.Text);
            WriteStringOrNull(w, "start", r.Start);
            WriteStringOrNull(w, "end", r.End);
            w.WriteString("qualifier", r.Qualifier);
            w.WriteBoolean("valid", r.Valid);
            WriteStringOrNull(w, "problem", r.Problem);
            w.WriteBoolean("inCitation", r.InCitation);
            WriteStringOrNull(w, "task", r.Task);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static void WriteQuantitiesJson(Utf8JsonWriter w, IEnumerable<QuantityRow> rows)
    {
        w.WriteStartArray("quantities");
        foreach (var r in rows)
        {
            w.WriteStartObject();
            w.WriteString("file", r.File);
            w.WriteNumber("line", r.Line);
            w.WriteNumber("column", r.Column);
            w.WriteString("kind", r.Kind);
            w.WriteNumber("value", r.Value);
            if (r.Of is { } o) w.WriteNumber("of", o); else w.WriteNull("of");
            if (r.Upper is { } u) w.WriteNumber("upper", u); else w.WriteNull("upper");
            w.WriteString("comparison", r.Comparison);
            WriteStringOrNull(w, "unit", r.Unit);
            w.WriteString("role", r.Role);
            WriteNumberOrNull(w, "year", r.Year);
            WriteStringOrNull(w, "subject", r.Subject);
            WriteStringOrNull(w, "section", r.Section);
            WriteNumberOrNull(w, "baselineLine", r.BaselineLine);
            w.WriteBoolean("growth", r.Growth);
            w.WriteBoolean("broken", r.Broken);
            w.WriteBoolean("fromWords", r.Words);
            w.WriteString("text", r.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static void WriteDatesCsv(TextWriter w, IEnumerable<DateRow> rows)
    {
        using var csv = new CsvWriter(w, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }, leaveOpen: true);
        foreach (string h in new[] { "file", "line", "column", "kind", "text", "start", "end", "qualifier", "valid", "problem", "in_citation", "task" }) csv.WriteField(h);
        csv.NextRecord();
        foreach (var r in rows)
        {
            csv.WriteField(r.File); csv.WriteField(r.Line); csv.WriteField(r.Column); csv.WriteField(r.Kind); csv.WriteField(r.Text);
            csv.WriteField(r.Start); csv.WriteField(r.End); csv.WriteField(r.Qualifier); csv.WriteField(r.Valid); csv.WriteField(r.Problem);
            csv.WriteField(r.InCitation); csv.WriteField(r.Task);
            csv.NextRecord();
        }
    }

    public static void WriteQuantitiesCsv(TextWriter w, IEnumerable<QuantityRow> rows)
    {
        using var csv = new CsvWriter(w, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }, leaveOpen: true);
        foreach (string h in new[] { "file", "line", "column", "kind", "value", "of", "upper", "comparison", "unit", "role", "year", "subject", "section", "baseline_line", "growth", "broken", "from_words", "text" }) csv.WriteField(h);
        csv.NextRecord();
        foreach (var r in rows)
        {
            csv.WriteField(r.File); csv.WriteField(r.Line); csv.WriteField(r.Column); csv.WriteField(r.Kind); csv.WriteField(r.Value);
            csv.WriteField(r.Of); csv.WriteField(r.Upper); csv.WriteField(r.Comparison); csv.WriteField(r.Unit); csv.WriteField(r.Role);
            csv.WriteField(r.Year); csv.WriteField(r.Subject); csv.WriteField(r.Section); csv.WriteField(r.BaselineLine); csv.WriteField(r.Growth);
            csv.WriteField(r.Broken); csv.WriteField(r.Words); csv.WriteField(r.Text);
            csv.NextRecord();
        }
    }
}
