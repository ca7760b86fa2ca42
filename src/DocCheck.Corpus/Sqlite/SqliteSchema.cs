namespace DocCheck.Corpus.Sqlite;

/// <summary>
/// The SQLite corpus schema, versioned with PRAGMA user_version. Each migration takes the database from version
/// N-1 to N inside one transaction; a database newer than this build is refused rather than misread.
/// </summary>
internal static class SqliteSchema
{
    public static readonly string[] Migrations =
    [
        // 1: documents, citations, targets, findings, and the full-text index (exact and folded columns).
        """
        CREATE TABLE documents (
            id           INTEGER PRIMARY KEY,
            path         TEXT NOT NULL UNIQUE,
            hash         TEXT NOT NULL,
            size         INTEGER NOT NULL,
            indexed_at   TEXT NOT NULL,
            encoding     TEXT NOT NULL,
            number       TEXT,
            own_key      TEXT,
            type_code    TEXT,
            issuer       TEXT,
            issue_date   TEXT,
            period_start INTEGER,
            period_end   INTEGER,
            title        TEXT,
            text         TEXT NOT NULL
        );
        CREATE INDEX documents_own_key ON documents(own_key);
        CREATE TABLE citations (
            id          INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            key         TEXT NOT NULL,
            kind        TEXT NOT NULL,
            type        TEXT NOT NULL,
            number      TEXT,
            year        INTEGER,
            type_code   TEXT,
            issuer_code TEXT,
            date        TEXT,
            date_valid  INTEGER NOT NULL,
            issuer      TEXT,
            title       TEXT,
            relation    TEXT NOT NULL,
            line        INTEGER NOT NULL,
            col         INTEGER NOT NULL,
            text        TEXT NOT NULL
        );
        CREATE INDEX citations_key ON citations(key);
        CREATE INDEX citations_document ON citations(document_id);
        CREATE TABLE targets (
            id          INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind        TEXT NOT NULL,
            role        TEXT NOT NULL,
            value       REAL NOT NULL,
            of_value    REAL,
            upper       REAL,
            comparison  TEXT NOT NULL,
            unit        TEXT,
            year        INTEGER,
            subject     TEXT,
            line        INTEGER NOT NULL,
            col         INTEGER NOT NULL,
            text        TEXT NOT NULL
        );
        CREATE INDEX targets_document ON targets(document_id);
        CREATE TABLE findings (
            id          INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            rule_id     TEXT NOT NULL,
            level       TEXT NOT NULL,
            message     TEXT NOT NULL,
            line        INTEGER NOT NULL,
            col         INTEGER NOT NULL,
            end_line    INTEGER NOT NULL,
            end_col     INTEGER NOT NULL,
            text        TEXT NOT NULL
        );
        CREATE INDEX findings_document ON findings(document_id);
        CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, title_folded, body_folded, tokenize = 'unicode61 remove_diacritics 0');
        """,
        // 2: a registry of known instruments imported from official lists.
        """
        CREATE TABLE registry (
            key          TEXT PRIMARY KEY,
            number       TEXT NOT NULL,
            issue_date   TEXT,
            issuer       TEXT,
            title        TEXT,
            status       TEXT,
            replaced_by  TEXT,
            source       TEXT NOT NULL
        );
        """,
        // 3: the pinpoint of a citation ("Điều 5"), so repealing one article is not read as repealing the instrument.
        // Existing rows lack it: forgetting the hashes makes the next index run analyze every file again.
        """
        ALTER TABLE citations ADD COLUMN pinpoint TEXT;
        UPDATE documents SET hash = '';
        """,
        // 4: `cites` by number and year ("Nghị định 61/2018", a number without a symbol) scanned every citation;
        // an index makes it a lookup. Stored rows stay valid: no re-analysis needed.
        """
        CREATE INDEX citations_number_year ON citations(number, year);
        """,
        // 5: which analysis made each row (the DocCheck build and the role model): when it differs from the running
        // one, the next index run analyzes the file again instead of keeping roles and findings of another analysis.
        """
        ALTER TABLE documents ADD COLUMN analysis TEXT NOT NULL DEFAULT '';
        """,
        // 6: full-text search moves to a Lucene.Net index beside the database, kept in step by a change sequence:
        // every committed batch has a number, a document remembers the batch that wrote it, a removed one leaves a
        // tombstone. The store has an id, so a search index knows which store it was built from. block_lines (the
        // source line of each paragraph) lets a snippet name its line. FTS5 goes; the text stays (the truth).
        """
        DROP TABLE IF EXISTS documents_fts;
        ALTER TABLE documents ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE documents ADD COLUMN block_lines BLOB;
        CREATE INDEX documents_seq ON documents(seq);
        CREATE TABLE removed (path TEXT PRIMARY KEY, seq INTEGER NOT NULL);
        CREATE INDEX removed_seq ON removed(seq);
        CREATE TABLE store (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO store(key, value) VALUES ('id', lower(hex(randomblob(16)))), ('seq', '1');
        UPDATE documents SET seq = 1;
        """,
        // 7: the files an index run could not read, and why, until they are read (for the corpus status page); not
        // part of the change sequence: search does not hold them.
        """
        CREATE TABLE unreadable (path TEXT PRIMARY KEY, kind TEXT NOT NULL, detail TEXT, seen_at TEXT NOT NULL);
        """,
    ];

    public static int Version => Migrations.Length;
}
