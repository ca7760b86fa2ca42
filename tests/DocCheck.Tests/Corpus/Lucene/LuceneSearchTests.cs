using System.Text;
using DocCheck.Corpus;
using DocCheck.Extraction.Citations;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Corpus.Lucene;

/// <summary>What a person gets from search: marks that matter, syntax that cannot fail, numbers, filters, snippets, similar documents.</summary>
public sealed class LuceneSearchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-lucene-").FullName;
    private readonly string _db;

    public LuceneSearchTests()
    {
        string docs = Path.Combine(_dir, "docs");
        Directory.CreateDirectory(docs);
        void Write(string name, string text) => File.WriteAllText(Path.Combine(docs, name), text, new UTF8Encoding(false));
        Write("motcua.txt", """
            ỦY BAN NHÂN DÂN TỈNH KON TUM
            Số: 12/KH-UBND
            Kon Tum, ngày 05 tháng 3 năm 2021
            KẾ HOẠCH
            Thực hiện cơ chế một cửa, một cửa liên thông năm 2021
            Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông;
            I. MỤC ĐÍCH
            1. Nâng cao chất lượng giải quyết thủ tục hành chính tại bộ phận một cửa.
            """);
        Write("cuaso.txt", """
            ỦY BAN NHÂN DÂN TỈNH TÂY NINH
            Số: 30/QĐ-UBND
            Tây Ninh, ngày 10 tháng 6 năm 2019
            QUYẾT ĐỊNH
            Về việc sửa chữa trụ sở
            Thực hiện Kế hoạch số 12/KH-UBND; một số việc của sở về sửa chữa mái, thay cửa sổ của trụ sở.
            """);
        Write("baolu.txt", """
            ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
            Số: 40/KH-UBND
            Quảng Nam, ngày 01 tháng 8 năm 2020
            KẾ HOẠCH
            Phòng chống bão lũ năm 2020
            Thực hiện Nghị định số 61/2018/NĐ-CP; chủ động ứng phó với bão, lũ và sạt lở đất; bao lu là từ không dấu.
            """);
        _db = Path.Combine(_dir, "db", "c.db");
        TestCorpus.Index(_db, [docs]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private SearchResults Search(string text, SearchRequest? r = null) => TestCorpus.Search(_db, text, r);

    private static string Name(SearchHit h) => Path.GetFileName(h.Path);

    [Fact]
    public void A_word_with_marks_finds_only_those_marks()
    {
        Assert.Equal(["motcua.txt"], Search("một cửa liên thông").Hits.Select(Name));
        Assert.Equal(["cuaso.txt"], Search("cửa sổ").Hits.Select(Name));
        // "chửa" is not "chữa": nothing has it, so the words without marks answer, and the results say so.
        var r = Search("sửa chửa");
        Assert.True(r.Folded);
        Assert.Equal(["cuaso.txt"], r.Hits.Select(Name));
        Assert.Contains("baolu.txt", Search("bão lũ").Hits.Select(Name));
    }

    [Fact]
    public void A_word_without_marks_finds_every_marking()
    {
        var hits = Search("cua").Hits.Select(Name).ToList();
        Assert.Contains("motcua.txt", hits);
        Assert.Contains("cuaso.txt", hits);
        Assert.Equal(["baolu.txt"], Search("bao lu").Hits.Select(Name));
    }

    [Fact]
    public void A_quoted_phrase_needs_its_words_together_and_in_order()
    {
        Assert.Equal(["motcua.txt"], Search("\"một cửa liên thông\"").Hits.Select(Name));
        Assert.Empty(Search("\"liên thông một cửa\"").Hits);
    }

    [Fact]
    public void Minus_leaves_out_and_OR_takes_either()
    {
        Assert.DoesNotContain("motcua.txt", Search("thực hiện -\"một cửa\"").Hits.Select(Name));
        var either = Search("sửa OR bão").Hits.Select(Name).ToList();
        Assert.Contains("cuaso.txt", either);
        Assert.Contains("baolu.txt", either);
    }

    [Theory]
    [InlineData("\"một cửa")]
    [InlineData("OR một cửa OR")]
    [InlineData("(một) [cửa] {*} ~ ^2 AND NOT :")]
    [InlineData("-- một --")]
    [InlineData("title:một text:cửa")]
    public void Syntax_a_person_mistypes_is_read_as_words(string query)
    {
        var r = Search(query);
        Assert.True(r.Total >= 0);
    }

    [Fact]
    public void A_query_of_only_words_to_leave_out_is_a_clear_error()
    {
        Assert.Throws<ArgumentException>(() => Search("-một"));
    }

    [Theory]
    [InlineData("61/2018")]
    [InlineData("61/2018/NĐ-CP")]
    [InlineData("nd 61/2018")]
    [InlineData("Nghị định 61/2018")]
    public void A_number_finds_every_document_that_cites_it(string query)
    {
        var hits = Search(query).Hits.Select(Name).ToList();
        Assert.Contains("motcua.txt", hits);
        Assert.Contains("baolu.txt", hits);
    }

    [Fact]
    public void The_instrument_itself_ranks_before_the_documents_that_cite_it()
    {
        Assert.Equal("motcua.txt", Name(Search("12/KH-UBND").Hits[0]));
    }

    [Fact]
    public void A_mistyped_mark_falls_back_to_the_words_without_marks_and_says_so()
    {
        var r = Search("bảo lụ");
        Assert.True(r.Folded);
        Assert.Contains("baolu.txt", r.Hits.Select(Name));
    }

    [Fact]
    public void The_snippet_marks_the_words_as_typed_and_names_its_line()
    {
        var hit = Assert.Single(Search("một cửa liên thông").Hits);
        string bracketed = hit.Snippet.Bracketed();
        Assert.Contains("[một] [cửa] [liên] [thông]", bracketed, StringComparison.Ordinal);
        Assert.DoesNotContain("[của]", bracketed, StringComparison.Ordinal);
        Assert.Contains(hit.Snippet.Line, new int?[] { 5, 6 });
        var cua = Search("của").Hits.Single(h => Name(h) == "cuaso.txt");
        Assert.DoesNotContain("[cửa]", cua.Snippet.Bracketed(), StringComparison.Ordinal);
        Assert.Contains("[của]", cua.Snippet.Bracketed(), StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_narrow_and_counts_say_how_many_each_value_has()
    {
        Assert.Equal(["baolu.txt"], Search("thực hiện", new SearchRequest("") { Province = "quang nam" }).Hits.Select(Name));
        Assert.Equal(["cuaso.txt"], Search("thực hiện", new SearchRequest("") { Type = "qđ" }).Hits.Select(Name));
        Assert.Equal(["motcua.txt"], Search("thực hiện", new SearchRequest("") { FromYear = 2021, ToYear = 2021 }).Hits.Select(Name));
        Assert.Equal(["cuaso.txt"], Search("thực hiện", new SearchRequest("") { Issuer = "tây ninh" }).Hits.Select(Name));
        Assert.DoesNotContain("cuaso.txt", Search("thực hiện", new SearchRequest("") { Relation = CitationRelation.Basis }).Hits.Select(Name));
        var counts = Search("thực hiện", new SearchRequest("") { Counts = true }).Counts;
        Assert.Contains(new FacetCount("type", "KH", 2), counts);
        Assert.Contains(new FacetCount("province", "Kon Tum", 1), counts);
        Assert.Contains(new FacetCount("year", "2019", 1), counts);
    }

    [Fact]
    public void Pages_go_on_where_the_last_one_stopped()
    {
        var all = Search("thực hiện").Hits.Select(h => h.Path).ToList();
        var second = Search("thực hiện", new SearchRequest("") { Offset = 1, Limit = 1 });
        Assert.Equal(all.Count, second.Total);
        Assert.Equal(all[1], Assert.Single(second.Hits).Path);
    }

    [Fact]
    public void Similar_documents_leave_out_the_one_asked_about()
    {
        using var c = CorpusConnection.Open(_db, write: false);
        string motcua = c.Store.Documents().Single(d => d.Path.EndsWith("motcua.txt", StringComparison.Ordinal)).Path;
        var like = c.Search.Similar(new SimilarRequest { Path = motcua });
        Assert.DoesNotContain(like, h => h.Path == motcua);
        var draft = c.Search.Similar(new SimilarRequest { Text = "Kế hoạch phòng chống bão lũ, ứng phó với bão, lũ và sạt lở đất năm 2021; phòng chống bão lũ" });
        Assert.Equal("baolu.txt", Path.GetFileName(draft[0].Path));
    }
}
