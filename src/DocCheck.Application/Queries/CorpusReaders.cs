using System.Collections.Concurrent;
using DocCheck.Corpus;

namespace DocCheck.Application.Queries;

/// <summary>
/// Read connections to one corpus kept open for a long-lived process (the web server): a search index and a store
/// connection are costly to open for every request. A connection serves one caller at a time; callers take one
/// (<see cref="Take"/>) and give it back by disposing the lease. A connection whose store has moved on since it was
/// opened (another process indexed) is replaced, so answers follow the store within a few seconds.
/// </summary>
public sealed class CorpusReaders(string corpus, Action<string>? notify = null, int keep = 8) : IDisposable
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(2);
    private readonly ConcurrentBag<Pooled> _idle = [];
    private volatile bool _disposed;

    /// <summary>The corpus location.</summary>
    public string Corpus => corpus;

    internal sealed class Pooled(CorpusConnection connection, long seq)
    {
        public CorpusConnection Connection { get; } = connection;
        public long Seq { get; set; } = seq;
        public long CheckedAt { get; set; } = Environment.TickCount64;
    }

    /// <summary>A connection for the caller alone until the lease is disposed. A corpus that cannot be opened is a <see cref="CorpusException"/>.</summary>
    public Lease Take()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (_idle.TryTake(out var p))
        {
            if (Environment.TickCount64 - p.CheckedAt < CheckEvery.TotalMilliseconds) return new Lease(this, p);
            try
            {
                long seq = p.Connection.Store.State().Seq;
                if (seq == p.Seq)
                {
                    p.CheckedAt = Environment.TickCount64;
                    return new Lease(this, p);
                }
            }
            catch (CorpusException) { }
            p.Connection.Dispose();
        }
        var c = CorpusConnection.Open(corpus, write: false, notify);
        try
        {
            return new Lease(this, new Pooled(c, c.Store.State().Seq));
        }
        catch
        {
            c.Dispose();
            throw;
        }
    }

    private void Return(Pooled p)
    {
        if (_disposed || _idle.Count >= keep) p.Connection.Dispose();
        else _idle.Add(p);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var p)) p.Connection.Dispose();
    }

    /// <summary>One taken connection; disposing gives it back.</summary>
    public sealed class Lease : IDisposable
    {
        private readonly CorpusReaders _owner;
        private Pooled? _pooled;

        internal Lease(CorpusReaders owner, Pooled pooled)
        {
            _owner = owner;
            _pooled = pooled;
        }

        public CorpusConnection Connection => (_pooled ?? throw new ObjectDisposedException(nameof(Lease))).Connection;

        public void Dispose()
        {
            var p = Interlocked.Exchange(ref _pooled, null);
            if (p is not null) _owner.Return(p);
        }
    }
}
