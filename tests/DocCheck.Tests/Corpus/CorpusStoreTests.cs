using System.Text;
using DocCheck.Corpus;
using DocCheck.Corpus.Sqlite;
using DocCheck.Application;
using DocCheck.Application.Indexing;
using DocCheck.Application.Inputs;
using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Tests.TestSupport;
using DocCheck.Text;

namespace DocCheck.Tests.Corpus;

/// <summary>The corpus database on a temporary folder: incremental indexing, prune, queries, folding, bad input.</summary>
public sealed class CorpusStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-corpus-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private string Db => Path.Combine(_dir, "db", "corpus.db");

    private string Docs => Path.Combine(_dir, "docs");

    private string Copy(string seed)
    {
        Directory.CreateDirectory(Docs);
        string target = Path.Combine(Docs, seed);
        File.Copy(Path.Combine(RepoPaths.RepoRoot, "corpus", seed), target, overwrite: true);
        return target;
    }

    private IndexSummary Index(bool prune = false)
    {
        var analyzer = new DocumentAnalyzer();
        return TestCorpus.Index(Db, [Docs], analyzer, prune ? [Docs] : null);
    }

    [Fact]
    public void A_version_3_database_gains_the_analysis_column_and_its_files_are_analyzed_again()
    {
        string file = Copy(Seeds.KonTum497);
        // The content hash is right: only the missing analysis makes the file count as changed.
        string hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
        Directory.CreateDirectory(Path.GetDirectoryName(Db)!);
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = string.Join("\n", SqliteSchema.Migrations.Take(3)) + "\nPRAGMA user_version = 3;"
                + $"\nINSERT INTO documents(path, hash, size, indexed_at, encoding, text) VALUES ('{file}', '{hash}', 1, 'x', 'utf-8', '');";
            cmd.ExecuteNonQuery();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var store = SqliteCorpusStore.Open(Db, write: true))
            Assert.Equal(new StoredVersion(hash, ""), store.Versions()[file]);
        var first = Index();
        Assert.Equal(1, first.Indexed);
        using (var store = SqliteCorpusStore.Open(Db, write: false))
            Assert.Equal(1, store.DocumentCount()); // the old row was analyzed again, not joined by a second one
        Assert.Equal(1, Index().Unchanged);
    }

    [Fact]
    public void Unchanged_files_are_skipped_changed_ones_replaced_and_gone_ones_pruned()
    {
        Copy(Seeds.KonTum497);
        string nghean = Copy(Seeds.NgheAnDeCuong);
        var first = Index();
        Assert.Equal((2, 0, 0), (first.Indexed, first.Unchanged, first.Failed));

        var again = Index();
        Assert.Equal((0, 2), (again.Indexed, again.Unchanged));

        File.AppendAllText(nghean, "\nNghị định số 99/2099/NĐ-CP ngày 01/01/2099 của Chính phủ.\n", Encoding.UTF8);
        var changed = Index();
        Assert.Equal((1, 1), (changed.Indexed, changed.Unchanged));
        using (var store = SqliteCorpusStore.Open(Db, write: false))
        {
            Assert.Equal(2, store.DocumentCount());
            Assert.Single(store.Cites(InstrumentQueryParser.Parse("99/2099/NĐ-CP")!));
        }

        File.Delete(nghean);
        var pruned = Index(prune: true);
        Assert.Equal(1, pruned.Pruned);
        using (var store = SqliteCorpusStore.Open(Db, write: false))
        {
            Assert.Equal(1, store.DocumentCount());
            Assert.Equal("ok", store.IntegrityCheck());
            Assert.Empty(store.Cites(InstrumentQueryParser.Parse("99/2099/NĐ-CP")!));
        }
    }

    [Theory]
    [InlineData("61/2018/NĐ-CP")]
    [InlineData("61/2018/ND-CP")]
    [InlineData("nd 61/2018")]
    [InlineData("Nghị định 61/2018")]
    [InlineData("nghi dinh so 61/2018")]
    public void Cites_accepts_the_ways_people_write_an_instrument(string query)
    {
        Copy(Seeds.TayNinh2818);
        Copy(Seeds.KonTum497);
        Index();
        using var store = SqliteCorpusStore.Open(Db, write: false);
        var q = InstrumentQueryParser.Parse(query);
        Assert.NotNull(q);
        var hits = store.Cites(q!);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("61/2018/NĐ-CP", h.Key));
        Assert.All(hits, h => Assert.EndsWith(Seeds.TayNinh2818, h.Path));
        var first = hits[0];
        Assert.Equal("2818/QĐ-UBND", first.Number);
        Assert.Equal(new DateOnly(2020, 11, 16), first.IssueDate);
    }

    [Fact]
    public void Cites_shows_both_dates_of_the_seed_conflict()
    {
        Copy(Seeds.NgheAnDeCuong);
        Copy(Seeds.KonTum497);
        Index();
        using var store = SqliteCorpusStore.Open(Db, write: false);
        var hits = store.Cites(InstrumentQueryParser.Parse("225/QĐ-TTg")!);
        Assert.Equal(new DateOnly?[] { new(2016, 2, 4), new(2016, 12, 4) }, hits.Select(h => h.CitedDate).Distinct().Order().ToArray());
    }

    [Fact]
    public void Conflicts_across_the_seeds_give_the_majority_date_and_the_outlier()
    {
        Copy(Seeds.NgheAnDeCuong);
        Copy(Seeds.KonTum497);
        Copy(Seeds.TayNinh2818);
        Index();
        using var store = SqliteCorpusStore.Open(Db, write: false);
        var conflicts = CorpusConflicts.Find(store);
        var g = Assert.Single(conflicts, c => c.Key == "225/QĐ-TTg");
        Assert.Equal(new DateOnly(2016, 2, 4), g.MajorityDate);
        Assert.Equal(3, g.MajorityCount);
        var outlier = Assert.Single(g.Outliers);
        Assert.Equal(new DateOnly(2016, 12, 4), outlier.Date);
        Assert.EndsWith(Seeds.NgheAnDeCuong, outlier.Path);
        Assert.Equal(6, outlier.Line);
        Assert.Null(g.OwnDate);
    }

    [Theory]
    [InlineData("nghi dinh")]
    [InlineData("Nghị định")]
    [InlineData("NGHỊ ĐỊNH")]
    public void Search_is_accent_and_case_insensitive(string query)
    {
        Copy(Seeds.TayNinh2818);
        Index();
        var hit = Assert.Single(TestCorpus.Search(Db, query).Hits);
        Assert.NotEmpty(hit.Snippet.Marks);
        Assert.Contains("[Nghị] [định]", hit.Snippet.Bracketed(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("a OR b) AND (NOT")]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("title_folded : x*")]
    [InlineData("\u0001\u0002 NEAR(x y)")]
    public void Search_syntax_in_the_query_is_just_text(string query)
    {
        Copy(Seeds.KonTum497);
        Index();
        _ = TestCorpus.Search(Db, query);
        using var store = SqliteCorpusStore.Open(Db, write: false);
        Assert.Equal(1, store.DocumentCount());
    }

    [Fact]
    public void A_query_without_words_is_a_clear_error()
    {
        Copy(Seeds.KonTum497);
        Index();
        Assert.Throws<ArgumentException>(() => TestCorpus.Search(Db, " \"\" () * "));
    }

    [Fact]
    public void A_missing_or_corrupt_database_is_a_clear_error()
    {
        var missing = Assert.Throws<CorpusException>(() => SqliteCorpusStore.Open(Path.Combine(_dir, "none.db"), write: false));
        Assert.Contains("doccheck index", missing.Message);
        string bad = Path.Combine(_dir, "bad.db");
        File.WriteAllText(bad, new string('x', 5000));
        var corrupt = Assert.Throws<CorpusException>(() => SqliteCorpusStore.Open(bad, write: true));
        Assert.Contains("bad.db", corrupt.Message);
        Assert.Equal(new string('x', 5000), File.ReadAllText(bad)); // never overwritten
    }

    [Fact]
    public void Folding_removes_tones_marks_and_stroke()
    {
        Assert.Equal("nghi dinh mot cua", VietnameseFold.Fold("Nghị định một cửa"));
        Assert.Equal("dong thap", VietnameseFold.Fold("ĐỒNG THÁP"));
        Assert.Equal(VietnameseFold.Fold("hoà"), VietnameseFold.Fold("hòa"));
    }
}
