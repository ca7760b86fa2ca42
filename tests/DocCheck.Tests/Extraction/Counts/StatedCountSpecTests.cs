using DocCheck.Pipeline;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Extraction.Counts;

/// <summary>Runs every case of count-specs.txt.</summary>
public class StatedCountSpecTests
{
    private static readonly IReadOnlyList<SpecFile.Case> Cases = SpecFile.Load("Extraction/Counts/count-specs.txt");

    public static TheoryData<string> Names() => new(Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Case(string name)
    {
        var spec = Cases.Single(c => c.Name == name);
        var doc = new DocumentAnalyzer().Analyze(spec.Input);
        var n = doc.Normalized;
        Assert.All(doc.StatedCounts, s => Assert.Equal(s.Text, n.Slice(s.Span)));
        var got = doc.StatedCounts.Select(s => string.Join(" | ",
            n.Slice(s.Span), s.Count, s.Noun, s.Items.Count > 0 ? string.Join("; ", s.Items) : "-", s.ListSpan is { } l ? n.Slice(l) : "-")).ToList();
        Assert.Equal(spec.Expected, got);
    }
}
