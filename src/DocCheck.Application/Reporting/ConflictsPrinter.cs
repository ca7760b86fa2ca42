using System.Text.Json;
using DocCheck.Corpus;
using DocCheck.Reporting;
using static DocCheck.Application.Reporting.CorpusWords;

namespace DocCheck.Application.Reporting;

/// <summary>Prints corpus-wide date conflicts as text for people or JSON (ISO dates).</summary>
public static class ConflictsPrinter
{
    public static void WriteText(TextWriter w, IReadOnlyList<ConflictGroup> groups, string lang)
    {
        bool en = lang == "en";
        foreach (var g in groups)
        {
            string own = g.OwnDate is not { } d ? "" : en ? $"; its own header: {Date(d, lang)} ({g.OwnPath})" : $"; ngày ở chính văn bản: {Date(d, lang)} ({g.OwnPath})";
            w.WriteLine(en
                ? $"{g.Key}: {g.Total} citations, most give {Date(g.MajorityDate, lang)} ({g.MajorityCount}){own}"
                : $"{g.Key}: {g.Total} lần dẫn, đa số ghi {Date(g.MajorityDate, lang)} ({g.MajorityCount}){own}");
            foreach (var o in g.Outliers) w.WriteLine($"    {o.Path}:{o.Line}:{o.Column}: {(en ? "gives" : "ghi")} {Date(o.Date, lang)}");
        }
        w.WriteLine(en ? $"{groups.Count} instruments cited with different dates" : $"{groups.Count} văn bản được dẫn với ngày khác nhau");
    }

    public static void WriteJson(Utf8JsonWriter w, IReadOnlyList<ConflictGroup> groups)
    {
        w.WriteStartArray();
        foreach (var g in groups)
        {
            w.WriteStartObject();
            w.WriteString("key", g.Key);
            JsonOutput.WriteStringOrNull(w, "ownDate", Iso(g.OwnDate));
            JsonOutput.WriteStringOrNull(w, "ownFile", g.OwnPath);
            w.WriteString("majorityDate", Iso(g.MajorityDate));
            w.WriteNumber("majorityCount", g.MajorityCount);
            w.WriteNumber("citations", g.Total);
            w.WriteStartArray("outliers");
            foreach (var o in g.Outliers)
            {
                w.WriteStartObject();
                w.WriteString("date", Iso(o.Date));
                w.WriteString("file", o.Path);
                w.WriteNumber("line", o.Line);
                w.WriteNumber("column", o.Column);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
