using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Reading;

/// <summary>Every .docx and .html of ../shared/corpus-ext is read without an exception and gives readable text.</summary>
public class CorpusExtReadingTests
{
    private static List<string> Files(params string[] extensions)
    {
        string root = Path.Combine(RepoPaths.Shared!, "corpus-ext");
        if (!Directory.Exists(root)) return [];
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static void ReadAll(List<string> files, int atLeast)
    {
        Assert.True(files.Count >= atLeast, $"only {files.Count} files found");
        var analyzer = new DocumentAnalyzer();
        var failures = new List<string>();
        foreach (string f in files)
        {
            var r = analyzer.AnalyzeFile(f);
            if (r.Error is not null) { failures.Add(r.Error.Describe("en")); continue; }
            var doc = r.Document!;
            if (doc.Source.Text.Count(char.IsLetter) < 50) failures.Add(f + ": almost no text");
            if (System.Text.RegularExpressions.Regex.IsMatch(doc.Source.Text, @"\b\d{13,}\b")) failures.Add(f + ": a long digit run (anchor offsets?)");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SharedFact]
    public void Every_docx_is_read() => ReadAll(Files(".docx"), 300);

    [SharedFact]
    public void Every_html_is_read() => ReadAll(Files(".html", ".htm"), 19);
}
