using DocCheck.Pipeline;
using DocCheck.Text;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Extraction.TextQuality;

/// <summary>Runs every case of misspelling-specs.txt.</summary>
public class MisspellingSpecTests
{
    private static readonly IReadOnlyList<SpecFile.Case> Cases = SpecFile.Load("Extraction/TextQuality/misspelling-specs.txt");

    public static TheoryData<string> Names() => new(Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Case(string name)
    {
        var spec = Cases.Single(c => c.Name == name);
        var doc = new DocumentAnalyzer().Analyze(spec.Input);
        var got = doc.Misspellings.Select(m => $"{OneLineText.Of(doc.Normalized.Quote(m.Span))} | {m.Correction}").ToList();
        Assert.Equal(spec.Expected, got);
    }
}
