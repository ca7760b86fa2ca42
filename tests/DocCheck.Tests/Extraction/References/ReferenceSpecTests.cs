using DocCheck.Pipeline;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Extraction.References;

/// <summary>Runs every case of reference-specs.txt.</summary>
public class ReferenceSpecTests
{
    private static readonly IReadOnlyList<SpecFile.Case> Cases = SpecFile.Load("Extraction/References/reference-specs.txt");

    public static TheoryData<string> Names() => new(Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Case(string name)
    {
        var spec = Cases.Single(c => c.Name == name);
        var doc = new DocumentAnalyzer().Analyze(spec.Input);
        var n = doc.Normalized;
        foreach (var r in doc.InternalReferences)
        {
            Assert.Equal(r.Text, n.Slice(r.Span));
            Assert.Equal(r.Section, n.Slice(r.SectionSpan));
            Assert.All(r.Numbers, x => Assert.Equal(x.Label, n.Slice(x.Span)));
        }
        var got = doc.InternalReferences.Select(r => string.Join(" | ",
            n.Slice(r.Span), r.Part, string.Join(", ", r.Numbers.Select(x => n.Slice(x.Span))), n.Slice(r.SectionSpan))).ToList();
        Assert.Equal(spec.Expected, got);
    }
}
