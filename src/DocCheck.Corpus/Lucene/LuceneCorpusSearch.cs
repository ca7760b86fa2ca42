using System.Globalization;
using DocCheck.Lexicon;
using DocCheck.Normalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using F = DocCheck.Corpus.Lucene.SearchFields;

namespace DocCheck.Corpus.Lucene;

/// <summary>
/// Search on a Lucene.Net index beside the store (see <see cref="LuceneIndexFolder"/>). The store is the truth: the
/// index records in its commit the store and the last batch it holds, and is caught up — or rebuilt, when it is of
/// another store or format — before it is searched. One <see cref="IndexWriter"/> per corpus (an index run holds it;
/// a reader that finds the index behind takes it for the catch-up only, and searches what was committed when another
/// run holds it), and a <see cref="SearcherManager"/> so searches go on while documents are written.
/// </summary>
public sealed partial class LuceneCorpusSearch : ICorpusSearchIndex, IDisposable
{
    private readonly ICorpusStore _store;
    private readonly string _folder;
    private readonly Action<string>? _notify;
    private readonly object _gate = new();
    private readonly string _storeLocation;
    private FSDirectory? _dir;
    private IndexWriter? _writer;
    private FileStream? _writerLock;
    private SearcherManager? _searchers;
    private long _held;
    private string _storeId = "";
    private long _lastRefresh;

    internal LuceneCorpusSearch(ICorpusStore store, string storeLocation, Action<string>? notify)
    {
        _store = store;
        _storeLocation = storeLocation;
        _folder = LuceneIndexFolder.For(storeLocation);
        _notify = notify;
    }

    /// <summary>The index folder.</summary>
    public string Folder => _folder;

    /// <summary>
    /// Takes the corpus's one writer (for an index run) and brings the index to the store's last batch. The writer is
    /// one per corpus across processes: Lucene.Net's native lock does not hold between processes on Linux, so a lock
    /// file of our own is held (an advisory lock the system drops when the process ends, even killed).
    /// </summary>
    public void OpenForWriting() => OpenForWriting(TimeSpan.Zero);

    /// <summary>
    /// As <see cref="OpenForWriting()"/>, waiting up to <paramref name="wait"/> for the lock: a reader that found the index
    /// behind the store catches it up and holds the lock for that moment, and an index run must not fail for it.
    /// </summary>
    private void OpenForWriting(TimeSpan wait)
    {
        lock (_gate)
        {
            if (_writer is not null) return;
            CloseSearchers();
            long deadline = Environment.TickCount64 + (long)wait.TotalMilliseconds;
            try
            {
                System.IO.Directory.CreateDirectory(_folder);
                while (true)
                {
                    try
                    {
                        _writerLock = new FileStream(Path.Combine(_folder, "doccheck-writer.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                        break;
                    }
                    catch (IOException e) when (!IsDiskFull(e) && Environment.TickCount64 < deadline)
                    {
                        Thread.Sleep(50);
                    }
                }
            }
            catch (IOException e) when (System.IO.Directory.Exists(_folder) && !IsDiskFull(e))
            {
                throw new SearchIndexBusyException($"{_folder}: chỉ mục tìm kiếm đang được một lần lập chỉ mục khác ghi / the search index is being written by another indexing run", e);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Failure(e);
            }
            try
            {
                _dir ??= FSDirectory.Open(_folder);
                _writer = OpenWriter(_dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                ReleaseLock();
                throw Failure(e);
            }
            var state = _store.State();
            _storeId = state.Id;
            var data = LuceneIndexFolder.LastCommit(_dir);
            if (LuceneIndexFolder.HeldSeq(data, state) is { } held) _held = held;
            else
            {
                if (data is not null) _notify?.Invoke($"{_folder}: chỉ mục tìm kiếm không khớp cơ sở dữ liệu; dựng lại từ đầu / the search index does not match the database; rebuilding it");
                _writer.DeleteAll();
                _held = 0;
            }
            // No searcher yet: an index run only writes, and a near-real-time reader refreshed at every commit would
            // hold the segments of the whole index in memory. One is made on the first search (Searchers()).
        }
    }

    /// <summary>The writer; an index left unreadable (a crash in a flush, a damaged disk) is started again: the store has everything.</summary>
    private IndexWriter OpenWriter(FSDirectory dir)
    {
        try
        {
            return new IndexWriter(dir, LuceneIndexFolder.WriterConfig());
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException)
        {
            _notify?.Invoke($"{_folder}: chỉ mục tìm kiếm bị hỏng ({e.GetType().Name}); dựng lại từ cơ sở dữ liệu / the search index is damaged; rebuilding it from the database");
            var config = LuceneIndexFolder.WriterConfig();
            config.OpenMode = OpenMode.CREATE;
            return new IndexWriter(dir, config);
        }
    }

    private static bool IsDiskFull(Exception e) => e.HResult == 28 || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase);

    /// <summary>A Lucene I/O failure as a person reads it, naming the database and the index folder.</summary>
    private CorpusException Failure(Exception e) => new(IsDiskFull(e)
        ? $"{_storeLocation} ({_folder}): đĩa đầy; hãy giải phóng chỗ trống rồi chạy lại / the disk is full; free some space and run again"
        : $"{_storeLocation} ({_folder}): không ghi được chỉ mục tìm kiếm ({e.Message}) / cannot write the search index", e);

    public int CatchUp()
    {
        lock (_gate)
        {
            // An index run's catch-up waits for a reader's (a few seconds at most); a second index run still holds the
            // lock for all of its run, and gets the "busy" message after the wait.
            if (_writer is null) OpenForWriting(TimeSpan.FromSeconds(15));
            var state = _store.State();
            int n = 0;
            try
            {
                // Removals first: a document removed and written again has no tombstone left.
                foreach (string path in _store.RemovedSince(_held)) { _writer!.DeleteDocuments(new Term(F.Path, path)); n++; }
                foreach (var doc in _store.SearchDocuments(_held)) { _writer!.UpdateDocument(new Term(F.Path, doc.Path), SearchDocumentMapper.ToLucene(doc)); n++; }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Failure(e);
            }
            _held = state.Seq;
            return n;
        }
    }

    public void Commit()
    {
        lock (_gate)
        {
            if (_writer is null) return;
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [LuceneIndexFolder.FormatKey] = LuceneIndexFolder.Format,
                [LuceneIndexFolder.StoreKey] = _storeId,
                [LuceneIndexFolder.SeqKey] = _held.ToString(CultureInfo.InvariantCulture),
            });
            try
            {
                _writer.Commit();
                _searchers?.MaybeRefresh();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Failure(e);
            }
        }
    }

    public int Rebuild()
    {
        lock (_gate)
        {
            OpenForWriting();
            _writer!.DeleteAll();
            _held = 0;
            int n = CatchUp();
            Commit();
            return n;
        }
    }

    /// <summary>
    /// Before the first search: an index that is missing or behind the store is caught up (or rebuilt) with a writer
    /// taken for that only; when another run holds the writer, or the folder cannot be written, what was last committed
    /// is searched and the person is told.
    /// </summary>
    private SearcherManager Searchers()
    {
        lock (_gate)
        {
            if (_searchers is not null)
            {
                long now = Environment.TickCount64;
                if (now - _lastRefresh > 1000) { _searchers.MaybeRefresh(); _lastRefresh = now; }
                return _searchers;
            }
            if (_writer is not null)
            {
                // This connection holds the writer (an index run that also searches): search what it has written.
                _searchers = new SearcherManager(_writer, true, new LuceneIndexFolder.Bm25Searchers());
                _lastRefresh = Environment.TickCount64;
                return _searchers;
            }
            var state = _store.State();
            bool exists = System.IO.Directory.Exists(_folder) && DirectoryReader.IndexExists(_dir ??= FSDirectory.Open(_folder));
            long? held = exists ? LuceneIndexFolder.HeldSeq(LuceneIndexFolder.LastCommit(_dir!), state) : null;
            if (held != state.Seq)
            {
                try
                {
                    if (!exists) _notify?.Invoke($"{_folder}: dựng chỉ mục tìm kiếm từ cơ sở dữ liệu ({_store.DocumentCount()} văn bản) / building the search index from the database");
                    OpenForWriting();
                    CatchUp();
                    Commit();
                    CloseWriter();
                }
                catch (CorpusException e) when (exists)
                {
                    CloseWriter();
                    _notify?.Invoke($"{e.Message} — tìm trong phần đã lập chỉ mục / searching what is indexed so far");
                }
            }
            _searchers = new SearcherManager(_dir!, new LuceneIndexFolder.Bm25Searchers());
            _lastRefresh = Environment.TickCount64;
            return _searchers;
        }
    }

    private void CloseSearchers()
    {
        _searchers?.Dispose();
        _searchers = null;
    }

    /// <summary>
    /// Closes the writer without committing: what is not committed yet is not lost (the store has it, the next open
    /// catches up), and a writer that met a full disk must not try again on the way out.
    /// </summary>
    private void CloseWriter()
    {
        CloseSearchers();
        try { _writer?.Rollback(); }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException) { }
        _writer = null;
        ReleaseLock();
    }

    private void ReleaseLock()
    {
        _writerLock?.Dispose();
        _writerLock = null;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            CloseWriter();
            _dir?.Dispose();
            _dir = null;
        }
    }
}
