using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Cli;

/// <summary>
/// A --db value that is not a file path (a PostgreSQL URL, another URL, a connection string) is refused before anything
/// is read or written, and the message never shows a password. It used to become an SQLite file in a new folder named
/// "postgres:" in the current directory, and index reported success.
/// </summary>
public sealed class DatabaseLocationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-dbloc-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Theory]
    [InlineData("postgres://postgres:s3cret@127.0.0.1:5432/doccheck", "PostgreSQL")]
    [InlineData("postgresql://archivist@db.example/doccheck?password=s3cret", "PostgreSQL")]
    [InlineData("https://example.org/corpus.db", "https://")]
    [InlineData("Host=127.0.0.1;Database=doccheck;Username=u;Password=s3cret", "chuỗi kết nối")]
    [InlineData("Host=127.0.0.1;Password='a;s3cret';Database=doccheck", "chuỗi kết nối")]
    public void Index_refuses_a_database_value_that_is_not_a_file_path_and_writes_nothing(string db, string says)
    {
        string corpus = Path.Combine(RepoPaths.RepoRoot, "corpus");
        var r = CliRunner.Run(_dir, "index", corpus, "--db", db);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(says, r.StdErr);
        Assert.Contains("SQLite", r.StdErr);
        Assert.DoesNotContain("s3cret", r.StdErr + r.StdOut);
        Assert.DoesNotContain("   at ", r.StdErr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Fact]
    public void The_same_refusal_comes_from_DOCCHECK_DB_and_names_it()
    {
        var env = new Dictionary<string, string?> { ["DOCCHECK_DB"] = "postgres://u:s3cret@127.0.0.1/doccheck" };
        var r = CliRunner.RunWith(env, _dir, "cites", "61/2018/NĐ-CP");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("DOCCHECK_DB", r.StdErr);
        Assert.Contains("postgres://…@127.0.0.1/doccheck", r.StdErr);
        Assert.DoesNotContain("s3cret", r.StdErr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Theory]
    [InlineData("corpus.db")]
    [InlineData("sub/dir/corpus.db")]
    public void A_file_path_is_still_a_file_path(string db)
    {
        var r = CliRunner.Run(_dir, "index", Path.Combine(RepoPaths.RepoRoot, "corpus", "kontum-2018-497-KH-UBND.txt"), "--db", db);

        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(Path.Combine(_dir, db)));
    }
}
