using System.Globalization;
using DocCheck.Pipeline;
using DocCheck.Reporting;
using DocCheck.Reporting.Lint;
using Microsoft.Data.Sqlite;

namespace DocCheck.Corpus;

/// <summary>
/// The corpus: one SQLite file in WAL mode (readers never wait for the writer), schema migrated on open.
/// Writes go through <see cref="BeginBatch"/>: a batch is one transaction, so an interrupted run leaves every
/// committed batch intact and nothing half-written.
/// </summary>
public sealed class CorpusStore : IDisposable
{
    /// <summary>The default database, relative to the current directory.</summary>
    public const string DefaultPath = ".doccheck/corpus.db";

    private readonly SqliteConnection _db;

    public string Path { get; }

    private CorpusStore(string path, SqliteConnection db)
    {
        Path = path;
        _db = db;
    }

    /// <summary>The database to use: --db, else DOCCHECK_DB, else .doccheck/corpus.db.</summary>
    public static string ResolvePath(string? option) =>
        option ?? (Environment.GetEnvironmentVariable("DOCCHECK_DB") is { Length: > 0 } env ? env : DefaultPath);

    /// <summary>Opens (and for writing, creates and migrates) the database; throws <see cref="CorpusException"/> with a clear message.</summary>
    public static CorpusStore Open(string path, bool write)
    {
        string full = System.IO.Path.GetFullPath(path);
        if (!write && !File.Exists(full))
            throw new CorpusException($"chưa có cơ sở dữ liệu {path} — hãy chạy 'doccheck index' trước / no database at {path}; run 'doccheck index' first");
        if (write)
        {
            try { Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CorpusException($"{path}: không tạo được thư mục chứa cơ sở dữ liệu ({e.Message}) / cannot create the database folder", e);
            }
        }
        try
        {
            return new CorpusStore(path, Connect(full, path, write, immutable: false));
        }
        catch (CorpusException e) when (!write && e.InnerException is SqliteException { SqliteErrorCode: 8 or 14 } && !HasWalContent(full))
        {
            // A WAL database on read-only media (an archive disc, a read-only share) cannot create its -shm file;
            // opened as immutable, SQLite reads it without any lock or side file. Only when no -wal file holds pages
            // the main file lacks: immutable mode ignores the WAL, and would silently show an older corpus.
            return new CorpusStore(path, Connect(full, path, write: false, immutable: true));
        }
        catch (CorpusException e) when (!write && e.InnerException is SqliteException { SqliteErrorCode: 8 or 14 })
        {
            throw new CorpusException($"{path}: thư mục chỉ đọc và tệp nhật ký {System.IO.Path.GetFileName(full)}-wal còn dữ liệu chưa gộp; hãy chép cơ sở dữ liệu cùng tệp -wal sang chỗ ghi được / the folder is read-only and the -wal journal holds pages not yet in the database; copy the database with its -wal file somewhere writable", e);
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
            string message = write && e.SqliteErrorCode is 14 && !CanWriteIn(System.IO.Path.GetDirectoryName(full)!)
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
            using var probe = new FileStream(System.IO.Path.Combine(folder, $".doccheck-probe-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static string Describe(string path, SqliteException e) => e.SqliteErrorCode switch
    {
        5 or 6 => $"{path}: cơ sở dữ liệu đang được một tiến trình khác ghi; hãy thử lại sau / the database is busy with another writer; try again later",
        11 or 26 => $"{path}: tệp cơ sở dữ liệu bị hỏng hoặc không phải SQLite; hãy đổi tên nó và chạy lại 'doccheck index' / the database file is corrupt or not SQLite; move it aside and index again",
        8 => $"{path}: tệp hoặc ổ đĩa chỉ đọc, không ghi được; hãy chép cơ sở dữ liệu sang chỗ ghi được hoặc dùng --db / the database or its disk is read-only; copy it somewhere writable or choose another --db",
        13 => $"{path}: đĩa đầy; hãy giải phóng chỗ trống rồi chạy lại / the disk is full; free some space and run again",
        14 => $"{path}: không mở hoặc không tạo được tệp (thư mục chỉ đọc, không có quyền, hay đường dẫn sai?) / cannot open or create the file or its journal (read-only folder, no permission, or a wrong path?)",
        _ => $"{path}: lỗi SQLite {e.SqliteErrorCode}: {e.Message}",
    };

    private static void Migrate(SqliteConnection db, string path, bool write)
    {
        long version = Scalar<long>(db, "PRAGMA user_version;");
        if (version > CorpusSchema.Version)
            throw new CorpusException($"{path}: cơ sở dữ liệu được tạo bởi bản DocCheck mới hơn (phiên bản {version}) / made by a newer DocCheck (schema {version})");
        if (version == CorpusSchema.Version) return;
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
            if (current >= CorpusSchema.Version) { tx.Commit(); break; }
            using (var cmd = db.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = CorpusSchema.Migrations[current] + $"\nPRAGMA user_version = {current + 1};";
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    /// <summary>Path → content hash and analysis signature (<see cref="DocCheck.Pipeline.DocumentAnalyzer.Signature"/>) of every indexed document.</summary>
    public Dictionary<string, (string Hash, string Analysis)> Hashes()
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT path, hash, analysis FROM documents;";
        using var r = cmd.ExecuteReader();
        while (r.Read()) result[r.GetString(0)] = (r.GetString(1), r.GetString(2));
        return result;
    }

    /// <summary>Number of documents.</summary>
    public long DocumentCount() => Scalar<long>(_db, "SELECT count(*) FROM documents;");

    /// <summary>Starts a write batch (one transaction).</summary>
    public Batch BeginBatch() => new(this, _db.BeginTransaction());

    /// <summary>A write transaction: documents put or removed in it appear together on <see cref="Commit"/>, or not at all.</summary>
    public sealed class Batch(CorpusStore store, SqliteTransaction tx) : IDisposable
    {
        public int Count { get; private set; }

        /// <summary>Replaces the document stored under <paramref name="path"/> with <paramref name="doc"/>, its citations, targets and findings.</summary>
        public void Put(string path, string hash, string analysis, long size, AnalyzedDocument doc, LintedFile? lint)
        {
            Remove(path);
            var h = doc.Structure.Header;
            long id;
            using (var cmd = store.Command(tx, """
                INSERT INTO documents(path, hash, analysis, size, indexed_at, encoding, number, own_key, type_code, issuer, issue_date, period_start, period_end, title, text)
                VALUES ($path, $hash, $analysis, $size, $at, $enc, $number, $key, $type, $issuer, $date, $ps, $pe, $title, $text) RETURNING id;
                """))
            {
                cmd.Parameters.AddWithValue("$path", path);
                cmd.Parameters.AddWithValue("$hash", hash);
                cmd.Parameters.AddWithValue("$analysis", analysis);
                cmd.Parameters.AddWithValue("$size", size);
                cmd.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture));
                cmd.Parameters.AddWithValue("$enc", doc.Encoding);
                cmd.Parameters.AddWithValue("$number", (object?)h.Number?.Display ?? DBNull.Value);
                cmd.Parameters.AddWithValue("$key", (object?)doc.OwnKey ?? DBNull.Value);
                cmd.Parameters.AddWithValue("$type", (object?)h.Type?.Code ?? DBNull.Value);
                cmd.Parameters.AddWithValue("$issuer", (object?)(h.Issuer is { } ib ? DocCheck.Text.OneLineText.Of(ib.Field.Text) : null) ?? DBNull.Value);
                cmd.Parameters.AddWithValue("$date", (object?)h.PlaceDate?.Date.Iso ?? DBNull.Value);
                cmd.Parameters.AddWithValue("$ps", (object?)doc.Plan.Period?.StartYear ?? DBNull.Value);
                cmd.Parameters.AddWithValue("$pe", (object?)doc.Plan.Period?.EndYear ?? DBNull.Value);
                cmd.Parameters.AddWithValue("$title", (object?)h.Title?.Text ?? DBNull.Value);
                cmd.Parameters.AddWithValue("$text", doc.Normalized.Text);
                id = (long)cmd.ExecuteScalar()!;
            }
            using (var cmd = store.Command(tx, "INSERT INTO documents_fts(rowid, title, body, title_folded, body_folded) VALUES ($id, $t, $b, $tf, $bf);"))
            {
                string title = h.Title?.Text ?? "";
                cmd.Parameters.AddWithValue("$id", id);
                cmd.Parameters.AddWithValue("$t", title);
                cmd.Parameters.AddWithValue("$b", doc.Normalized.Text);
                cmd.Parameters.AddWithValue("$tf", VietnameseFold.Fold(title));
                cmd.Parameters.AddWithValue("$bf", VietnameseFold.Fold(doc.Normalized.Text));
                cmd.ExecuteNonQuery();
            }
            using (var cmd = store.Command(tx, """
                INSERT INTO citations(document_id, key, kind, type, number, year, type_code, issuer_code, date, date_valid, issuer, title, relation, line, col, text, pinpoint)
                VALUES ($d, $key, $kind, $type, $number, $year, $tc, $ic, $date, $valid, $issuer, $title, $rel, $line, $col, $text, $pin);
                """))
            {
                var p = cmd.Parameters;
                foreach (string n in (string[])["$d", "$key", "$kind", "$type", "$number", "$year", "$tc", "$ic", "$date", "$valid", "$issuer", "$title", "$rel", "$line", "$col", "$text", "$pin"]) p.Add(new SqliteParameter(n, null));
                cmd.Prepare();
                foreach (var c in CitationRow.From(doc))
                {
                    p["$d"].Value = id;
                    p["$key"].Value = c.Key;
                    p["$kind"].Value = c.Kind;
                    p["$type"].Value = c.Type;
                    p["$number"].Value = (object?)c.Number ?? DBNull.Value;
                    p["$year"].Value = (object?)c.Year ?? DBNull.Value;
                    p["$tc"].Value = (object?)c.TypeCode ?? DBNull.Value;
                    p["$ic"].Value = (object?)c.IssuerCode ?? DBNull.Value;
                    p["$date"].Value = (object?)(c.Date ?? c.ResolvedDate) ?? DBNull.Value;
                    p["$valid"].Value = c.DateValid ? 1 : 0;
                    p["$issuer"].Value = (object?)c.Issuer ?? DBNull.Value;
                    p["$title"].Value = (object?)c.Summary ?? DBNull.Value;
                    p["$rel"].Value = c.Relation;
                    p["$line"].Value = c.Line;
                    p["$col"].Value = c.Column;
                    p["$text"].Value = c.Text;
                    p["$pin"].Value = (object?)c.Pinpoint ?? DBNull.Value;
                    cmd.ExecuteNonQuery();
                }
            }
            using (var cmd = store.Command(tx, """
                INSERT INTO targets(document_id, kind, role, value, of_value, upper, comparison, unit, year, subject, line, col, text)
                VALUES ($d, $kind, $role, $v, $of, $up, $cmp, $unit, $year, $subj, $line, $col, $text);
                """))
            {
                var p = cmd.Parameters;
                foreach (string n in (string[])["$d", "$kind", "$role", "$v", "$of", "$up", "$cmp", "$unit", "$year", "$subj", "$line", "$col", "$text"]) p.Add(new SqliteParameter(n, null));
                cmd.Prepare();
                foreach (var q in QuantityRow.From(doc))
                {
                    p["$d"].Value = id;
                    p["$kind"].Value = q.Kind;
                    p["$role"].Value = q.Role;
                    p["$v"].Value = (double)q.Value;
                    p["$of"].Value = q.Of is { } o ? (double)o : DBNull.Value;
                    p["$up"].Value = q.Upper is { } u ? (double)u : DBNull.Value;
                    p["$cmp"].Value = q.Comparison;
                    p["$unit"].Value = (object?)q.Unit ?? DBNull.Value;
                    p["$year"].Value = (object?)q.Year ?? DBNull.Value;
                    p["$subj"].Value = (object?)q.Subject ?? DBNull.Value;
                    p["$line"].Value = q.Line;
                    p["$col"].Value = q.Column;
                    p["$text"].Value = q.Text;
                    cmd.ExecuteNonQuery();
                }
            }
            if (lint is not null)
            {
                using var cmd = store.Command(tx, """
                    INSERT INTO findings(document_id, rule_id, level, message, line, col, end_line, end_col, text)
                    VALUES ($d, $rule, $level, $msg, $line, $col, $el, $ec, $text);
                    """);
                var p = cmd.Parameters;
                foreach (string n in (string[])["$d", "$rule", "$level", "$msg", "$line", "$col", "$el", "$ec", "$text"]) p.Add(new SqliteParameter(n, null));
                cmd.Prepare();
                foreach (var f in lint.Findings)
                {
                    p["$d"].Value = id;
                    p["$rule"].Value = f.RuleId;
                    p["$level"].Value = LintReport.LevelName(f.Level);
                    p["$msg"].Value = f.Message;
                    p["$line"].Value = f.Location.Start.Line;
                    p["$col"].Value = f.Location.Start.Column;
                    p["$el"].Value = f.Location.End.Line;
                    p["$ec"].Value = f.Location.End.Column;
                    p["$text"].Value = f.Text;
                    cmd.ExecuteNonQuery();
                }
            }
            Count++;
        }

        /// <summary>Adds or replaces a registry entry.</summary>
        public void PutRegistry(string key, string number, string? issueDate, string? issuer, string? title, string? status, string? replacedBy, string source)
        {
            using var cmd = store.Command(tx, """
                INSERT INTO registry(key, number, issue_date, issuer, title, status, replaced_by, source)
                VALUES ($k, $n, $d, $i, $t, $s, $r, $src)
                ON CONFLICT(key) DO UPDATE SET number = $n, issue_date = $d, issuer = $i, title = $t, status = $s, replaced_by = $r, source = $src;
                """);
            cmd.Parameters.AddWithValue("$k", key);
            cmd.Parameters.AddWithValue("$n", number);
            cmd.Parameters.AddWithValue("$d", (object?)issueDate ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$i", (object?)issuer ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$t", (object?)title ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$s", (object?)status ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$r", (object?)replacedBy ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$src", source);
            cmd.ExecuteNonQuery();
            Count++;
        }

        /// <summary>Drops the document stored under <paramref name="path"/> (and everything extracted from it).</summary>
        public bool Remove(string path)
        {
            using var find = store.Command(tx, "SELECT id FROM documents WHERE path = $p;");
            find.Parameters.AddWithValue("$p", path);
            if (find.ExecuteScalar() is not long id) return false;
            using var fts = store.Command(tx, "DELETE FROM documents_fts WHERE rowid = $id;");
            fts.Parameters.AddWithValue("$id", id);
            fts.ExecuteNonQuery();
            using var del = store.Command(tx, "DELETE FROM documents WHERE id = $id;");
            del.Parameters.AddWithValue("$id", id);
            del.ExecuteNonQuery();
            return true;
        }

        public void Commit() => tx.Commit();

        public void Dispose() => tx.Dispose();
    }

    internal SqliteCommand Command(SqliteTransaction? tx, string sql)
    {
        var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    /// <summary>A read command (no transaction).</summary>
    internal SqliteCommand Query(string sql) => Command(null, sql);

    /// <summary>"ok" when SQLite's integrity check passes.</summary>
    public string IntegrityCheck() => Scalar<string>(_db, "PRAGMA integrity_check;");

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
