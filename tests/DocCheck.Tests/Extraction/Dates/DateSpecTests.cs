using DocCheck.Pipeline;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Extraction.Dates;

/// <summary>Runs every case of date-specs.txt.</summary>
public class DateSpecTests
{
    private static readonly IReadOnlyList<SpecFile.Case> Cases = SpecFile.Load("Extraction/Dates/date-specs.txt");

    public static TheoryData<string> Names() => new(Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Case(string name)
    {
        var spec = Cases.Single(c => c.Name == name);
        var doc = new DocumentAnalyzer().Analyze(spec.Input);
        var got = doc.Dates.Select(d => string.Join(" | ", new[]
        {
            d.Kind.ToString(), d.Text, d.Start?.ToString("yyyy-MM-dd") ?? "-", d.End?.ToString("yyyy-MM-dd") ?? "-", d.Qualifier.ToString(),
        }.Concat(d.IsValid ? [] : ["invalid"]).Concat(d.InCitation ? ["citation"] : []))).ToList();
        Assert.Equal(spec.Expected, got);
    }
}
