using BenchmarkDotNet.Running;
using DocCheck.Bench;

// DocCheck.Bench: micro-benchmarks (BenchmarkDotNet) and the in-process measurements bench/run.sh puts in its table.
//   micro [BenchmarkDotNet arguments]           normalization, citation and quantity extraction, with allocations
//   throughput [--runs N] [--max-mb M] PATH...  extraction + all rules, MB/s on one core and on all cores
//   query --db DB [--runs N]                    cites and search latency in-process (p50, p99)
//   queries --db DB                             prints the cites and search queries used, one a line (for run.sh)
//   judge --db DB --queries FILE [--split S]    the judged query set on Lucene.Net and on the FTS5 baseline
//   scaling [--rounds R] [--family TEXT]       the hostile test families at N and 2N: time ratio (linear ≈ 2)
//   web --db DB [--clients N] [--requests N]    doccheck serve under load: POST /api/lint from N clients, search and instrument pages
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: DocCheck.Bench micro|throughput|query|queries ... (see bench/README.md)");
    return 2;
}
string[] rest = args[1..];
switch (args[0])
{
    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(HotPaths).Assembly).Run(rest.Contains("--filter") ? rest : [.. rest, "--filter", "*"]);
        return 0;
    case "throughput":
        return Throughput.Run(rest);
    case "query":
        return QueryLatency.Run(rest, printOnly: false);
    case "queries":
        return QueryLatency.Run(rest, printOnly: true);
    case "judge":
        return SearchJudge.Run(rest);
    case "scaling":
        return Scaling.Run(rest);
    case "web":
        return await WebLatency.Run(rest);
    default:
        Console.Error.WriteLine($"unknown mode {args[0]}");
        return 2;
}
