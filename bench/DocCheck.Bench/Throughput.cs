using System.Diagnostics;
using System.Globalization;
using DocCheck.Extraction.Citations;
using DocCheck.Extraction.Dates;
using DocCheck.Extraction.DocumentKind;
using DocCheck.Extraction.Plans;
using DocCheck.Extraction.Quantities;
using DocCheck.Normalization;
using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Rules;
using DocCheck.Structure;

namespace DocCheck.Bench;

/// <summary>
/// Extraction + all rules over files already in memory (the disk is not measured): decode, normalize, structure,
/// citations, dates, quantities, plan facts, then every rule. MB are the files' bytes (10^6). Prints one line per
/// measurement, "name value", for run.sh; with --profile, where one core's time goes, per stage and per rule.
/// </summary>
internal static class Throughput
{
    public static int Run(string[] args)
    {
        int runs = 3;
        double maxMb = double.PositiveInfinity;
        bool profile = false, each = false, alloc = false;
        var paths = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--max-mb": maxMb = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--profile": profile = true; break;
                case "--each": each = true; break;
                case "--alloc": alloc = true; break;
                default: paths.Add(args[i]); break;
            }
        }
        var files = Load(paths, maxMb);
        double mb = files.Sum(f => (long)f.Bytes.Length) / 1e6;
        Console.WriteLine($"files {files.Count}");
        Console.WriteLine($"mb {mb.ToString("F1", CultureInfo.InvariantCulture)}");
        var analyzer = new DocumentAnalyzer();
        var linter = new Linter();
        var options = new LintOptions();
        if (profile) { Profile(files, options); return 0; }
        if (each) { Each(analyzer, linter, options, files, runs); return 0; }
        if (alloc)
        {
            // The types one pass over the files allocates most (after a warm-up pass).
            foreach (var f in files) One(analyzer, linter, options, f);
            using var types = new AllocationTypes();
            foreach (var f in files) One(analyzer, linter, options, f);
            foreach (var (type, share) in types.Top(25)) Console.WriteLine($"alloc {100 * share,5:F1} % {type}");
            return 0;
        }

        // One warm-up pass (JIT, regex construction), not counted.
        foreach (var f in files.Take(50)) One(analyzer, linter, options, f);
        var single = new List<double>();
        var all = new List<double>();
        long alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        var pause0 = GC.GetTotalPauseDuration();
        var wall = Stopwatch.StartNew();
        for (int r = 0; r < runs; r++)
        {
            var sw = Stopwatch.StartNew();
            foreach (var f in files) One(analyzer, linter, options, f);
            single.Add(mb / sw.Elapsed.TotalSeconds);
            sw.Restart();
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f => One(analyzer, linter, options, f));
            all.Add(mb / sw.Elapsed.TotalSeconds);
        }
        // What the runs allocated per MB of input, and the share of their time the collector held the threads.
        Console.WriteLine($"alloc_per_mb {((GC.GetTotalAllocatedBytes(precise: true) - alloc0) / (2.0 * runs * mb * 1e6)).ToString("F1", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"gc_pause_pct {(100 * (GC.GetTotalPauseDuration() - pause0).TotalSeconds / wall.Elapsed.TotalSeconds).ToString("F1", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"mbps_1core {Median(single).ToString("F2", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"mbps_allcores {Median(all).ToString("F2", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"cores {Environment.ProcessorCount}");
        return 0;
    }

    /// <summary>
    /// Each file alone on one core (median of <paramref name="runs"/>), slowest per MB first: the large legal texts
    /// (decrees, consolidated laws) are benchmark cases of their own, since a corpus rate hides a slow kind of text.
    /// Prints "each NAME MB MBPS" lines.
    /// </summary>
    private static void Each(DocumentAnalyzer analyzer, Linter linter, LintOptions options, List<InputFile> files, int runs)
    {
        // Two passes over every file first: with one file per measurement the tiered JIT is still compiling during
        // the first runs, which made the first files look three times slower than they are.
        for (int pass = 0; pass < 2; pass++) foreach (var f in files) One(analyzer, linter, options, f);
        var rows = new List<(string Name, double Mb, double Rate)>();
        foreach (var f in files)
        {
            double mb = f.Bytes.Length / 1e6;
            var rates = new List<double>();
            for (int r = 0; r < runs; r++)
            {
                var sw = Stopwatch.StartNew();
                One(analyzer, linter, options, f);
                rates.Add(mb / sw.Elapsed.TotalSeconds);
            }
            rows.Add((System.IO.Path.GetFileName(f.Path), mb, Median(rates)));
        }
        foreach (var (name, mb, rate) in rows.OrderBy(r => r.Rate))
            Console.WriteLine($"each {name} {mb.ToString("F2", CultureInfo.InvariantCulture)} {rate.ToString("F2", CultureInfo.InvariantCulture)}");
    }

    internal sealed record InputFile(string Path, byte[] Bytes);

    private static List<InputFile> Load(List<string> paths, double maxMb)
    {
        var names = new List<string>();
        foreach (string p in paths)
        {
            if (Directory.Exists(p))
                names.AddRange(Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !Path.GetFileName(f).Equals("SOURCES.md", StringComparison.Ordinal) && !Path.GetFileName(f).Equals("README.md", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            else names.Add(p);
        }
        var files = new List<InputFile>();
        long total = 0;
        foreach (string n in names)
        {
            byte[] b = File.ReadAllBytes(n);
            if (total + b.Length > maxMb * 1e6) break;
            total += b.Length;
            files.Add(new InputFile(n, b));
        }
        return files;
    }

    private static int One(DocumentAnalyzer analyzer, Linter linter, LintOptions options, InputFile f)
    {
        var read = analyzer.Readers.ReadBytes(f.Path, f.Bytes);
        if (!read.Success) return 0;
        try
        {
            var doc = analyzer.Analyze(read.Source, read.Encoding ?? "utf-8");
            return linter.Lint(doc, options).Count;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The CLI reports such a file and goes on; so does the benchmark.
            return 0;
        }
    }

    /// <summary>Where one core's time goes: each stage and each rule timed apart, over all the files.</summary>
    private static void Profile(List<InputFile> files, LintOptions options)
    {
        var normalizer = new TextNormalizer();
        var parser = new StructureParser();
        var citations = new CitationExtractor();
        var kinds = new DocumentKindExtractor();
        var dates = new DateExtractor();
        var quantities = new QuantityExtractor();
        var plan = new PlanFactsExtractor();
        var analyzer = new DocumentAnalyzer();
        var t = new Dictionary<string, TimeSpan>();
        var bytes = new Dictionary<string, long>();
        long mark = GC.GetAllocatedBytesForCurrentThread();
        void Add(string k, Stopwatch sw)
        {
            long now = GC.GetAllocatedBytesForCurrentThread();
            t[k] = t.GetValueOrDefault(k) + sw.Elapsed;
            bytes[k] = bytes.GetValueOrDefault(k) + now - mark;
            mark = GC.GetAllocatedBytesForCurrentThread();
            sw.Restart();
        }
        var rules = RuleCatalog.All.Select(r => (r.Descriptor.Id, Linter: new Linter([r]))).ToList();
        for (int pass = 0; pass < 2; pass++)
        {
            if (pass == 1) { t.Clear(); bytes.Clear(); }
            foreach (var f in files)
            {
                var sw = Stopwatch.StartNew();
                var read = analyzer.Readers.ReadBytes(f.Path, f.Bytes);
                Add("0 read+decode", sw);
                if (!read.Success) continue;
                try
                {
                    var n = normalizer.Normalize(read.Source);
                    Add("1 normalize", sw);
                    var s = parser.Parse(n);
                    Add("2 structure", sw);
                    string? own = s.Header.Number is { IsBlank: false } num ? CitationKeys.FromText(num.Display) : null;
                    var k = kinds.Extract(n, s, own);
                    Add("2b document kind", sw);
                    var c = citations.Extract(n, own);
                    Add("3 citations", sw);
                    var d = dates.Extract(n, c);
                    Add("4 dates", sw);
                    var period = PlanFactsExtractor.Period(n, s, d);
                    var q = quantities.Extract(n, s, c, d, period?.StartYear ?? s.Header.PlaceDate?.Date.Year, k);
                    Add("5 quantities", sw);
                    var pf = plan.Extract(n, s, d, q);
                    Add("6 plan facts", sw);
                    var doc = new AnalyzedDocument(read.Source, read.Encoding ?? "utf-8", n, s, c) { OwnKey = own, Dates = d, Quantities = q, Plan = pf, Kind = k, Templates = kinds.Templates(n, s) };
                    foreach (var (id, l) in rules)
                    {
                        l.Lint(doc, options);
                        Add("rule " + id, sw);
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException) { }
            }
        }
        double total = t.Values.Sum(v => v.TotalSeconds);
        double inMb = files.Sum(f => (long)f.Bytes.Length) / 1e6;
        // Time, share of the time, and bytes allocated per byte of input.
        foreach (var (k, v) in t.OrderByDescending(kv => kv.Value))
            Console.WriteLine($"{k,-18} {v.TotalSeconds,8:F3} s  {100 * v.TotalSeconds / total,5:F1} %  {bytes[k] / (inMb * 1e6),6:F1} B/B");
        Console.WriteLine($"{"total",-18} {total,8:F3} s");
    }

    internal static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }
}
