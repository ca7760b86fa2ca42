using DocCheck.Extraction.Citations;
using DocCheck.Pipeline;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Extraction.Citations;

/// <summary>Runs every case of citation-specs.txt (each form, variant, date style, relation and short form) and citation-late-date-specs.txt.</summary>
public class CitationSpecTests
{
    private static readonly IReadOnlyList<SpecFile.Case> Cases =
        [.. SpecFile.Load("Extraction/Citations/citation-specs.txt"), .. SpecFile.Load("Extraction/Citations/citation-late-date-specs.txt")];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases) data.Add(c.Name);
        return data;
    }

    [Fact]
    public void Spec_file_has_cases() => Assert.True(Cases.Count >= 40, $"only {Cases.Count} cases");

    [Theory]
    [MemberData(nameof(Names))]
    public void Case(string name)
    {
        var spec = Cases.Single(c => c.Name == name);
        var doc = new DocumentAnalyzer().Analyze(spec.Input);
        bool withSelf = spec.Expected.Any(e => e.Split('|').Any(f => f.Trim() == "self"));
        var got = doc.Citations.Where(c => withSelf || !c.IsSelf).ToList();
        string Describe() => string.Join("\n", got.Select(Format));
        Assert.True(spec.Expected.Count == got.Count, $"expected {spec.Expected.Count} citations, got {got.Count}:\n{Describe()}");
        for (int i = 0; i < got.Count; i++)
        {
            var c = got[i];
            var fields = spec.Expected[i].Split('|').Select(f => f.Trim()).ToArray();
            string because = $"citation {i} of\n{Describe()}";
            Assert.True(fields[0] == c.Key, $"key {fields[0]} != {c.Key}; {because}");
            string date = c.Date is null ? "-" : c.Date.Iso ?? "invalid";
            Assert.True(fields[1] == date, $"date {fields[1]} != {date}; {because}");
            Assert.True(fields[2] == c.Kind.ToString(), $"kind {fields[2]} != {c.Kind}; {because}");
            Assert.True(fields[3] == c.Type.ToString(), $"type {fields[3]} != {c.Type}; {because}");
            Assert.True(fields[4] == c.Relation.ToString(), $"relation {fields[4]} != {c.Relation}; {because}");
            foreach (string f in fields.Skip(5))
            {
                if (f.StartsWith("issuer=", StringComparison.Ordinal)) Assert.True(f[7..] == c.Issuer, $"issuer {f[7..]} != {c.Issuer}; {because}");
                else if (f.StartsWith("pin=", StringComparison.Ordinal)) Assert.True(f[4..] == c.Pinpoint, $"pinpoint {f[4..]} != {c.Pinpoint}; {because}");
                else if (f.StartsWith("summary^=", StringComparison.Ordinal)) Assert.True(c.Summary?.StartsWith(f[9..], StringComparison.Ordinal) == true, $"summary '{c.Summary}' does not start with '{f[9..]}'; {because}");
                else if (f.StartsWith("ante=", StringComparison.Ordinal)) Assert.True(int.Parse(f[5..]) == c.Antecedent, $"antecedent {f[5..]} != {c.Antecedent}; {because}");
                else if (f.StartsWith("tw=", StringComparison.Ordinal)) Assert.True(f[3..] == c.TypeWord, $"type word {f[3..]} != {c.TypeWord}; {because}");
                else if (f.StartsWith("twspan=", StringComparison.Ordinal))
                {
                    string written = c.TypeWordSpan is { } tws ? doc.Normalized.Text.Substring(tws.Start, tws.Length) : "-";
                    Assert.True(f[7..] == written, $"type word span '{written}' != '{f[7..]}'; {because}");
                }
                else if (f == "self") Assert.True(c.IsSelf, $"not self; {because}");
                else if (f == "alias") Assert.True(c.IsAlias, $"not alias; {because}");
                else Assert.Fail($"unknown field '{f}' in spec");
            }
            if (!fields.Contains("alias")) Assert.False(c.IsAlias, $"unexpected alias; {because}");
        }
    }

    [Fact]
    public void Every_type_word_span_holds_the_type_word_inside_the_mention()
    {
        int checkedSpans = 0;
        foreach (var spec in Cases)
        {
            var doc = new DocumentAnalyzer().Analyze(spec.Input);
            foreach (var c in doc.Citations)
            {
                if (c.TypeWordSpan is not { } tws) continue;
                string written = doc.Normalized.Text.Substring(tws.Start, tws.Length);
                // Named laws keep their keyword with its spaces made one ("Bộ  luật" → "Bộ luật").
                Assert.True(string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) == c.TypeWord, $"{spec.Name}: '{written}' for type word '{c.TypeWord}'");
                Assert.True(tws.Start >= c.Span.Start && tws.End <= c.Span.End, $"{spec.Name}: type word {tws} outside the mention {c.Span}");
                Assert.True(c.Kind is CitationKind.NamedLaw || c.IsSelf || tws.End <= c.SymbolSpan.Start, $"{spec.Name}: type word {tws} after the number {c.SymbolSpan}");
                checkedSpans++;
            }
        }
        Assert.True(checkedSpans >= 40, $"only {checkedSpans} type word spans");
    }

    private static string Format(Citation c) =>
        $"{c.Key} | {(c.Date is null ? "-" : c.Date.Iso ?? "invalid")} | {c.Kind} | {c.Type} | {c.Relation} | issuer={c.Issuer} | pin={c.Pinpoint} | tw={c.TypeWord} | ante={c.Antecedent} | self={c.IsSelf} | alias={c.IsAlias} | summary={c.Summary}";
}
