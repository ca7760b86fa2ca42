using System.Security.Cryptography;
using DocCheck.Corpus;
using DocCheck.Corpus.Sqlite;
using DocCheck.Application;
using DocCheck.Application.Indexing;
using DocCheck.Application.Inputs;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Hostile;

/// <summary>
/// The corpus on a read-only or full disk (a real tmpfs, see <see cref="TmpfsMount"/>): a clear error that names the
/// database and the reason, no stack trace, nothing committed lost, and the database never left broken.
/// </summary>
public sealed class HostileDiskTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-disk-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    /// <summary>Five seeds indexed onto a tmpfs that is then remounted read-only.</summary>
    private (TmpfsMount Disk, string Docs, string Db) IndexedReadOnlyDisk()
    {
        var disk = new TmpfsMount("16m");
        string docs = SeedCopies(5);
        string db = Path.Combine(disk.Path, "c.db");
        Assert.Equal(0, CliRunner.Run(_dir, "index", docs, "--db", db).ExitCode);
        disk.RemountReadOnly();
        return (disk, docs, db);
    }

    [TmpfsFact]
    public void Index_on_a_read_only_disk_fails_clearly_and_leaves_the_database_unchanged()
    {
        var (disk, docs, db) = IndexedReadOnlyDisk();
        using var _ = disk;
        string before = Hash(disk.Path);
        File.AppendAllText(Path.Combine(docs, "vb-000.txt"), "\nMột đoạn mới.\n");

        var run = CliRunner.Run(_dir, "index", docs, "--db", db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("c.db", run.StdErr);
        Assert.Contains("chỉ đọc", run.StdErr);
        Assert.Contains("read-only", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
        Assert.Equal(before, Hash(disk.Path));
    }

    /// <summary>An archived index on read-only media (a disc, a read-only share) can still be queried.</summary>
    [TmpfsFact]
    public void Cites_and_search_work_on_a_database_on_read_only_media()
    {
        var (disk, _, db) = IndexedReadOnlyDisk();
        using var _disk = disk;
        string before = Hash(disk.Path);

        var cites = CliRunner.Run(_dir, "cites", "61/2018/NĐ-CP", "--db", db);
        var search = CliRunner.Run(_dir, "search", "một cửa", "--db", db);

        Assert.Equal(0, cites.ExitCode);
        Assert.Contains("vb-", cites.StdOut);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("vb-", search.StdOut);
        Assert.Equal(before, Hash(disk.Path));
    }

    /// <summary>
    /// Immutable mode ignores the -wal journal, so a copy taken while pages were still only in the -wal would be read
    /// as an older corpus without a word: it is refused with the reason instead.
    /// </summary>
    [TmpfsFact]
    public void A_database_on_read_only_media_with_pages_still_in_its_wal_is_refused_not_read_stale()
    {
        using var disk = new TmpfsMount("16m");
        string db = Path.Combine(_dir, "w.db");
        Assert.Equal(0, CliRunner.Run(_dir, "index", SeedCopies(5), "--db", db).ExitCode);
        using (var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            writer.Open();
            using var cmd = writer.CreateCommand();
            cmd.CommandText = "PRAGMA wal_autocheckpoint = 0; CREATE TABLE later(x); INSERT INTO later VALUES (1);";
            cmd.ExecuteNonQuery();
            // Copied while the writer still holds the journal: the -wal has pages the main file lacks. Without the -shm
            // (an archive copy keeps the database and its journal), SQLite cannot open it normally on read-only media.
            foreach (string f in new[] { "w.db", "w.db-wal" }) File.Copy(Path.Combine(_dir, f), Path.Combine(disk.Path, f));
        }
        Assert.True(new FileInfo(Path.Combine(disk.Path, "w.db-wal")).Length > 0);
        disk.RemountReadOnly();

        var run = CliRunner.Run(_dir, "cites", "61/2018/NĐ-CP", "--db", Path.Combine(disk.Path, "w.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("w.db", run.StdErr);
        Assert.Contains("-wal", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
    }

    [TmpfsFact]
    public void Index_on_a_full_disk_fails_clearly_keeps_finished_batches_and_completes_after_space_is_freed()
    {
        using var disk = new TmpfsMount("10m"); // room for a batch or two, not for 120 documents
        string docs = SeedCopies(120);
        string db = Path.Combine(disk.Path, "c.db");

        var full = CliRunner.Run(_dir, "index", docs, "--db", db);

        Assert.Equal(2, full.ExitCode);
        Assert.Contains("c.db", full.StdErr);
        Assert.Contains("đĩa đầy", full.StdErr);
        Assert.Contains("disk is full", full.StdErr);
        Assert.DoesNotContain("   at ", full.StdErr);
        long kept;
        using (var store = SqliteCorpusStore.Open(db, write: false))
        {
            Assert.Equal("ok", store.IntegrityCheck());
            kept = store.DocumentCount();
        }
        // The batches that fitted are kept (the store may have fitted whole and the search index not).
        Assert.InRange(kept, 1L, 120L);

        disk.Resize("64m");
        var rerun = CliRunner.Run(_dir, "index", docs, "--db", db);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"{120 - kept} tệp đã lập chỉ mục, {kept} không đổi", rerun.StdOut);
        using var done = SqliteCorpusStore.Open(db, write: false);
        Assert.Equal(120, done.DocumentCount());
        Assert.Equal("ok", done.IntegrityCheck());
        Assert.Equal(TestCorpus.StorePaths(db), TestCorpus.SearchIndexPaths(db));
    }

    private string SeedCopies(int n)
    {
        string docs = Path.Combine(_dir, $"docs-{n}");
        Directory.CreateDirectory(docs);
        string[] seeds = [Seeds.KonTum497, Seeds.NgheAnDeCuong, Seeds.TayNinh2818, Seeds.BaGiangDraft];
        for (int i = 0; i < n; i++)
            File.WriteAllText(Path.Combine(docs, $"vb-{i:000}.txt"),
                File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "corpus", seeds[i % seeds.Length])) + $"\nGhi chú {i}.\n");
        return docs;
    }

    /// <summary>Every file on the disk, names and contents: "unchanged" means no file added, removed or altered.</summary>
    private static string Hash(string folder)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string f in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(f)));
            sha.AppendData(File.ReadAllBytes(f));
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
