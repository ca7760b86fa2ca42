using System.Text;
using DocCheck.Corpus;
using DocCheck.Corpus.Sqlite;
using DocCheck.Application;
using DocCheck.Application.Indexing;
using DocCheck.Application.Inputs;
using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Rules;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Corpus;

/// <summary>DC2008 and DC2009: a draft checked against an indexed corpus and an imported registry.</summary>
public sealed class CorpusRuleTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-corpusrules-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private const string Header =
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";

    private static string Doc(string number, string date, string type, string title, string body) =>
        Header + $"Số: {number}\nKon Tum, {date}\n{type}\n{title}\n" + body;

    private string Db => Path.Combine(_dir, "c.db");

    private void Build(params (string Name, string Text)[] docs)
    {
        string folder = Path.Combine(_dir, "kho");
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in docs) File.WriteAllText(Path.Combine(folder, name), text, new UTF8Encoding(false));
        var analyzer = new DocumentAnalyzer();
        using var store = SqliteCorpusStore.Open(Db, write: true);
        new CorpusIndexer(store, new LintingIndexAnalysis(analyzer)).Index(InputFiles.Expand([folder], analyzer.Readers), null, null, CancellationToken.None);
    }

    private IReadOnlyList<Finding> Lint(string text, string rule)
    {
        using var store = SqliteCorpusStore.Open(Db, write: false);
        var doc = new DocumentAnalyzer().Analyze(text, "du-thao.txt");
        return new Linter().Lint(doc, new LintOptions { Corpus = new CorpusFacts(store) }).Where(f => f.RuleId == rule).ToList();
    }

    private const string Decision12Body = "Điều 1. Phê duyệt Đề án cải cách hành chính.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n";

    [Fact]
    public void DC2008_compares_with_the_instruments_own_header_in_the_corpus()
    {
        Build(("qd-12.txt", Doc("12/QĐ-UBND", "ngày 05 tháng 01 năm 2018", "QUYẾT ĐỊNH", "Phê duyệt Đề án", Decision12Body)));
        string draft = Doc("30/KH-UBND", "ngày 05 tháng 3 năm 2018", "KẾ HOẠCH", "Triển khai Đề án năm 2018",
            "Thực hiện Quyết định số 12/QĐ-UBND ngày 15/01/2018 của Ủy ban nhân dân tỉnh;\nI. NHIỆM VỤ\n1. Tuyên truyền.\n");
        var hit = Assert.Single(Lint(draft, "DC2008"));
        Assert.Contains("15/01/2018", hit.Message);
        Assert.Contains("05/01/2018", hit.Message);
        Assert.Contains("qd-12.txt", hit.Message);

        Assert.Empty(Lint(draft.Replace("15/01/2018", "05/01/2018"), "DC2008"));
    }

    [Fact]
    public void DC2008_does_not_compare_a_local_number_with_another_provinces_document()
    {
        Build(("qd-12.txt", Doc("12/QĐ-UBND", "ngày 05 tháng 01 năm 2018", "QUYẾT ĐỊNH", "Phê duyệt Đề án", Decision12Body)));
        string other = Doc("30/KH-UBND", "ngày 05 tháng 3 năm 2018", "KẾ HOẠCH", "Triển khai năm 2018",
            "Thực hiện Quyết định số 12/QĐ-UBND ngày 15/01/2018 của Ủy ban nhân dân tỉnh;\nI. NHIỆM VỤ\n1. Tuyên truyền.\n")
            .Replace("TỈNH KON TUM", "TỈNH GIA LAI");
        Assert.Empty(Lint(other, "DC2008"));
    }

    [Fact]
    public void DC2008_uses_a_clear_majority_of_citations()
    {
        string cite(string date) => Doc("1/KH-UBND", "ngày 05 tháng 3 năm 2018", "KẾ HOẠCH", "Kế hoạch năm 2018",
            $"Căn cứ Quyết định số 225/QĐ-TTg ngày {date} của Thủ tướng Chính phủ;\nI. NHIỆM VỤ\n1. Tuyên truyền.\n");
        Build(("a.txt", cite("04/02/2016")), ("b.txt", cite("04/02/2016").Replace("1/KH", "2/KH")), ("c.txt", cite("04/02/2016").Replace("1/KH", "3/KH")));
        var hit = Assert.Single(Lint(cite("04/12/2016").Replace("1/KH", "9/KH"), "DC2008"));
        Assert.Contains("3/3", hit.Message);
        Assert.Empty(Lint(cite("04/02/2016").Replace("1/KH", "9/KH"), "DC2008"));
    }

    [Fact]
    public void DC2009_names_the_replacing_instrument_from_the_registry_or_the_corpus()
    {
        Build(("qd-12.txt", Doc("12/QĐ-UBND", "ngày 05 tháng 01 năm 2018", "QUYẾT ĐỊNH", "Phê duyệt Đề án", Decision12Body)),
              ("qd-40.txt", Doc("40/QĐ-UBND", "ngày 10 tháng 6 năm 2019", "QUYẾT ĐỊNH", "Thay thế Quyết định 12",
                  "Điều 1. Quyết định này thay thế Quyết định số 12/QĐ-UBND ngày 05/01/2018 của Ủy ban nhân dân tỉnh.\nĐiều 2. Hiệu lực từ ngày ký.\n")));
        string registry = Path.Combine(_dir, "danh-muc.csv");
        File.WriteAllText(registry, "number_symbol,issue_date,issuer,title,status,replaced_by\n16/2015/NĐ-CP,14/02/2015,Chính phủ,Cơ chế tự chủ,hết hiệu lực,60/2021/NĐ-CP\n60/2021/NĐ-CP,21/06/2021,Chính phủ,Cơ chế tự chủ mới,còn hiệu lực,\nkhông phải số,01/01/2020,,,,\n", new UTF8Encoding(true));
        using (var store = SqliteCorpusStore.Open(Db, write: true))
        {
            var result = RegistryImport.Import(store, registry);
            Assert.Equal(2, result.Imported);
            Assert.Equal(4, Assert.Single(result.Problems).Row);
        }
        string draft = Doc("5/KH-UBND", "ngày 05 tháng 3 năm 2023", "KẾ HOẠCH", "Kế hoạch năm 2023",
            "Căn cứ Nghị định số 16/2015/NĐ-CP ngày 14/02/2015 của Chính phủ;\nThực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2018 của Ủy ban nhân dân tỉnh;\nI. NHIỆM VỤ\n1. Tuyên truyền.\n");
        var hits = Lint(draft, "DC2009");
        Assert.Equal(2, hits.Count);
        Assert.Contains(hits, h => h.Message.Contains("60/2021/NĐ-CP", StringComparison.Ordinal) && h.Message.Contains("21/06/2021", StringComparison.Ordinal));
        Assert.Contains(hits, h => h.Message.Contains("40/QĐ-UBND", StringComparison.Ordinal));
        // Before the replacement the citation was right.
        Assert.Empty(Lint(draft.Replace("năm 2023", "năm 2018").Replace("Căn cứ Nghị định số 16/2015/NĐ-CP ngày 14/02/2015 của Chính phủ;\n", ""), "DC2009"));
    }

    [Fact]
    public void Lint_db_on_the_command_line()
    {
        Build(("qd-12.txt", Doc("12/QĐ-UBND", "ngày 05 tháng 01 năm 2018", "QUYẾT ĐỊNH", "Phê duyệt Đề án", Decision12Body)));
        string draft = Path.Combine(_dir, "du-thao.txt");
        File.WriteAllText(draft, Doc("30/KH-UBND", "ngày 05 tháng 3 năm 2018", "KẾ HOẠCH", "Triển khai Đề án năm 2018",
            "Thực hiện Quyết định số 12/QĐ-UBND ngày 15/01/2018 của Ủy ban nhân dân tỉnh;\nI. NHIỆM VỤ\n1. Tuyên truyền.\n"), new UTF8Encoding(false));
        var r = CliRunner.Run(_dir, "lint", "du-thao.txt", "--db", Db);
        Assert.Contains("warning DC2008", r.StdOut);
        var without = CliRunner.Run(_dir, "lint", "du-thao.txt");
        Assert.DoesNotContain("DC2008", without.StdOut);
        var missing = CliRunner.Run(_dir, "lint", "du-thao.txt", "--db", Path.Combine(_dir, "none.db"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("doccheck index", missing.StdErr);
    }
}
