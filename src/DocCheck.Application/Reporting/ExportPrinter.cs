using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using DocCheck.Application.Queries;
using DocCheck.Reporting;

namespace DocCheck.Application.Reporting;

/// <summary>Prints an exported table as CSV (for Excel; the caller gives a UTF-8-with-BOM writer) or a JSON array of objects.</summary>
public static class ExportPrinter
{
    /// <summary>Writes the table; returns the number of rows.</summary>
    public static int WriteCsv(TextWriter w, ExportTable table)
    {
        using var csv = new CsvWriter(w, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }, leaveOpen: true);
        foreach (string c in table.Columns) csv.WriteField(c);
        csv.NextRecord();
        int n = 0;
        foreach (var row in table.Rows)
        {
            foreach (var v in row)
                csv.WriteField(v.Kind switch
                {
                    ExportValueKind.Integer => v.Integer.ToString(CultureInfo.InvariantCulture),
                    ExportValueKind.Real => v.Real.ToString(CultureInfo.InvariantCulture),
                    ExportValueKind.Text => v.Text,
                    _ => "",
                });
            csv.NextRecord();
            n++;
        }
        return n;
    }

    /// <summary>Writes the table; returns the number of rows.</summary>
    public static int WriteJson(Stream output, ExportTable table)
    {
        using var w = new Utf8JsonWriter(output, JsonOutput.WriterOptions);
        w.WriteStartArray();
        int n = 0;
        foreach (var row in table.Rows)
        {
            w.WriteStartObject();
            for (int i = 0; i < table.Columns.Count; i++)
            {
                var v = row[i];
                switch (v.Kind)
                {
                    case ExportValueKind.Integer: w.WriteNumber(table.Columns[i], v.Integer); break;
                    case ExportValueKind.Real: w.WriteNumber(table.Columns[i], v.Real); break;
                    case ExportValueKind.Text: w.WriteString(table.Columns[i], v.Text); break;
                    default: w.WriteNull(table.Columns[i]); break;
                }
            }
            w.WriteEndObject();
            n++;
        }
        w.WriteEndArray();
        return n;
    }
}
