using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace DocCheck.Bench;

/// <summary>
/// Which types the runtime allocates, from its own sampling events (GCAllocationTick: one event per about 100 KB
/// allocated, naming the type of the object that crossed the mark): enough to see what the analysis allocates most,
/// with no profiler installed.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        // The GC keyword (0x1) at Verbose level carries the allocation ticks.
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
        int t = e.PayloadNames.IndexOf("TypeName"), a = e.PayloadNames.IndexOf("AllocationAmount64");
        if (t < 0 || a < 0) return;
        _bytes.AddOrUpdate((string)e.Payload![t]!, Convert.ToInt64(e.Payload[a]), (_, v) => v + Convert.ToInt64(e.Payload[a]));
    }

    /// <summary>The types, most bytes first, with their share of the sampled bytes.</summary>
    public IEnumerable<(string Type, double Share)> Top(int n)
    {
        double total = _bytes.Values.Sum();
        return _bytes.OrderByDescending(kv => kv.Value).Take(n).Select(kv => (kv.Key, kv.Value / total));
    }
}
