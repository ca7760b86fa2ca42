using DocCheck.Corpus;

namespace DocCheck.Application.Documents;

/// <summary>
/// What a server keeps of the whole corpus between requests, rebuilt when the store's change sequence moves on:
/// document id → stored path, and the corpus facts the corpus-wide rules read (DC2008, DC2009).
/// </summary>
public sealed class CorpusSnapshot(Func<IDisposable>? lease = null, Func<IDisposable, CorpusConnection>? connectionOf = null)
{
    private readonly object _gate = new();
    private State? _state;

    private sealed class State(string storeId, long seq, IReadOnlyDictionary<string, string> paths)
    {
        public string StoreId { get; } = storeId;
        public long Seq { get; } = seq;
        public IReadOnlyDictionary<string, string> Paths { get; } = paths;
        public CorpusFacts? Facts { get; set; }
        public Task? Building { get; set; }
        public IReadOnlyDictionary<string, OwnNumber>? Own { get; set; }
        public IReadOnlyDictionary<string, RegistryEntry>? Registry { get; set; }
    }

    private State Current(CorpusConnection c)
    {
        var now = c.Store.State();
        var s = _state;
        if (s is not null && s.Seq == now.Seq && s.StoreId == now.Id) return s;
        lock (_gate)
        {
            s = _state;
            if (s is not null && s.Seq == now.Seq && s.StoreId == now.Id) return s;
            var paths = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string path in c.Store.Versions().Keys) paths[DocumentIds.Of(path)] = path;
            _state = s = new State(now.Id, now.Seq, paths);
            return s;
        }
    }

    /// <summary>The stored path of the document <paramref name="id"/>, or null.</summary>
    public string? PathOf(CorpusConnection c, string id) =>
        DocumentIds.IsWellFormed(id) && Current(c).Paths.TryGetValue(id, out var p) ? p : null;

    /// <summary>
    /// The corpus facts if they are ready, else null — and their building starts in the background on a connection of
    /// its own (on 100,000 documents it reads every citation: tens of seconds a page must not wait for).
    /// </summary>
    public CorpusFacts? FactsIfReady(CorpusConnection c)
    {
        var s = Current(c);
        if (s.Facts is { } ready) return ready;
        if (lease is null || connectionOf is null) return Facts(c);
        lock (_gate)
        {
            s.Building ??= Task.Run(() =>
            {
                try
                {
                    using var l = lease();
                    var own = connectionOf(l);
                    var built = new CorpusFacts(own.Store);
                    lock (_gate) s.Facts ??= built;
                }
                catch (CorpusException) { lock (_gate) s.Building = null; }
            });
        }
        return null;
    }

    /// <summary>The corpus document that is the instrument <paramref name="key"/>, or null.</summary>
    public OwnNumber? OwnNumber(CorpusConnection c, string key)
    {
        var s = Current(c);
        var own = s.Own;
        if (own is null)
            lock (_gate)
                own = s.Own ??= c.Store.OwnNumbers().GroupBy(o => o.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return own.GetValueOrDefault(key);
    }

    /// <summary>The registry entry of <paramref name="key"/>, or null.</summary>
    public RegistryEntry? RegistryEntry(CorpusConnection c, string key)
    {
        var s = Current(c);
        var reg = s.Registry;
        if (reg is null)
            lock (_gate)
                reg = s.Registry ??= c.Store.Registry().GroupBy(r => r.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return reg.GetValueOrDefault(key);
    }

    /// <summary>The corpus facts for the corpus-wide rules, as of the store's current batch.</summary>
    public CorpusFacts Facts(CorpusConnection c)
    {
        var s = Current(c);
        if (s.Facts is { } ready) return ready;
        // Built on first use, through the caller's own connection.
        lock (_gate) return s.Facts ??= new CorpusFacts(c.Store);
    }
}
