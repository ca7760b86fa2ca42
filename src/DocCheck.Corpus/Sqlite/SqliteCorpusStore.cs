using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DocCheck.Corpus.Sqlite;

/// <summary>
/// The corpus in one SQLite file in WAL mode (readers never wait for the writer), schema migrated on open. Writes go
/// through <see cref="BeginBatch"/>: a batch is one transaction, so an interrupted run leaves every committed batch
/// intact and nothing half-written. Every SQLite error reaches callers as a <see cref="CorpusException"/> that names the file and the reason.
/// </summary>
public sealed partial class SqliteCorpusStore : ICorpusStore
{
    private readonly SqliteConnection _db;

    public string Location { get; }

    private SqliteCorpusStore(string path, SqliteConnection db)
    {
        Location = path;
        _db = db;
    }

    /// <summary>Opens (and for writing, creates and migrates) the database; throws <see cref="CorpusException"/> with a clear message.</summary>
    public static SqliteCorpusStore Open(string path, bool write)
    {
        string full = Path.GetFullPath(path);
        if (!write && !File.Exists(full))
            throw new CorpusException($"chưa có cơ sở dữ liệu {path} — hãy chạy 'doccheck index' trước / no database at {path}; run 'doccheck index' first");
        if (write)
        {
            try { Directory.CreateDirectory(Path.GetDirectoryName(full)!); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CorpusException($"{path}: không tạo được thư mục chứa cơ sở dữ liệu ({e.Message}) / cannot create the database folder", e);
            }
        }
        try
        {
            return new SqliteCorpusStore(path, Connect(full, path, write, immutable: false));
        }
        catch (CorpusException e) when (!write && e.InnerException is SqliteException { SqliteErrorCode: 8 or 14 } && !HasWalContent(full))
        {
            // A WAL database on read-only media (an archive disc, a read-only share) cannot create its -shm file;
            // opened as immutable, SQLite reads it without any lock or side file. Only when no -wal file holds pages
            // the main file lacks: immutable mode ignores the WAL, and would silently show an older corpus.
            return new SqliteCorpusStore(path, Connect(full, path, write: false, immutable: true));
        }
        catch (CorpusException e) when (!write && e.InnerException is SqliteException { SqliteErrorCode: 8 or 14 })
        {
            throw new CorpusException($"{path}: thư mục chỉ đọc và tệp nhật ký {Path.GetFileName(full)}-wal còn dữ liệu chưa gộp; hãy chép cơ sở dữ liệu cùng tệp -wal sang chỗ ghi được / the folder is read-only and the -wal journal holds pages not yet in the database; copy the database with its -wal file somewhere writable", e);
        }
    }

    private static SqliteConnection Connect(string full, string path, bool write, bool immutable)
    {
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = immutable ? new Uri(full).AbsoluteUri + "?immutable=1" : full,
            Mode = write ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        var db = new SqliteConnection(cs);
        try
        {
            db.Open();
            Exec(db, "PRAGMA busy_timeout = 10000;");
            if (write)
            {
                Exec(db, "PRAGMA journal_mode = WAL;");
                Exec(db, "PRAGMA synchronous = NORMAL;");
            }
            Exec(db, "PRAGMA foreign_keys = ON;");
            Migrate(db, path, write);
            // SQLite opens a file it may not write read-only without a word; find out now, before any work is
            // done, rather than at the first commit.
            if (write) Exec(db, "BEGIN IMMEDIATE; ROLLBACK;");
        }
        catch (SqliteException e)
        {
            db.Dispose();
            // SQLite says only "unable to open database file" when it cannot create its journal beside the database.
            string message = write && e.SqliteErrorCode is 14 && !CanWriteIn(Path.GetDirectoryName(full)!)
                ? $"{path}: thư mục hoặc ổ đĩa chỉ đọc, không ghi được; hãy chép cơ sở dữ liệu sang chỗ ghi được hoặc dùng --db / the folder or disk is read-only; copy the database somewhere writable or choose another --db"
                : Describe(path, e);
            throw new CorpusException(message, e);
        }
        catch
        {
            db.Dispose();
            throw;
        }
        return db;
    }

    private static bool HasWalContent(string full)
    {
        var wal = new FileInfo(full + "-wal");
        return wal.Exists && wal.Length > 0;
    }

    private static bool CanWriteIn(string folder)
    {
        try
        {
            using var probe = new FileStream(Path.Combine(folder, $".doccheck-probe-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>What an SQLite error means for the person running DocCheck, naming the file.</summary>
    public static string Describe(string path, SqliteException e) => e.SqliteErrorCode switch
    {
        5 or 6 => $"{path}: cơ sở dữ liệu đang được một tiến trình khác ghi; hãy thử lại sau / the database is busy with another writer; try again later",
        11 or 26 => $"{path}: tệp cơ sở dữ liệu bị hỏng hoặc không phải SQLite; hãy đổi tên nó và chạy lại 'doccheck index' / the database file is corrupt or not SQLite; move it aside and index again",
        8 => $"{path}: tệp hoặc ổ đĩa chỉ đọc, không ghi được; hãy chép cơ sở dữ liệu sang chỗ ghi được hoặc dùng --db / the database or its disk is read-only; copy it somewhere writable or choose another --db",
        13 => $"{path}: đĩa đầy; hãy giải phóng chỗ trống rồi chạy lại / the disk is full; free some space and run again",
        14 => $"{path}: không mở hoặc không tạo được tệp (thư mục chỉ đọc, không có quyền, hay đường dẫn sai?) / cannot open or create the file or its journal (read-only folder, no permission, or a wrong path?)",
        _ => $"{path}: lỗi SQLite {e.SqliteErrorCode}: {e.Message}",
    };

    /// <summary>A <see cref="CorpusException"/> for an SQLite error met while using this store.</summary>
    internal CorpusException Wrap(SqliteException e) => new(Describe(Location, e), e);

    private static void Migrate(SqliteConnection db, string path, bool write)
    {
        long version = Scalar<long>(db, "PRAGMA user_version;");
        if (version > SqliteSchema.Version)
            throw new CorpusException($"{path}: cơ sở dữ liệu được tạo bởi bản DocCheck mới hơn (phiên bản {version}) / made by a newer DocCheck (schema {version})");
        if (version == SqliteSchema.Version) return;
        if (!write)
            throw new CorpusException($"{path}: cơ sở dữ liệu cần nâng cấp; hãy chạy 'doccheck index' / the database needs an upgrade; run 'doccheck index'");
        // Two runs may open a new database at once: each step re-reads the version inside its own write
        // transaction (BEGIN IMMEDIATE), so a step the other run has already applied is never applied twice.
        while (true)
        {
            using var tx = db.BeginTransaction(deferred: false);
            long current;
            using (var read = db.CreateCommand())
            {
                read.Transaction = tx;
                read.CommandText = "PRAGMA user_version;";
                current = (long)read.ExecuteScalar()!;
            }
            if (current >= SqliteSchema.Version) { tx.Commit(); break; }
            using (var cmd = db.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = SqliteSchema.Migrations[current] + $"\nPRAGMA user_version = {current + 1};";
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    public long DocumentCount() => Guard(() => Scalar<long>(_db, "SELECT count(*) FROM documents;"));

    public IReadOnlyDictionary<string, StoredVersion> Versions()
    {
        var result = new Dictionary<string, StoredVersion>(StringComparer.Ordinal);
        foreach (var (path, version) in Rows("SELECT path, hash, analysis FROM documents;", null, r => (r.GetString(0), new StoredVersion(r.GetString(1), r.GetString(2)))))
            result[path] = version;
        return result;
    }

    public ICorpusWriteBatch BeginBatch() => Guard(() => new SqliteWriteBatch(this, _db.BeginTransaction()));

    /// <summary>"ok" when SQLite's integrity check passes.</summary>
    public string IntegrityCheck() => Guard(() => Scalar<string>(_db, "PRAGMA integrity_check;"));

    internal SqliteCommand Command(SqliteTransaction? tx, string sql)
    {
        var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    /// <summary>Runs <paramref name="body"/>, turning SQLite errors into <see cref="CorpusException"/>s.</summary>
    internal T Guard<T>(Func<T> body)
    {
        try { return body(); }
        catch (SqliteException e) { throw Wrap(e); }
    }

    /// <summary>
    /// The rows of a read, mapped as they are read (an export of a large corpus is never held in memory); SQLite
    /// errors while reading become <see cref="CorpusException"/>s.
    /// </summary>
    internal IEnumerable<T> Rows<T>(string sql, Action<SqliteParameterCollection>? bind, Func<SqliteDataReader, T> map)
    {
        SqliteCommand cmd = Command(null, sql);
        SqliteDataReader reader;
        try
        {
            bind?.Invoke(cmd.Parameters);
            reader = cmd.ExecuteReader();
        }
        catch (SqliteException e)
        {
            cmd.Dispose();
            throw Wrap(e);
        }
        using (cmd)
        using (reader)
        {
            while (true)
            {
                bool more;
                try { more = reader.Read(); }
                catch (SqliteException e) { throw Wrap(e); }
                if (!more) yield break;
                yield return map(reader);
            }
        }
    }

    private static void Exec(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    public void Dispose() => _db.Dispose();
}
