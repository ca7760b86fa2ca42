using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocCheck.Corpus;

namespace DocCheck.Application.Reporting;

/// <summary>Prints the citation graph: DOT for Graphviz, or CSV edges (source, target, relation code).</summary>
public static class GraphPrinter
{
    public static void WriteDot(TextWriter w, IEnumerable<GraphEdge> edges)
    {
        w.WriteLine("digraph doccheck {");
        w.WriteLine("  rankdir=LR;");
        foreach (var e in edges)
            w.WriteLine($"  {Dot(e.Source)} -> {Dot(e.Target)} [label={Dot(e.Relation.ToString())}];");
        w.WriteLine("}");
    }

    public static void WriteCsv(TextWriter w, IEnumerable<GraphEdge> edges)
    {
        using var csv = new CsvWriter(w, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }, leaveOpen: true);
        foreach (string h in (string[])["source", "target", "relation"]) csv.WriteField(h);
        csv.NextRecord();
        foreach (var e in edges)
        {
            csv.WriteField(e.Source);
            csv.WriteField(e.Target);
            csv.WriteField(e.Relation.ToString());
            csv.NextRecord();
        }
    }

    private static string Dot(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "\"";
}
