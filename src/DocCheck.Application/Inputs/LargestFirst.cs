using System.Collections.Concurrent;

namespace DocCheck.Application.Inputs;

/// <summary>
/// Runs a body once per file on every core, the largest files first, each core taking the next file when it is free:
/// a big decree left for last would keep one core busy while the others wait. The body gets the file's index in the
/// input list, so results can be put back in the inputs' order.
/// </summary>
public static class LargestFirst
{
    public static void ForEach(IReadOnlyList<string> paths, Action<int> body)
    {
        var order = Enumerable.Range(0, paths.Count).OrderByDescending(i => SizeOf(paths[i])).ThenBy(i => i).ToArray();
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, body);
    }

    private static long SizeOf(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (IOException) { return 0; }
        catch (UnauthorizedAccessException) { return 0; }
    }
}
