using System.Text.Json;
using DocCheck.Application.Queries;
using DocCheck.Application.Reporting;
using DocCheck.Corpus;
using DocCheck.Extraction.Citations;

namespace DocCheck.Tests.Application;

/// <summary>Corpus output for people follows Vietnamese conventions (căn cứ, ngày 16/5/2016); JSON and CSV keep ISO dates and stable codes.</summary>
public sealed class CorpusPrinterTests
{
    private static readonly CitesResult Result = new(
        new InstrumentQuery("35/NQ-CP", null, null, null, "35/NQ-CP"),
        [
            new CitingHit("a.txt", "497/KH-UBND", new DateOnly(2018, 2, 28), "UBND", "Kế hoạch", "35/NQ-CP", new DateOnly(2016, 5, 16), CitationRelation.Basis, 23, 19, "Nghị quyết số 35/NQ-CP"),
            new CitingHit("b.txt", null, null, null, null, "35/NQ-CP", null, CitationRelation.References, 4, 1, "Nghị quyết 35/NQ-CP"),
        ]);

    [Fact]
    public void Cites_text_speaks_vietnamese_relations_and_dates()
    {
        var w = new StringWriter();
        CitesPrinter.WriteText(w, Result, "vi");
        var lines = w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("a.txt:23:19\t497/KH-UBND\t28/2/2018\tcăn cứ\t35/NQ-CP ngày 16/5/2016\t| Nghị quyết số 35/NQ-CP", lines[0]);
        Assert.Equal("b.txt:4:1\t(không số)\t-\tdẫn chiếu\t35/NQ-CP\t| Nghị quyết 35/NQ-CP", lines[1]);
        Assert.Equal("2 văn bản, 2 lần dẫn", lines[2]);
    }

    [Fact]
    public void Cites_text_in_english_has_english_words_and_iso_dates()
    {
        var w = new StringWriter();
        CitesPrinter.WriteText(w, Result, "en");
        string text = w.ToString();
        Assert.Contains("\t2018-02-28\tbasis\t35/NQ-CP of 2016-05-16\t", text, StringComparison.Ordinal);
        Assert.Contains("(no number)", text, StringComparison.Ordinal);
        Assert.Contains("2 documents, 2 citations", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cites_json_keeps_iso_dates_and_relation_codes()
    {
        var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms)) CitesPrinter.WriteJson(w, Result);
        using var json = JsonDocument.Parse(ms.ToArray());
        var hit = json.RootElement.GetProperty("hits")[0];
        Assert.Equal("2016-05-16", hit.GetProperty("citedDate").GetString());
        Assert.Equal("2018-02-28", hit.GetProperty("date").GetString());
        Assert.Equal("Basis", hit.GetProperty("relation").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("hits")[1].GetProperty("date").ValueKind);
    }

    [Theory]
    [InlineData(CitationRelation.Basis, "căn cứ", "basis")]
    [InlineData(CitationRelation.Implements, "thực hiện", "implements")]
    [InlineData(CitationRelation.References, "dẫn chiếu", "references")]
    [InlineData(CitationRelation.Amends, "sửa đổi, bổ sung", "amends")]
    [InlineData(CitationRelation.Replaces, "thay thế", "replaces")]
    [InlineData(CitationRelation.Repeals, "bãi bỏ", "repeals")]
    [InlineData(CitationRelation.Expired, "hết hiệu lực", "declares expired")]
    public void Every_relation_has_its_words(CitationRelation relation, string vi, string en)
    {
        Assert.Equal(vi, CorpusWords.Relation(relation, "vi"));
        Assert.Equal(en, CorpusWords.Relation(relation, "en"));
    }

    [Fact]
    public void Refs_and_conflicts_text_use_the_same_conventions()
    {
        var refs = new RefsResult("a.txt", [new DocumentReference("225/QĐ-TTg", new DateOnly(2016, 2, 4), CitationRelation.Basis, 30, 4, "Quyết định 225", "c.txt")]);
        var w = new StringWriter();
        RefsPrinter.WriteText(w, refs, "vi");
        Assert.StartsWith("a.txt:30:4\tcăn cứ\t225/QĐ-TTg ngày 4/2/2016\t[trong kho: c.txt]", w.ToString(), StringComparison.Ordinal);
        var groups = new[] { new ConflictGroup("225/QĐ-TTg", null, null, new DateOnly(2016, 2, 4), 3, 4, [new ConflictMention(new DateOnly(2016, 12, 4), "b.txt", 6, 1)]) };
        w = new StringWriter();
        ConflictsPrinter.WriteText(w, groups, "vi");
        Assert.Contains("225/QĐ-TTg: 4 lần dẫn, đa số ghi 4/2/2016 (3)", w.ToString(), StringComparison.Ordinal);
        Assert.Contains("    b.txt:6:1: ghi 4/12/2016", w.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_prints_integers_reals_text_and_nulls_as_the_store_keeps_them()
    {
        var table = new ExportTable("t", ["n", "x", "s", "none"], [[ExportValue.Of(3L), ExportValue.Of(1.71629813E+17), ExportValue.Of("a,b"), ExportValue.Null]]);
        var w = new StringWriter();
        Assert.Equal(1, ExportPrinter.WriteCsv(w, table));
        Assert.Equal("n,x,s,none\r\n3,1.71629813E+17,\"a,b\",\r\n", w.ToString());
        var ms = new MemoryStream();
        ExportPrinter.WriteJson(ms, table);
        using var json = JsonDocument.Parse(ms.ToArray());
        var row = json.RootElement[0];
        Assert.Equal(3, row.GetProperty("n").GetInt64());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("none").ValueKind);
    }
}
