using System.Text;
using DocCheck.Reporting;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Corpus;

/// <summary>
/// The citations of each seed against corpus/expected/NAME.citations.tsv. The files were reviewed line by line
/// against the documents; DOCCHECK_UPDATE_GOLDEN=1 rewrites them, and the diff must be read before committing.
/// Lines known to be wrong carry a "# known:" note naming the issue that will fix them.
/// </summary>
public class SeedCitationGoldenTests
{
    public static TheoryData<string> SeedNames() => new(Seeds.All);

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Citations_match_the_reviewed_list(string seed)
    {
        var doc = Seeds.Get(seed);
        string actual = Format(CitationRow.From(doc));
        string path = Path.Combine(RepoPaths.Corpus, "expected", Path.ChangeExtension(seed, ".citations.tsv"));
        if (RepoPaths.UpdateGolden)
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }
        Assert.True(File.Exists(path), $"{path} missing; run with DOCCHECK_UPDATE_GOLDEN=1 and review it");
        string expected = string.Join("\n", File.ReadAllLines(path).Where(l => !l.StartsWith('#')).Select(StripNote)) + "\n";
        Assert.Equal(expected, actual);
    }

    private static string StripNote(string line)
    {
        int k = line.IndexOf("\t# known:", StringComparison.Ordinal);
        return k < 0 ? line : line[..k];
    }

    private static string Format(IEnumerable<CitationRow> rows)
    {
        var sb = new StringBuilder();
        sb.Append("line\tcolumn\tkey\ttype\tdate\tresolved_date\tissuer\trelation\tpinpoint\talias\n");
        foreach (var r in rows)
            sb.Append($"{r.Line}\t{r.Column}\t{r.Key}\t{r.Type}\t{r.Date ?? (r.DateValid ? "-" : "invalid")}\t{r.ResolvedDate ?? "-"}\t{r.Issuer ?? "-"}\t{r.Relation}\t{r.Pinpoint ?? "-"}\t{(r.Alias ? "alias" : "-")}\n");
        return sb.ToString();
    }
}
