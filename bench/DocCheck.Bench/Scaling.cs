using System.Diagnostics;
using DocCheck.Pipeline;
using DocCheck.Rules;
using DocCheck.Tests.Hostile;


namespace DocCheck.Bench;

/// <summary>
/// <c>scaling [--rounds R] [--max-ratio X] [--family TEXT]</c>: every hostile family of the test suite
/// (<c>tests/…/Hostile/HostileInputs.cs</c>, linked here) run through the whole pipeline and linter at N and 2N;
/// prints the best-of-R time of each size and their ratio (linear ≈ 2, quadratic ≈ 4). Exits 1 when a family whose
/// 2N run is above the noise floor goes over the ratio (default 3.5). A measurement, so it lives here and not in the
/// unit tests, which only check that each family finishes without an exception and with every span inside the text.
/// </summary>
public static class Scaling
{
    private static readonly TimeSpan NoiseFloor = TimeSpan.FromMilliseconds(60);

    public static int Run(string[] args)
    {
        int rounds = 5;
        double maxRatio = 3.5;
        string? only = null;
        for (int i = 0; i < args.Length; i++)
            switch (args[i])
            {
                case "--rounds": rounds = int.Parse(args[++i]); break;
                case "--max-ratio": maxRatio = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--family": only = args[++i]; break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }

        var analyzer = new DocumentAnalyzer();
        var linter = new Linter();
        void RunOnce(string text) => linter.Lint(analyzer.Analyze(text), new LintOptions(), new List<RuleFailure>());
        TimeSpan Time(string text)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var sw = Stopwatch.StartNew();
            RunOnce(text);
            return sw.Elapsed;
        }

        int over = 0;
        Console.WriteLine("| family | N (chars) | N ms | 2N ms | ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var family in HostileInputs.All)
        {
            if (only is not null && !family.Name.Contains(only, StringComparison.OrdinalIgnoreCase)) continue;
            RunOnce(family.Build(64));
            string small = family.Build(family.N), large = family.Build(2 * family.N);
            TimeSpan bs = TimeSpan.MaxValue, bl = TimeSpan.MaxValue;
            for (int r = 0; r < rounds; r++)
            {
                var a = Time(small);
                var b = Time(large);
                if (a < bs) bs = a;
                if (b < bl) bl = b;
            }
            double ratio = bl.TotalMilliseconds / Math.Max(bs.TotalMilliseconds, 1);
            bool bad = bl > NoiseFloor && ratio > maxRatio;
            if (bad) over++;
            Console.WriteLine($"| {family.Name} | {small.Length:N0} | {bs.TotalMilliseconds:F0} | {bl.TotalMilliseconds:F0} | {ratio:F2}{(bad ? " **super-linear**" : "")} |");
        }
        Console.WriteLine(over == 0 ? "every family scales linearly" : $"{over} famil{(over == 1 ? "y" : "ies")} over ×{maxRatio}");
        return over == 0 ? 0 : 1;
    }
}
