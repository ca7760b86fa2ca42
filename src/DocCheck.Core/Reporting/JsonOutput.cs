using System.Text.Encodings.Web;
using System.Text.Json;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Reporting;

/// <summary>Shared JSON settings and helpers: readable Vietnamese, 1-based source positions.</summary>
public static class JsonOutput
{
    /// <summary>Writer options: indented, non-ASCII letters written as they are.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes "line", "column", "endLine", "endColumn" (1-based, in the source) for a normalized span.</summary>
    public static void WritePosition(Utf8JsonWriter w, NormalizedText doc, TextSpan span)
    {
        var src = doc.ToSource(span);
        var start = doc.Source.GetPosition(src.Start);
        var end = doc.Source.GetPosition(src.End);
        w.WriteNumber("line", start.Line);
        w.WriteNumber("column", start.Column);
        w.WriteNumber("endLine", end.Line);
        w.WriteNumber("endColumn", end.Column);
    }

    /// <summary>Writes the "errors" array: one object per file that could not be read.</summary>
    public static void WriteErrors(Utf8JsonWriter w, IEnumerable<DocCheck.Reading.ReadError> errors)
    {
        w.WriteStartArray("errors");
        foreach (var e in errors)
        {
            w.WriteStartObject();
            w.WriteString("file", e.Path);
            w.WriteString("reason", e.Kind.ToString());
            w.WriteString("message", e.Describe());
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Writes a string property, or null.</summary>
    public static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    /// <summary>Writes an int property, or null.</summary>
    public static void WriteNumberOrNull(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }
}
