using DocCheck.Pipeline;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Extraction.TextQuality;

/// <summary>Runs every case of placeholder-specs.txt.</summary>
public class PlaceholderSpecTests
{
    private static readonly IReadOnlyList<SpecFile.Case> Cases = SpecFile.Load("Extraction/TextQuality/placeholder-specs.txt");

    public static TheoryData<string> Names() => new(Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Case(string name)
    {
        var spec = Cases.Single(c => c.Name == name);
        var doc = new DocumentAnalyzer().Analyze(spec.Input);
        Assert.All(doc.Placeholders, p => Assert.Equal(p.Text, doc.Normalized.Slice(p.Span)));
        Assert.Equal(spec.Expected, doc.Placeholders.Select(p => p.Text).ToList());
    }
}
