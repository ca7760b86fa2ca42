using System.Text;
using System.Text.Json;
using DocCheck.Normalization;
using DocCheck.Pipeline;
using DocCheck.Structure;
using static DocCheck.Reporting.JsonOutput;

namespace DocCheck.Reporting;

/// <summary>The JSON of <c>doccheck parse --format json</c>; schema in README ("JSON output").</summary>
public static class StructureJsonFormatter
{
    /// <summary>Formats several documents (and read errors) as one JSON object.</summary>
    public static string Format(IEnumerable<AnalysisResult> results, bool includeText)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteStartArray("documents");
            var errors = new List<Reading.ReadError>();
            foreach (var r in results)
            {
                if (r.Success) WriteDocument(w, r.Document, includeText);
                else errors.Add(r.Error);
            }
            w.WriteEndArray();
            WriteErrors(w, errors);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteDocument(Utf8JsonWriter w, AnalyzedDocument d, bool includeText)
    {
        var doc = d.Normalized;
        w.WriteStartObject();
        w.WriteString("file", d.Path);
        w.WriteString("encoding", d.Encoding);
        w.WriteStartArray("parts");
        foreach (var p in d.Structure.Parts) WritePart(w, doc, p);
        w.WriteEndArray();
        if (includeText)
        {
            w.WriteStartArray("blocks");
            foreach (var b in doc.Blocks)
            {
                w.WriteStartObject();
                WritePosition(w, doc, b.Span);
                w.WriteBoolean("endsCell", b.EndsCell);
                w.WriteString("text", doc.TextOf(b));
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WritePart(Utf8JsonWriter w, NormalizedText doc, DocumentPart p)
    {
        w.WriteStartObject();
        w.WriteString("kind", p.Kind.ToString().ToLowerInvariant());
        WritePosition(w, doc, p.Span);
        WriteHeader(w, doc, p.Header);
        w.WriteStartArray("preamble");
        foreach (var c in p.Preamble)
        {
            w.WriteStartObject();
            w.WriteString("kind", c.Kind.ToString().ToLowerInvariant());
            WriteFieldBody(w, doc, c.Field);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("outline");
        foreach (var n in p.Outline) WriteNode(w, doc, n);
        w.WriteEndArray();
        w.WriteStartArray("tables");
        foreach (var t in p.Tables) WriteTable(w, doc, t);
        w.WriteEndArray();
        if (p.Recipients is { } r)
        {
            w.WriteStartObject("recipients");
            WritePosition(w, doc, r.Heading.Span);
            w.WriteStartArray("items");
            foreach (var item in r.Recipients) w.WriteStringValue(item.Text);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        else w.WriteNull("recipients");
        if (p.Signature is { } s)
        {
            w.WriteStartObject("signature");
            WritePosition(w, doc, s.Field.Span);
            WriteStringOrNull(w, "mode", s.Mode);
            WriteStringOrNull(w, "onBehalfOf", s.OnBehalfOf);
            WriteStringOrNull(w, "position", s.Position);
            WriteStringOrNull(w, "signer", s.Signer?.Text);
            w.WriteEndObject();
        }
        else w.WriteNull("signature");
        w.WriteEndObject();
    }

    private static void WriteHeader(Utf8JsonWriter w, NormalizedText doc, DocumentHeader h)
    {
        w.WriteStartObject("header");
        if (h.Issuer is { } iss)
        {
            w.WriteStartObject("issuer");
            WriteStringOrNull(w, "superior", iss.Superior);
            w.WriteString("issuer", iss.Issuer);
            WritePosition(w, doc, iss.Field.Span);
            w.WriteEndObject();
        }
        else w.WriteNull("issuer");
        if (h.Number is { } num)
        {
            w.WriteStartObject("number");
            w.WriteString("text", num.Field.Text);
            WriteStringOrNull(w, "number", num.Number);
            WriteNumberOrNull(w, "year", num.Year);
            w.WriteString("symbol", num.Symbol);
            WriteStringOrNull(w, "typeCode", num.TypeCode);
            WriteStringOrNull(w, "issuerCode", num.IssuerCode);
            w.WriteBoolean("blank", num.IsBlank);
            WritePosition(w, doc, num.Field.Span);
            w.WriteEndObject();
        }
        else w.WriteNull("number");
        if (h.PlaceDate is { } pd)
        {
            w.WriteStartObject("placeDate");
            w.WriteString("text", pd.Field.Text);
            WriteStringOrNull(w, "place", pd.Place);
            WriteStringOrNull(w, "date", pd.Date.Iso);
            WriteNumberOrNull(w, "day", pd.Date.Day);
            WriteNumberOrNull(w, "month", pd.Date.Month);
            WriteNumberOrNull(w, "year", pd.Date.Year);
            WritePosition(w, doc, pd.Field.Span);
            w.WriteEndObject();
        }
        else w.WriteNull("placeDate");
        if (h.TypeWord is { } tw)
        {
            w.WriteStartObject("type");
            w.WriteString("word", tw.Text);
            WriteStringOrNull(w, "code", h.Type?.Code);
            WriteStringOrNull(w, "name", h.Type?.Name);
            WritePosition(w, doc, tw.Span);
            w.WriteEndObject();
        }
        else w.WriteNull("type");
        WriteField(w, doc, "title", h.Title);
        WriteField(w, doc, "authority", h.Authority);
        WriteField(w, doc, "attachedTo", h.AttachedTo);
        WriteField(w, doc, "motto", h.Motto);
        w.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter w, NormalizedText doc, OutlineNode n)
    {
        w.WriteStartObject();
        w.WriteString("label", n.Label);
        w.WriteString("kind", n.Kind.ToString().ToLowerInvariant());
        w.WriteNumber("depth", n.Depth);
        w.WriteString("heading", n.Heading.Text);
        WritePosition(w, doc, n.LabelSpan);
        if (n.Children.Count > 0)
        {
            w.WriteStartArray("children");
            foreach (var c in n.Children) WriteNode(w, doc, c);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter w, NormalizedText doc, Table t)
    {
        w.WriteStartObject();
        WritePosition(w, doc, t.Span);
        w.WriteBoolean("rowsInferred", t.RowsAreInferred);
        w.WriteStartArray("header");
        foreach (var c in t.Header) w.WriteStringValue(c.Text);
        w.WriteEndArray();
        w.WriteStartArray("rows");
        foreach (var r in t.Rows)
        {
            w.WriteStartArray();
            foreach (var c in r.Cells)
            {
                w.WriteStartObject();
                w.WriteString("text", c.Text);
                WritePosition(w, doc, c.Span);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter w, NormalizedText doc, string name, TextField? f)
    {
        if (f is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        WriteFieldBody(w, doc, f);
        w.WriteEndObject();
    }

    private static void WriteFieldBody(Utf8JsonWriter w, NormalizedText doc, TextField f)
    {
        w.WriteString("text", f.Text);
        WritePosition(w, doc, f.Span);
    }
}
