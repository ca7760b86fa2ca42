using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Reporting.Lint;
using DocCheck.Rules;

namespace DocCheck.Corpus;

/// <summary>Where an index run stands.</summary>
public sealed record IndexProgress(int Done, int Total, int Indexed, int Unchanged, int Failed);

/// <summary>What an index run did; <see cref="Errors"/> names every file that could not be read and why.</summary>
public sealed record IndexSummary(int Indexed, int Unchanged, int Failed, int Pruned, IReadOnlyList<ReadError> Errors, bool Cancelled);

/// <summary>
/// Fills a <see cref="CorpusStore"/>: files are hashed and analyzed in parallel on all cores, and one writer puts them
/// in the database in batches (one transaction each). Unchanged files (same content hash, same analysis) are skipped; a file that
/// cannot be read is reported and keeps what was stored for it before; a cancelled run commits what it finished.
/// </summary>
public sealed class CorpusIndexer(CorpusStore store, DocumentAnalyzer analyzer)
{
    public int BatchSize { get; init; } = 32;

    public TimeSpan BatchTime { get; init; } = TimeSpan.FromSeconds(2);

    private sealed record Item(string Path, string Hash, long Size, AnalyzedDocument? Doc, LintedFile? Lint, ReadError? Error);

    /// <summary>
    /// Indexes <paramref name="files"/>; with <paramref name="pruneUnder"/>, documents stored under those folders whose
    /// file is gone or no longer listed are dropped.
    /// </summary>
    public IndexSummary Index(IReadOnlyList<string> files, IReadOnlyList<string>? pruneUnder, Action<IndexProgress>? progress, CancellationToken cancel)
    {
        var known = store.Hashes();
        // A file is unchanged only if its bytes and the analysis are: a new DocCheck build or role model re-analyzes it.
        string analysis = analyzer.Signature;
        var queue = new BlockingCollection<Item>(boundedCapacity: 64);
        int done = 0, indexed = 0, unchanged = 0, failed = 0;
        var errors = new ConcurrentBag<ReadError>();
        var linter = new Linter();
        var options = new LintOptions();
        // Stops the analysis when the writer fails (a full or read-only disk): the producers would otherwise wait
        // forever on the full queue that nobody reads any more.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var token = stop.Token;

        var producer = Task.Run(() =>
        {
            try
            {
                Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = token }, file =>
                {
                    string full = Path.GetFullPath(file);
                    byte[] bytes;
                    try { bytes = File.ReadAllBytes(full); }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        queue.Add(new Item(full, "", 0, null, null, new ReadError(file, e is FileNotFoundException or DirectoryNotFoundException ? ReadErrorKind.NotFound : e is UnauthorizedAccessException ? ReadErrorKind.AccessDenied : ReadErrorKind.IoError, e.Message)), token);
                        return;
                    }
                    string hash = Convert.ToHexString(SHA256.HashData(bytes));
                    if (known.TryGetValue(full, out var old) && old.Hash == hash && old.Analysis == analysis)
                    {
                        queue.Add(new Item(full, hash, bytes.Length, null, null, null), token);
                        return;
                    }
                    var res = analyzer.AnalyzeFile(file);
                    if (!res.Success) { queue.Add(new Item(full, hash, bytes.Length, null, null, res.Error), token); return; }
                    var findings = linter.Lint(res.Document!, options);
                    queue.Add(new Item(full, hash, bytes.Length, res.Document, LintedFile.From(file, res.Document!, findings), null), token);
                });
            }
            catch (OperationCanceledException) { }
            catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException)) { }
            finally { queue.CompleteAdding(); }
        });

        // The one writer: this thread.
        CorpusStore.Batch? batch = null;
        var clock = Stopwatch.StartNew();
        bool cancelled = false;
        try
        {
            foreach (var item in queue.GetConsumingEnumerable())
            {
                done++;
                if (item.Error is not null) { failed++; errors.Add(item.Error); }
                else if (item.Doc is null) unchanged++;
                else
                {
                    batch ??= store.BeginBatch();
                    batch.Put(item.Path, item.Hash, analysis, item.Size, item.Doc, item.Lint);
                    indexed++;
                }
                if (batch is not null && (batch.Count >= BatchSize || clock.Elapsed >= BatchTime))
                {
                    batch.Commit();
                    batch.Dispose();
                    batch = null;
                    clock.Restart();
                }
                progress?.Invoke(new IndexProgress(done, files.Count, indexed, unchanged, failed));
            }
            batch?.Commit();
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
        cancelled = cancel.IsCancellationRequested;

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
        var errorList = errors.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
        return new IndexSummary(indexed, unchanged, failed, pruned, errorList, cancelled);
    }
}
