using DocCheck.Corpus;
using static DocCheck.Application.Reporting.CorpusWords;

namespace DocCheck.Application.Reporting;

/// <summary>Prints search hits as text for people: the document, then its snippet with the matched words in [ ].</summary>
public static class SearchPrinter
{
    public static void WriteText(TextWriter w, IReadOnlyList<SearchHit> hits, string lang)
    {
        foreach (var h in hits)
            w.WriteLine($"{h.Path}\t{h.Number ?? NoNumber(lang)}\t{DateOrDash(h.IssueDate, lang)}\t{h.Title ?? ""}\n    {h.Snippet}");
        w.WriteLine(lang == "en" ? $"{hits.Count} documents" : $"{hits.Count} văn bản");
    }
}
