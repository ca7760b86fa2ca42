using System.Globalization;
using DocCheck.Extraction.Quantities;
using DocCheck.Pipeline;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Extraction.Quantities;

/// <summary>Runs every case of quantity-specs.txt.</summary>
public class QuantitySpecTests
{
    private static readonly IReadOnlyList<SpecFile.Case> Cases = SpecFile.Load("Extraction/Quantities/quantity-specs.txt");

    public static TheoryData<string> Names() => new(Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Case(string name)
    {
        var spec = Cases.Single(c => c.Name == name);
        var doc = new DocumentAnalyzer().Analyze(spec.Input);
        bool withCounts = spec.Expected.Any(e => e.StartsWith("Count", StringComparison.Ordinal) || e.StartsWith("Duration", StringComparison.Ordinal));
        var qs = doc.Quantities.Where(q => withCounts || q.Kind is not (QuantityKind.Count or QuantityKind.Duration)).ToList();
        var got = qs.Select(q => Format(q, qs)).ToList();
        Assert.Equal(spec.Expected, got);
    }

    private static string Format(Quantity q, List<Quantity> all)
    {
        string N(decimal v) => v.ToString(CultureInfo.InvariantCulture);
        var parts = new List<string>
        {
            q.Kind.ToString(), N(q.Value), q.Of is { } o ? N(o) : q.UpperValue is { } u ? N(u) : "-", q.Comparison.ToString(), q.Unit ?? "-", q.Role.ToString(),
        };
        if (q.Year is { } y && q.Role is QuantityRole.Baseline or QuantityRole.Target && q.Kind is not QuantityKind.Money) parts.Add($"year={y}");
        if (q.IsGrowth) parts.Add("growth");
        if (q.IsBroken) parts.Add("broken");
        if (q.FromWords) parts.Add("words");
        if (q.Baseline is { } b) parts.Add($"base={b}");
        return string.Join(" | ", parts);
    }
}
