using System.Globalization;
using Microsoft.Data.Sqlite;
using static DocCheck.Corpus.Sqlite.SqliteValues;

namespace DocCheck.Corpus.Sqlite;

/// <summary>
/// A write transaction of <see cref="SqliteCorpusStore"/>: documents and their facts, removals, registry entries. It
/// has the next number of the store's change sequence: every row it writes carries it, a removal leaves a tombstone
/// with it, and committing makes it the store's sequence (a search index catches up from there).
/// </summary>
internal sealed class SqliteWriteBatch : ICorpusWriteBatch
{
    private readonly SqliteCorpusStore store;
    private readonly SqliteTransaction tx;

    public SqliteWriteBatch(SqliteCorpusStore store, SqliteTransaction tx)
    {
        this.store = store;
        this.tx = tx;
        // The transaction is IMMEDIATE (Microsoft.Data.Sqlite's default): no other writer can take the same number.
        using var cmd = store.Command(tx, "SELECT value FROM store WHERE key = 'seq';");
        Sequence = long.Parse((string)cmd.ExecuteScalar()!, CultureInfo.InvariantCulture) + 1;
    }

    public int Count { get; private set; }

    public long Sequence { get; }

    public void Put(DocumentFacts facts) => store.Guard(() => { PutDocument(facts); return 0; });

    private void PutDocument(DocumentFacts facts)
    {
        var d = facts.Document;
        RemoveDocument(d.Path);
        using (var read = store.Command(tx, "DELETE FROM unreadable WHERE path = $p;"))
        {
            read.Parameters.AddWithValue("$p", d.Path);
            read.ExecuteNonQuery();
        }
        long id;
        using (var cmd = store.Command(tx, """
            INSERT INTO documents(path, hash, analysis, size, indexed_at, encoding, number, own_key, type_code, issuer, issue_date, period_start, period_end, title, text, seq, block_lines)
            VALUES ($path, $hash, $analysis, $size, $at, $enc, $number, $key, $type, $issuer, $date, $ps, $pe, $title, $text, $seq, $lines) RETURNING id;
            """))
        {
            var p = cmd.Parameters;
            p.AddWithValue("$path", d.Path);
            p.AddWithValue("$hash", d.Hash);
            p.AddWithValue("$analysis", d.Analysis);
            p.AddWithValue("$size", d.Size);
            p.AddWithValue("$at", (d.IndexedAt ?? DateTime.UtcNow).ToString("o", CultureInfo.InvariantCulture));
            p.AddWithValue("$enc", d.Encoding);
            p.AddWithValue("$number", Db(d.Number));
            p.AddWithValue("$key", Db(d.OwnKey));
            p.AddWithValue("$type", Db(d.TypeCode));
            p.AddWithValue("$issuer", Db(d.Issuer));
            p.AddWithValue("$date", Db(d.IssueDate));
            p.AddWithValue("$ps", Db(d.PeriodStart));
            p.AddWithValue("$pe", Db(d.PeriodEnd));
            p.AddWithValue("$title", Db(d.Title));
            p.AddWithValue("$text", facts.Text);
            p.AddWithValue("$seq", Sequence);
            p.AddWithValue("$lines", facts.BlockLines.Count > 0 ? BlockLines.Pack(facts.BlockLines) : DBNull.Value);
            id = (long)cmd.ExecuteScalar()!;
        }
        using (var cmd = store.Command(tx, "DELETE FROM removed WHERE path = $p;"))
        {
            cmd.Parameters.AddWithValue("$p", d.Path);
            cmd.ExecuteNonQuery();
        }
        using (var cmd = Prepared("""
            INSERT INTO citations(document_id, key, kind, type, number, year, type_code, issuer_code, date, date_valid, issuer, title, relation, line, col, text, pinpoint)
            VALUES ($d, $key, $kind, $type, $number, $year, $tc, $ic, $date, $valid, $issuer, $title, $rel, $line, $col, $text, $pin);
            """, "$d", "$key", "$kind", "$type", "$number", "$year", "$tc", "$ic", "$date", "$valid", "$issuer", "$title", "$rel", "$line", "$col", "$text", "$pin"))
        {
            var p = cmd.Parameters;
            foreach (var c in facts.Citations)
            {
                p["$d"].Value = id;
                p["$key"].Value = c.Key;
                p["$kind"].Value = c.Kind.ToString();
                p["$type"].Value = c.Type.ToString();
                p["$number"].Value = Db(c.Number);
                p["$year"].Value = Db(c.Year);
                p["$tc"].Value = Db(c.TypeCode);
                p["$ic"].Value = Db(c.IssuerCode);
                p["$date"].Value = Db(c.Date);
                p["$valid"].Value = c.DateValid ? 1 : 0;
                p["$issuer"].Value = Db(c.Issuer);
                p["$title"].Value = Db(c.Title);
                p["$rel"].Value = c.Relation.ToString();
                p["$line"].Value = c.Line;
                p["$col"].Value = c.Column;
                p["$text"].Value = c.Text;
                p["$pin"].Value = Db(c.Pinpoint);
                cmd.ExecuteNonQuery();
            }
        }
        using (var cmd = Prepared("""
            INSERT INTO targets(document_id, kind, role, value, of_value, upper, comparison, unit, year, subject, line, col, text)
            VALUES ($d, $kind, $role, $v, $of, $up, $cmp, $unit, $year, $subj, $line, $col, $text);
            """, "$d", "$kind", "$role", "$v", "$of", "$up", "$cmp", "$unit", "$year", "$subj", "$line", "$col", "$text"))
        {
            var p = cmd.Parameters;
            foreach (var q in facts.Quantities)
            {
                p["$d"].Value = id;
                p["$kind"].Value = q.Kind.ToString();
                p["$role"].Value = q.Role.ToString();
                p["$v"].Value = q.Value;
                p["$of"].Value = Db(q.Of);
                p["$up"].Value = Db(q.Upper);
                p["$cmp"].Value = q.Comparison.ToString();
                p["$unit"].Value = Db(q.Unit);
                p["$year"].Value = Db(q.Year);
                p["$subj"].Value = Db(q.Subject);
                p["$line"].Value = q.Line;
                p["$col"].Value = q.Column;
                p["$text"].Value = q.Text;
                cmd.ExecuteNonQuery();
            }
        }
        if (facts.Findings.Count > 0)
        {
            using var cmd = Prepared("""
                INSERT INTO findings(document_id, rule_id, level, message, line, col, end_line, end_col, text)
                VALUES ($d, $rule, $level, $msg, $line, $col, $el, $ec, $text);
                """, "$d", "$rule", "$level", "$msg", "$line", "$col", "$el", "$ec", "$text");
            var p = cmd.Parameters;
            foreach (var f in facts.Findings)
            {
                p["$d"].Value = id;
                p["$rule"].Value = f.RuleId;
                p["$level"].Value = Level(f.Level);
                p["$msg"].Value = f.Message;
                p["$line"].Value = f.Line;
                p["$col"].Value = f.Column;
                p["$el"].Value = f.EndLine;
                p["$ec"].Value = f.EndColumn;
                p["$text"].Value = f.Text;
                cmd.ExecuteNonQuery();
            }
        }
        Count++;
    }

    private SqliteCommand Prepared(string sql, params string[] names)
    {
        var cmd = store.Command(tx, sql);
        foreach (string n in names) cmd.Parameters.Add(new SqliteParameter(n, null));
        cmd.Prepare();
        return cmd;
    }

    public void PutRegistry(RegistryEntry e) => store.Guard(() =>
    {
        using var cmd = store.Command(tx, """
            INSERT INTO registry(key, number, issue_date, issuer, title, status, replaced_by, source)
            VALUES ($k, $n, $d, $i, $t, $s, $r, $src)
            ON CONFLICT(key) DO UPDATE SET number = $n, issue_date = $d, issuer = $i, title = $t, status = $s, replaced_by = $r, source = $src;
            """);
        cmd.Parameters.AddWithValue("$k", e.Key);
        cmd.Parameters.AddWithValue("$n", e.Number);
        cmd.Parameters.AddWithValue("$d", Db(e.IssueDate));
        cmd.Parameters.AddWithValue("$i", Db(e.Issuer));
        cmd.Parameters.AddWithValue("$t", Db(e.Title));
        cmd.Parameters.AddWithValue("$s", Db(e.Status));
        cmd.Parameters.AddWithValue("$r", Db(e.ReplacedBy));
        cmd.Parameters.AddWithValue("$src", e.Source);
        cmd.ExecuteNonQuery();
        // The status a search index shows for the document that is this instrument has changed with it.
        using var touch = store.Command(tx, "UPDATE documents SET seq = $seq WHERE own_key = $k;");
        touch.Parameters.AddWithValue("$seq", Sequence);
        touch.Parameters.AddWithValue("$k", e.Key);
        touch.ExecuteNonQuery();
        Count++;
        return 0;
    });

    public bool Remove(string path) => store.Guard(() =>
    {
        if (!RemoveDocument(path)) return false;
        using var tomb = store.Command(tx, "INSERT INTO removed(path, seq) VALUES ($p, $seq) ON CONFLICT(path) DO UPDATE SET seq = $seq;");
        tomb.Parameters.AddWithValue("$p", path);
        tomb.Parameters.AddWithValue("$seq", Sequence);
        tomb.ExecuteNonQuery();
        return true;
    });

    private bool RemoveDocument(string path)
    {
        using var del = store.Command(tx, "DELETE FROM documents WHERE path = $p;");
        del.Parameters.AddWithValue("$p", path);
        return del.ExecuteNonQuery() > 0;
    }

    public void PutUnreadable(DocCheck.Reading.ReadError error) => store.Guard(() =>
    {
        using var cmd = store.Command(tx, """
            INSERT INTO unreadable(path, kind, detail, seen_at) VALUES ($p, $k, $d, $at)
            ON CONFLICT(path) DO UPDATE SET kind = $k, detail = $d, seen_at = $at;
            """);
        cmd.Parameters.AddWithValue("$p", error.Path);
        cmd.Parameters.AddWithValue("$k", error.Kind.ToString());
        cmd.Parameters.AddWithValue("$d", Db(error.Detail));
        cmd.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture));
        cmd.ExecuteNonQuery();
        Count++;
        return 0;
    });

    public void Commit() => store.Guard(() =>
    {
        using (var cmd = store.Command(tx, "UPDATE store SET value = $seq WHERE key = 'seq';"))
        {
            cmd.Parameters.AddWithValue("$seq", Sequence.ToString(CultureInfo.InvariantCulture));
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
        return 0;
    });

    public void Dispose() => tx.Dispose();
}
