using DocCheck.Corpus;
using DocCheck.Extraction.Citations;
using DocCheck.Extraction.Quantities;
using DocCheck.Rules;

namespace DocCheck.Tests.Corpus;

/// <summary>
/// The definition of <see cref="ICorpusStore"/> and <see cref="ICorpusSearch"/>: every implementation runs these tests
/// (a subclass per store opens it). Facts are written through a batch and read back through every read, in the order
/// the interface promises.
/// </summary>
public abstract class CorpusStoreContract : IDisposable
{
    /// <summary>A new, empty corpus for one test.</summary>
    protected abstract CorpusConnection OpenNew(bool write);

    public virtual void Dispose() => GC.SuppressFinalize(this);

    private static CorpusCitation Cite(int line, string key, CitationKind kind, DateOnly? date, CitationRelation relation = CitationRelation.Basis,
        string? number = null, int? year = null, string? typeCode = null, string? issuerCode = null, string? pinpoint = null) =>
        new(line, 5, key, kind, InstrumentType.Decree, number, year, typeCode, issuerCode, date, true, "Chính phủ", "về một cửa", relation, "Nghị định số " + key, pinpoint);

    private static DocumentFacts Plan(string path, string? ownKey = null, DateOnly? date = null, params CorpusCitation[] citations) => new(
        new CorpusDocument(path, "H-" + path, "A1", 100, "utf-8", ownKey, ownKey, "KH", "ỦY BAN NHÂN DÂN TỈNH KON TUM", date, 2021, 2025, "Kế hoạch cải cách hành chính"),
        "Kế hoạch thực hiện cơ chế một cửa, một cửa liên thông năm 2021",
        citations,
        [new CorpusQuantity(9, 3, QuantityKind.Percentage, QuantityRole.Target, 86.1, null, null, Comparison.AtLeast, "%", 2021, "Tỷ lệ hồ sơ", "86,1%")],
        [new CorpusFinding(1, 1, 1, 12, RuleLevel.Error, "DC1001", "Số văn bản để trống", "Số: /KH-UBND")]);

    private static readonly DateOnly D2018 = new(2018, 4, 23);

    private CorpusConnection Filled()
    {
        var c = OpenNew(write: true);
        using var b = c.Store.BeginBatch();
        b.Put(Plan("/c/b.txt", "12/KH-UBND", new DateOnly(2021, 3, 1),
            Cite(20, "61/2018/NĐ-CP", CitationKind.Normative, D2018, number: "61", year: 2018, typeCode: "NĐ", issuerCode: "CP"),
            Cite(30, "Luật Đất đai", CitationKind.NamedLaw, null, CitationRelation.References),
            Cite(40, "12/KH-UBND", CitationKind.Administrative, null, CitationRelation.References)));
        b.Put(Plan("/c/a.txt", null, null,
            Cite(7, "61/2018/NĐ-CP", CitationKind.Normative, new DateOnly(2018, 4, 3), CitationRelation.Implements, "61", 2018, "NĐ", "CP"),
            Cite(8, "12/KH-UBND", CitationKind.Administrative, new DateOnly(2021, 3, 1), CitationRelation.Implements, "12", null, "KH", "UBND")));
        b.PutRegistry(new RegistryEntry("61/2018/NĐ-CP", "61/2018/NĐ-CP", D2018, "Chính phủ", null, "Còn hiệu lực", null, "list.csv"));
        b.Commit();
        return c;
    }

    [Fact]
    public void A_committed_batch_is_read_back_whole()
    {
        using var c = Filled();
        var s = c.Store;
        Assert.Equal(2, s.DocumentCount());
        Assert.Equal(["/c/a.txt", "/c/b.txt"], s.Documents().Select(d => d.Path));
        var b = s.Documents().Single(d => d.Path == "/c/b.txt");
        Assert.Equal("12/KH-UBND", b.OwnKey);
        Assert.Equal(new DateOnly(2021, 3, 1), b.IssueDate);
        Assert.Equal((2021, 2025), (b.PeriodStart!.Value, b.PeriodEnd!.Value));
        Assert.NotNull(b.IndexedAt);
        Assert.Equal(new StoredVersion("H-/c/b.txt", "A1"), s.Versions()["/c/b.txt"]);
        Assert.Equal(5, s.Citations().Count());
        Assert.Equal([("/c/a.txt", 7), ("/c/a.txt", 8), ("/c/b.txt", 20), ("/c/b.txt", 30), ("/c/b.txt", 40)], s.Citations().Select(x => (x.Path, x.Fact.Line)));
        var q = Assert.Single(s.Quantities(), x => x.Path == "/c/a.txt").Fact;
        Assert.Equal((86.1, Comparison.AtLeast, QuantityRole.Target), (q.Value, q.Comparison, q.Role));
        var f = Assert.Single(s.Findings(), x => x.Path == "/c/a.txt").Fact;
        Assert.Equal((RuleLevel.Error, "DC1001", 12), (f.Level, f.RuleId, f.EndColumn));
        Assert.Equal("Chính phủ", Assert.Single(s.Registry()).Issuer);
    }

    [Fact]
    public void One_document_by_its_stored_path_and_when_the_store_last_wrote_one()
    {
        using var c = Filled();
        var b = c.Store.Document("/c/b.txt");
        Assert.NotNull(b);
        Assert.Equal(("12/KH-UBND", new DateOnly(2021, 3, 1)), (b!.OwnKey, b.IssueDate!.Value));
        Assert.Null(c.Store.Document("/c/none.txt"));
        var f = Assert.Single(c.Store.FindingsOf("/c/b.txt"));
        Assert.Equal(("DC1001", 1, 12), (f.RuleId, f.Line, f.EndColumn));
        Assert.Empty(c.Store.FindingsOf("/c/none.txt"));
        Assert.Equal(c.Store.Documents().Max(d => d.IndexedAt), c.Store.LastIndexed());
    }

    [Fact]
    public void Unreadable_files_are_kept_with_their_reason_until_they_are_read()
    {
        using var c = Filled();
        using (var b = c.Store.BeginBatch())
        {
            b.PutUnreadable(new DocCheck.Reading.ReadError("/c/x.docx", DocCheck.Reading.ReadErrorKind.Corrupt, "zip bomb"));
            b.PutUnreadable(new DocCheck.Reading.ReadError("/c/a.txt", DocCheck.Reading.ReadErrorKind.Empty));
            b.Commit();
        }
        var list = c.Store.Unreadable();
        Assert.Equal(["/c/a.txt", "/c/x.docx"], list.Select(u => u.Path));
        Assert.Equal((DocCheck.Reading.ReadErrorKind.Corrupt, "zip bomb"), (list[1].Kind, list[1].Detail));
        Assert.Contains("/c/x.docx", list[1].Describe());
        using (var b = c.Store.BeginBatch())
        {
            b.Put(Plan("/c/a.txt"));
            b.Commit();
        }
        Assert.Equal(["/c/x.docx"], c.Store.Unreadable().Select(u => u.Path));
    }

    [Fact]
    public void Put_replaces_the_document_and_everything_extracted_from_it()
    {
        using var c = Filled();
        using (var b = c.Store.BeginBatch())
        {
            b.Put(Plan("/c/a.txt"));
            b.Commit();
        }
        Assert.Equal(2, c.Store.DocumentCount());
        Assert.DoesNotContain(c.Store.Citations(), x => x.Path == "/c/a.txt");
        Assert.Single(c.Store.Quantities(), x => x.Path == "/c/a.txt");
    }

    [Fact]
    public void A_batch_disposed_without_commit_leaves_nothing()
    {
        using var c = Filled();
        using (var b = c.Store.BeginBatch())
        {
            b.Put(Plan("/c/new.txt"));
            Assert.True(b.Remove("/c/a.txt"));
        }
        Assert.Equal(["/c/a.txt", "/c/b.txt"], c.Store.Documents().Select(d => d.Path));
    }

    [Fact]
    public void Remove_drops_the_document_and_its_facts_and_says_whether_there_was_one()
    {
        using var c = Filled();
        using (var b = c.Store.BeginBatch())
        {
            Assert.True(b.Remove("/c/a.txt"));
            Assert.False(b.Remove("/c/none.txt"));
            b.Commit();
        }
        Assert.Equal(1, c.Store.DocumentCount());
        Assert.All(c.Store.Citations(), x => Assert.Equal("/c/b.txt", x.Path));
        Assert.DoesNotContain(c.Search.Search(new SearchRequest("một cửa")).Hits, h => h.Path == "/c/a.txt");
    }

    [Fact]
    public void Cites_by_key_and_by_number_and_year_in_path_order()
    {
        using var c = Filled();
        var byKey = c.Store.Cites(new InstrumentQuery("61/2018/NĐ-CP", null, null, null, "61/2018/NĐ-CP"));
        Assert.Equal(["/c/a.txt", "/c/b.txt"], byKey.Select(h => h.Path));
        Assert.Equal([new DateOnly(2018, 4, 3), D2018], byKey.Select(h => h.CitedDate!.Value));
        Assert.Equal(CitationRelation.Implements, byKey[0].Relation);
        Assert.Equal("12/KH-UBND", byKey[1].Number);
        var byNumber = c.Store.Cites(new InstrumentQuery(null, "61", 2018, "NĐ", "nd 61/2018"));
        Assert.Equal(2, byNumber.Count);
        // A number without a year in its symbol is found by the year of its date.
        var local = c.Store.Cites(new InstrumentQuery(null, "12", 2021, null, "12/2021"));
        Assert.Equal("/c/a.txt", Assert.Single(local).Path);
    }

    [Fact]
    public void References_in_line_order_mark_the_instruments_the_corpus_holds()
    {
        using var c = Filled();
        Assert.Equal("/c/a.txt", c.Store.FindDocument("/c/a.txt"));
        Assert.Null(c.Store.FindDocument("/c/none.txt"));
        var refs = c.Store.References("/c/a.txt");
        Assert.Equal([7, 8], refs.Select(r => r.Line));
        Assert.Null(refs[0].InCorpus);
        Assert.Equal("/c/b.txt", refs[1].InCorpus);
    }

    [Fact]
    public void Graph_edges_are_distinct_ordered_and_leave_out_the_document_itself()
    {
        using var c = Filled();
        var edges = c.Store.Graph().ToList();
        Assert.Equal(edges.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ThenBy(e => e.Relation.ToString(), StringComparer.Ordinal), edges);
        Assert.DoesNotContain(edges, e => e.Source == "12/KH-UBND" && e.Target == "12/KH-UBND");
        Assert.Contains(new GraphEdge("/c/a.txt", "12/KH-UBND", CitationRelation.Implements), edges);
    }

    [Fact]
    public void Own_numbers_and_instrument_citations_for_the_corpus_wide_rules()
    {
        using var c = Filled();
        var own = Assert.Single(c.Store.OwnNumbers());
        Assert.Equal(("12/KH-UBND", "/c/b.txt"), (own.Key, own.Path));
        var cited = c.Store.InstrumentCitations().ToList();
        // Not the named law, not b.txt's mention of its own number.
        Assert.Equal([("/c/a.txt", 7), ("/c/a.txt", 8), ("/c/b.txt", 20)], cited.Select(x => (x.Path, x.Citation.Line)));
        Assert.Equal(new DateOnly(2021, 3, 1), cited[2].CitingDate);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH KON TUM", cited[2].CitingIssuer);
    }

    [Fact]
    public void Registry_entries_are_replaced_by_key()
    {
        using var c = Filled();
        using (var b = c.Store.BeginBatch())
        {
            b.PutRegistry(new RegistryEntry("61/2018/NĐ-CP", "61/2018/ND-CP", D2018, null, null, "Hết hiệu lực", "107/2021/NĐ-CP", "b.csv"));
            b.Commit();
        }
        var e = Assert.Single(c.Store.Registry());
        Assert.Equal(("Hết hiệu lực", "107/2021/NĐ-CP", "b.csv"), (e.Status, e.ReplacedBy, e.Source));
    }

    [Fact]
    public void Search_matches_with_or_without_accents_and_filters_by_type_and_year()
    {
        using var c = Filled();
        Assert.Equal(2, c.Search.Search(new SearchRequest("mot cua lien thong")).Total);
        Assert.Equal(2, c.Search.Search(new SearchRequest("một cửa")).Total);
        // "của" is not "cửa": nothing has the words as typed, so the hits without marks come back, said so.
        var wrong = c.Search.Search(new SearchRequest("một của"));
        Assert.True(wrong.Folded);
        Assert.Equal(2, wrong.Total);
        Assert.Empty(c.Search.Search(new SearchRequest("một cửa") { Type = "QĐ" }).Hits);
        Assert.Equal("/c/b.txt", Assert.Single(c.Search.Search(new SearchRequest("một cửa") { FromYear = 2021 }).Hits).Path);
        Assert.Equal("/c/a.txt", Assert.Single(c.Search.Search(new SearchRequest("một cửa") { Relation = CitationRelation.Implements }).Hits).Path);
        Assert.Equal("/c/b.txt", Assert.Single(c.Search.Search(new SearchRequest("một cửa") { Province = "kon tum", Issuer = "Kon Tum", Status = null, Type = "kh", FromYear = 2021 }).Hits).Path);
        var hit = c.Search.Search(new SearchRequest("liên thông")).Hits[0];
        Assert.Contains("[liên] [thông]", hit.Snippet.Bracketed(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => c.Search.Search(new SearchRequest(" ** () ")));
    }

    [Fact]
    public void A_missing_store_opened_for_reading_is_a_corpus_exception()
    {
        using var created = OpenNew(write: true);
        var e = Assert.ThrowsAny<CorpusException>(() => OpenMissing());
        Assert.Contains("doccheck index", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Opens, read-only, a store that does not exist.</summary>
    protected abstract CorpusConnection OpenMissing();
}
