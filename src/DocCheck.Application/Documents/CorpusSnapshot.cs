using DocCheck.Corpus;

namespace DocCheck.Application.Documents;

/// <summary>
/// What a server keeps of the whole corpus between requests, rebuilt when the store's change sequence moves on:
/// document id → stored path, and the corpus facts the corpus-wide rules read (DC2008, DC2009).
/// </summary>
public sealed class CorpusSnapshot
{
    private readonly object _gate = new();
    private State? _state;

    private sealed class State(string storeId, long seq, IReadOnlyDictionary<string, string> paths)
    {
        public string StoreId { get; } = storeId;
        public long Seq { get; } = seq;
        public IReadOnlyDictionary<string, string> Paths { get; } = paths;
        public CorpusFacts? Facts { get; set; }
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

    /// <summary>The corpus document that is the instrument <paramref name="key"/>, or null.</summary>
    public OwnNumber? OwnNumber(CorpusConnection c, string key) =>
        ByKey(Current(c), s => s.Own, (s, v) => s.Own = v, () => c.Store.OwnNumbers(), o => o.Key).GetValueOrDefault(key);

    /// <summary>The registry entry of <paramref name="key"/>, or null.</summary>
    public RegistryEntry? RegistryEntry(CorpusConnection c, string key) =>
        ByKey(Current(c), s => s.Registry, (s, v) => s.Registry = v, () => c.Store.Registry(), r => r.Key).GetValueOrDefault(key);

    /// <summary>A table by key of this batch, read once (the first row of a key wins).</summary>
    private IReadOnlyDictionary<string, T> ByKey<T>(State s, Func<State, IReadOnlyDictionary<string, T>?> get, Action<State, IReadOnlyDictionary<string, T>> set,
        Func<IEnumerable<T>> read, Func<T, string> key)
    {
        if (get(s) is { } ready) return ready;
        lock (_gate)
        {
            if (get(s) is { } again) return again;
            var table = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var row in read()) table.TryAdd(key(row), row);
            set(s, table);
            return table;
        }
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
