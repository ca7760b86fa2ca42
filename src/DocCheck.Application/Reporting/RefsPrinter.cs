using DocCheck.Application.Queries;
using static DocCheck.Application.Reporting.CorpusWords;

namespace DocCheck.Application.Reporting;

/// <summary>Prints what one document cites, as text for people.</summary>
public static class RefsPrinter
{
    /// <summary>One line per citation (<c>path:line:col  relation  key ngày …  [trong kho: path]</c>) and the counts.</summary>
    public static void WriteText(TextWriter w, RefsResult result, string lang)
    {
        bool en = lang == "en";
        foreach (var x in result.References)
            w.WriteLine($"{result.Path}:{x.Line}:{x.Column}\t{Relation(x.Relation, lang)}\t{x.Key}{Dated(x.Date, lang)}\t{(x.InCorpus is null ? "" : (en ? "[in the corpus: " : "[trong kho: ") + x.InCorpus + "]")}");
        w.WriteLine(en
            ? $"{result.References.Count} citations, {result.Instruments} instruments, {result.InCorpus} in the corpus"
            : $"{result.References.Count} lần dẫn, {result.Instruments} văn bản, {result.InCorpus} có trong kho");
    }
}
