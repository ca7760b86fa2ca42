using DocCheck.Pipeline;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Extraction.Abbreviations;

/// <summary>Runs every case of abbreviation-specs.txt.</summary>
public class AbbreviationSpecTests
{
    private static readonly IReadOnlyList<SpecFile.Case> Cases = SpecFile.Load("Extraction/Abbreviations/abbreviation-specs.txt");

    public static TheoryData<string> Names() => new(Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Case(string name)
    {
        var spec = Cases.Single(c => c.Name == name);
        var doc = new DocumentAnalyzer().Analyze(spec.Input);
        var n = doc.Normalized;
        foreach (var d in doc.Abbreviations)
        {
            Assert.Equal(d.Abbreviation, n.Slice(d.Span));
            if (d.EarlierUse is { } use) Assert.Equal(d.Abbreviation, n.Slice(use));
        }
        var got = doc.Abbreviations.Select(d => string.Join(" | ",
            d.Abbreviation, n.SourcePosition(d.Span.Start).Line, d.EarlierUse is { } u ? n.SourcePosition(u.Start).Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")).ToList();
        Assert.Equal(spec.Expected, got);
    }
}
