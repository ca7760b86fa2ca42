using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using DocCheck.Reading;

namespace DocCheck.Corpus;

/// <summary>
/// Fills a store: files are read once, hashed and analyzed in parallel on all cores, and one writer puts them in the
/// store in batches (one transaction each). Unchanged files (same content hash, same analysis) are skipped; a file that
/// cannot be read is reported and keeps what was stored for it before; a cancelled run commits what it finished.
/// A search index, when given, follows each committed batch and is committed every <see cref="SearchCommitTime"/> and
/// at the end; a run killed in between leaves it behind the store, and the next open catches it up.
/// </summary>
public sealed class CorpusIndexer(ICorpusStore store, IIndexAnalysis analysis, ICorpusSearchIndex? search = null)
{
    public int BatchSize { get; init; } = 32;

    public TimeSpan BatchTime { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan SearchCommitTime { get; init; } = TimeSpan.FromSeconds(60);

    private sealed record Item(string Path, DocumentFacts? Facts, ReadError? Error);

    /// <summary>
    /// Indexes <paramref name="files"/>; with <paramref name="pruneUnder"/>, documents stored under those folders whose
    /// file is gone or no longer listed are dropped.
    /// </summary>
    public IndexSummary Index(IReadOnlyList<string> files, IReadOnlyList<string>? pruneUnder, Action<IndexProgress>? progress, CancellationToken cancel)
    {
        var known = store.Versions();
        // A file is unchanged only if its bytes and the analysis are: a new DocCheck build or role model re-analyzes it.
        string signature = analysis.Signature;
        var queue = new BlockingCollection<Item>(boundedCapacity: 64);
        int done = 0, indexed = 0, unchanged = 0, failed = 0;
        var errors = new ConcurrentBag<ReadError>();
        // Stops the analysis when the writer fails (a full or read-only disk): the producers would otherwise wait
        // forever on the full queue that nobody reads any more.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var token = stop.Token;

        var producer = Task.Run(() =>
        {
            try
            {
                Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = token },
                    file => queue.Add(Read(file, known, signature), token));
            }
            catch (OperationCanceledException) { }
            catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException)) { }
            finally { queue.CompleteAdding(); }
        });

        // The one writer: this thread.
        ICorpusWriteBatch? batch = null;
        var clock = Stopwatch.StartNew();
        var searchClock = Stopwatch.StartNew();
        void Committed()
        {
            if (search is null) return;
            search.CatchUp();
            if (searchClock.Elapsed < SearchCommitTime) return;
            search.Commit();
            searchClock.Restart();
        }
        try
        {
            foreach (var item in queue.GetConsumingEnumerable())
            {
                done++;
                if (item.Error is not null)
                {
                    failed++;
                    errors.Add(item.Error);
                    batch ??= store.BeginBatch();
                    batch.PutUnreadable(item.Error with { Path = item.Path });
                }
                else if (item.Facts is null) unchanged++;
                else
                {
                    batch ??= store.BeginBatch();
                    batch.Put(item.Facts);
                    indexed++;
                }
                if (batch is not null && (batch.Count >= BatchSize || clock.Elapsed >= BatchTime))
                {
                    batch.Commit();
                    batch.Dispose();
                    batch = null;
                    clock.Restart();
                    Committed();
                }
                progress?.Invoke(new IndexProgress(done, files.Count, indexed, unchanged, failed));
            }
            if (batch is not null)
            {
                batch.Commit();
                Committed();
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        finally
        {
            batch?.Dispose();
            producer.Wait(CancellationToken.None);
        }
        bool cancelled = cancel.IsCancellationRequested;

        int pruned = 0;
        if (pruneUnder is { Count: > 0 } && !cancelled)
        {
            var listed = new HashSet<string>(files.Select(Path.GetFullPath), StringComparer.Ordinal);
            var roots = pruneUnder.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r)) + Path.DirectorySeparatorChar).ToList();
            using var b = store.BeginBatch();
            foreach (string path in known.Keys)
            {
                bool under = roots.Any(r => path.StartsWith(r, StringComparison.Ordinal));
                if (under && (!listed.Contains(path) || !File.Exists(path)) && b.Remove(path)) pruned++;
            }
            b.Commit();
        }
        if (search is not null)
        {
            search.CatchUp();
            search.Commit();
        }
        var errorList = errors.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
        return new IndexSummary(indexed, unchanged, failed, pruned, errorList, cancelled) { Documents = store.DocumentCount() };
    }

    /// <summary>Reads a file once: unchanged (same bytes, same analysis) it is skipped, otherwise its bytes are analyzed.</summary>
    private Item Read(string file, IReadOnlyDictionary<string, StoredVersion> known, string signature)
    {
        string full = Path.GetFullPath(file);
        byte[] bytes;
        try
        {
            var info = new FileInfo(full);
            if (info.Exists && info.Length > DocumentReaders.MaxFileBytes)
                return new Item(full, null, new ReadError(file, ReadErrorKind.TooLarge, $"{info.Length:N0} bytes"));
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var kind = e is FileNotFoundException or DirectoryNotFoundException ? ReadErrorKind.NotFound : e is UnauthorizedAccessException ? ReadErrorKind.AccessDenied : ReadErrorKind.IoError;
            return new Item(full, null, new ReadError(file, kind, e.Message));
        }
        string hash = Convert.ToHexString(SHA256.HashData(bytes));
        if (known.TryGetValue(full, out var old) && old.Hash == hash && old.Analysis == signature) return new Item(full, null, null);
        var result = analysis.Analyze(new IndexSource(file, full, bytes, hash));
        return new Item(full, result.Facts, result.Error);
    }
}
