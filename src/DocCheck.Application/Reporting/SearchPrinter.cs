using System.Text.Json;
using DocCheck.Application.Queries;
using DocCheck.Corpus;
using DocCheck.Reporting;
using static DocCheck.Application.Reporting.CorpusWords;

namespace DocCheck.Application.Reporting;

/// <summary>Prints search results: for people (the document, then its passage with the matched words in [ ] and its line) or as JSON.</summary>
public static class SearchPrinter
{
    public static void WriteText(TextWriter w, SearchResults results, int offset, string lang)
    {
        bool en = lang == "en";
        if (results.Folded)
            w.WriteLine(en ? "No document has these words with these marks; these have them without marks:" : "Không có văn bản nào có đúng các từ có dấu này; các văn bản sau có các từ đó khi bỏ dấu:");
        foreach (var h in results.Hits)
        {
            string line = h.Snippet.Line is { } l ? ":" + l : "";
            w.WriteLine($"{h.Path}{line}\t{h.Number ?? NoNumber(lang)}\t{DateOrDash(h.IssueDate, lang)}\t{h.Title ?? ""}\n    …{h.Snippet.Bracketed()}…");
        }
        foreach (var group in results.Counts.GroupBy(c => c.Facet))
            w.WriteLine($"  {FacetName(group.Key, lang)}: {string.Join(", ", group.Take(12).Select(c => $"{FacetValue(group.Key, c.Value, lang)} ({c.Count})"))}");
        int shown = results.Hits.Count;
        w.WriteLine(shown == results.Total && offset == 0
            ? (en ? $"{results.Total} documents" : $"{results.Total} văn bản")
            : (en ? $"{offset + 1}–{offset + shown} of {results.Total} documents" : $"{offset + 1}–{offset + shown} trong {results.Total} văn bản"));
    }

    /// <summary>{total, folded, hits: [{file, line, number, type, date, title, issuer, score, snippet, marks: [[start, length]]}], counts: [{facet, value, count}]}.</summary>
    public static void WriteJson(Utf8JsonWriter w, SearchResults results)
    {
        w.WriteStartObject();
        w.WriteNumber("total", results.Total);
        w.WriteBoolean("folded", results.Folded);
        w.WriteStartArray("hits");
        foreach (var h in results.Hits)
        {
            w.WriteStartObject();
            w.WriteString("file", h.Path);
            JsonOutput.WriteNumberOrNull(w, "line", h.Snippet.Line);
            JsonOutput.WriteStringOrNull(w, "number", h.Number);
            JsonOutput.WriteStringOrNull(w, "type", h.Type);
            JsonOutput.WriteStringOrNull(w, "date", Iso(h.IssueDate));
            JsonOutput.WriteStringOrNull(w, "title", h.Title);
            JsonOutput.WriteStringOrNull(w, "issuer", h.Issuer);
            w.WriteNumber("score", Math.Round(h.Score, 4));
            w.WriteString("snippet", h.Snippet.Text);
            w.WriteStartArray("marks");
            foreach (var m in h.Snippet.Marks) { w.WriteStartArray(); w.WriteNumberValue(m.Start); w.WriteNumberValue(m.Length); w.WriteEndArray(); }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("counts");
        foreach (var c in results.Counts)
        {
            w.WriteStartObject();
            w.WriteString("facet", c.Facet);
            w.WriteString("value", c.Value);
            w.WriteNumber("count", c.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The name of a filter for people.</summary>
    public static string FacetName(string facet, string lang) => (facet, lang == "en") switch
    {
        ("type", false) => "loại", ("province", false) => "tỉnh", ("issuer", false) => "cơ quan", ("year", false) => "năm",
        ("relation", false) => "quan hệ", ("status", false) => "tình trạng",
        ("type", true) => "type", ("province", true) => "province", ("issuer", true) => "issuer", ("relation", true) => "relation",
        ("status", true) => "status", _ => facet,
    };

    /// <summary>A filter value for people (a relation in words).</summary>
    public static string FacetValue(string facet, string value, string lang) =>
        facet == "relation" && Enum.TryParse<DocCheck.Extraction.Citations.CitationRelation>(value, out var r) ? Relation(r, lang) : value;

    public static void WriteSimilar(TextWriter w, SimilarResult result, string lang)
    {
        foreach (var h in result.Hits)
            w.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{h.Score,7:0.00}\t{h.Path}\t{h.Number ?? NoNumber(lang)}\t{DateOrDash(h.IssueDate, lang)}\t{h.Title ?? ""}"));
        w.WriteLine(lang == "en" ? $"{result.Hits.Count} documents like {result.Of}" : $"{result.Hits.Count} văn bản giống {result.Of}");
    }
}
