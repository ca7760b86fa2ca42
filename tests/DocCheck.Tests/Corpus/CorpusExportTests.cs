using System.Text;
using System.Text.Json;
using DocCheck.Corpus;
using DocCheck.Corpus.Sqlite;
using DocCheck.Application;
using DocCheck.Application.Indexing;
using DocCheck.Application.Inputs;
using DocCheck.Application.Queries;
using DocCheck.Application.Reporting;
using DocCheck.Pipeline;
using DocCheck.Reading;

namespace DocCheck.Tests.Corpus;

public sealed class CorpusExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-export-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private const string Decision =
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
        "Số: 12/QĐ-UBND\nKon Tum, ngày 05 tháng 01 năm 2018\nQUYẾT ĐỊNH\nVề việc phê duyệt Đề án \"thí điểm\"\n" +
        "Điều 1. Phê duyệt Đề án.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n";

    private const string Plan =
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
        "Số: 30/KH-UBND\nKon Tum, ngày 05 tháng 3 năm 2018\nKẾ HOẠCH\nTriển khai Đề án năm 2018\n" +
        "Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2018 của Ủy ban nhân dân tỉnh và Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;\n" +
        "I. NHIỆM VỤ\n1. Phấn đấu 100% hồ sơ được giải quyết đúng hạn trong quý II/2018.\n";

    private SqliteCorpusStore Indexed()
    {
        string docs = Path.Combine(_dir, "docs");
        Directory.CreateDirectory(docs);
        File.WriteAllText(Path.Combine(docs, "qd-12.txt"), Decision, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(docs, "kh-30.txt"), Plan, new UTF8Encoding(false));
        var analyzer = new DocumentAnalyzer();
        string db = Path.Combine(_dir, "c.db");
        using (var w = SqliteCorpusStore.Open(db, write: true))
            new CorpusIndexer(w, new LintingIndexAnalysis(analyzer)).Index(InputFiles.Expand([docs], analyzer.Readers), null, null, CancellationToken.None);
        return SqliteCorpusStore.Open(db, write: false);
    }

    [Fact]
    public void Refs_mark_the_cited_instruments_the_corpus_holds()
    {
        using var store = Indexed();
        string plan = store.FindDocument(Path.Combine(_dir, "docs", "kh-30.txt"))!;
        var refs = store.References(plan);
        var qd = Assert.Single(refs, r => r.Key == "12/QĐ-UBND");
        Assert.EndsWith("qd-12.txt", qd.InCorpus);
        Assert.Null(Assert.Single(refs, r => r.Key == "61/2018/NĐ-CP").InCorpus);
    }

    [Fact]
    public void Csv_export_has_a_header_and_one_row_per_citation()
    {
        using var store = Indexed();
        var w = new StringWriter();
        int n = ExportPrinter.WriteCsv(w, ExportTables.Table(store, "citations"));
        var lines = w.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("path,line,column,key,", lines[0]);
        Assert.Equal(n + 1, lines.Length);
        Assert.Contains(lines, l => l.Contains(",61/2018/NĐ-CP,", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_export_of_documents_has_their_header_fields()
    {
        using var store = Indexed();
        var ms = new MemoryStream();
        Assert.Equal(2, ExportPrinter.WriteJson(ms, ExportTables.Table(store, "documents")));
        using var json = JsonDocument.Parse(ms.ToArray());
        var qd = json.RootElement.EnumerateArray().Single(d => d.GetProperty("own_key").GetString() == "12/QĐ-UBND");
        Assert.Equal("2018-01-05", qd.GetProperty("issue_date").GetString());
        Assert.Equal("QĐ", qd.GetProperty("type_code").GetString());
    }

    [Fact]
    public void Graph_in_dot_escapes_quotes_and_links_documents_to_instruments()
    {
        using var store = Indexed();
        var w = new StringWriter();
        GraphPrinter.WriteDot(w, store.Graph());
        string dot = w.ToString();
        Assert.StartsWith("digraph doccheck {", dot);
        Assert.Contains("\"30/KH-UBND\" -> \"12/QĐ-UBND\"", dot);
        Assert.Contains("\"30/KH-UBND\" -> \"61/2018/NĐ-CP\"", dot);
        Assert.EndsWith("}" + Environment.NewLine, dot);
    }
}
