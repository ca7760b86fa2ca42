using System.Diagnostics;
using System.Globalization;
using DocCheck.Corpus;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Bench;

/// <summary>
/// The judged query set (bench/search/judged.tsv) on Lucene.Net and on the FTS5 search of before, same store, one run:
/// known-item hit@10 and MRR (the document a title's words come from), exact-diacritics precision@10 for minimal pairs
/// and phrases (a hit counts when its text has every word as typed: a word with marks with those marks, one without
/// them folded), and for instrument numbers the share of the documents citing it (by the store) that the search
/// returns. Latency p50/p99 over every query, after a warm-up.
/// </summary>
internal static class SearchJudge
{
    private sealed record Query(string Id, string Split, string Kind, string Text, string Expected);

    private sealed class Tally
    {
        public int Known, KnownHit; public double Rr;
        public int Precise, PreciseTotal, PreciseQueries, Empty;
        public double Recall; public int Numbers;
        public readonly List<double> Ms = [];
        public readonly List<string> Misses = [];
    }

    public static int Run(string[] args)
    {
        string? db = null, file = null, split = "all", misses = null;
        int rounds = 3;
        for (int i = 0; i < args.Length; i++)
            switch (args[i])
            {
                case "--db": db = args[++i]; break;
                case "--queries": file = args[++i]; break;
                case "--split": split = args[++i]; break;
                case "--rounds": rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--misses": misses = args[++i]; break;
            }
        if (db is null || file is null) { Console.Error.WriteLine("judge: --db DB --queries FILE [--split all|tune|held-out] [--rounds N] [--misses FILE]"); return 2; }
        var queries = File.ReadLines(file).Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))
            .Select(p => new Query(p[0], p[1], p[2], p[3], p.Length > 4 ? p[4] : ""))
            .Where(q => split == "all" || q.Split == split).ToList();
        using var corpus = CorpusConnection.Open(db, write: false, m => Console.Error.WriteLine("judge: " + m));
        var texts = corpus.Store.SearchDocuments(0).ToDictionary(d => d.Path, d => (Lower: d.Text.ToLowerInvariant(), Folded: VietnameseFold.Fold(d.Text)), StringComparer.Ordinal);
        using var fts = Fts5Baseline.Open(db, corpus.Store);
        var engines = new (string Name, Func<string, int, List<string>> Search)[]
        {
            ("lucene", (q, n) => corpus.Search.Search(new SearchRequest(q) { Limit = n }).Hits.Select(h => h.Path).ToList()),
            ("fts5", (q, n) => fts.Search(q, n).Select(h => h.Path).ToList()),
        };
        Console.WriteLine($"{queries.Count} queries ({split}) on {texts.Count} documents");
        var report = new List<string>();
        foreach (var (name, search) in engines)
        {
            var t = new Tally();
            for (int w = 0; w < 3; w++) foreach (var q in queries) search(q.Text, 10); // warm-up: JIT tiers, caches
            Thread.Sleep(300);
            foreach (var q in queries)
            {
                var expected = q.Kind == "number" && InstrumentQueryParser.Parse(q.Text) is { } iq ? corpus.Store.Cites(iq).Select(h => h.Path).ToHashSet(StringComparer.Ordinal) : null;
                int n = expected is null ? 10 : Math.Clamp(expected.Count, 10, 1000);
                // Latency is of the first page (10 hits with snippets), as a person asks; recall reads as far as it needs.
                for (int r = 0; r < rounds; r++)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    search(q.Text, 10);
                    t.Ms.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                }
                var hits = search(q.Text, n);
                switch (q.Kind)
                {
                    case "known":
                        t.Known++;
                        int rank = hits.FindIndex(p => p.EndsWith("/" + q.Expected, StringComparison.Ordinal));
                        if (rank >= 0) { t.KnownHit++; t.Rr += 1.0 / (rank + 1); }
                        else t.Misses.Add($"{name}\t{q.Id}\tknown\t{q.Text}\t{q.Expected}\t{string.Join(" | ", hits.Take(3).Select(Path.GetFileName))}");
                        break;
                    case "pair" or "phrase":
                        t.PreciseQueries++;
                        if (hits.Count == 0) { t.Empty++; t.Misses.Add($"{name}\t{q.Id}\t{q.Kind}\t{q.Text}\t(no hits)"); break; }
                        var words = Words(q.Text);
                        // A phrase: its words together, in order (with marks when every word has them, else folded).
                        var needles = q.Kind == "phrase" ? [string.Join(' ', words.All(w => VietnameseFold.Fold(w) != w) ? words : words.Select(VietnameseFold.Fold))] : words;
                        int ok = hits.Count(p => texts.TryGetValue(p, out var x) && needles.All(w => Contains(x, w)));
                        t.Precise += ok;
                        t.PreciseTotal += hits.Count;
                        if (ok < hits.Count) t.Misses.Add($"{name}\t{q.Id}\t{q.Kind}\t{q.Text}\t{hits.Count - ok} of {hits.Count} without the words as typed");
                        break;
                    case "number" when expected is { Count: > 0 }:
                        t.Numbers++;
                        double recall = (double)hits.Count(expected.Contains) / expected.Count;
                        t.Recall += recall;
                        if (recall < 1) t.Misses.Add($"{name}\t{q.Id}\tnumber\t{q.Text}\t{expected.Count - hits.Count(expected.Contains)} of {expected.Count} citing documents missing");
                        break;
                }
            }
            t.Ms.Sort();
            report.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {t.KnownHit}/{t.Known} = {Ratio(t.KnownHit, t.Known):0.000} | {(t.Known == 0 ? 0 : t.Rr / t.Known):0.000} | {Ratio(t.Precise, t.PreciseTotal):0.000} ({t.Empty} of {t.PreciseQueries} without hits) | {(t.Numbers == 0 ? 0 : t.Recall / t.Numbers):0.000} ({t.Numbers}) | {Pct(t.Ms, 50):0.0} | {Pct(t.Ms, 99):0.0} |"));
            if (misses is not null) File.AppendAllLines(misses, t.Misses);
        }
        Console.WriteLine("| engine | known-item hit@10 | MRR | exact-diacritics precision@10 | number recall (queries) | p50 ms | p99 ms |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (string line in report) Console.WriteLine(line);
        return 0;
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double Pct(List<double> sorted, int p) => sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>The query's words (or its quoted phrase's words, in order), normalized as documents are, lower case.</summary>
    private static List<string> Words(string query) =>
        System.Text.RegularExpressions.Regex.Matches(QueryText.Normalize(query).ToLowerInvariant(), @"[\p{L}\p{N}]+").Select(m => m.Value).ToList();

    /// <summary>True when the text has the word as typed: with its marks when it has any, else folded; whole words.</summary>
    private static bool Contains((string Lower, string Folded) text, string word)
    {
        bool marked = VietnameseFold.Fold(word) != word;
        string hay = marked ? text.Lower : text.Folded;
        for (int at = hay.IndexOf(word, StringComparison.Ordinal); at >= 0; at = hay.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            bool starts = at == 0 || !char.IsLetterOrDigit(hay[at - 1]);
            bool ends = at + word.Length >= hay.Length || !char.IsLetterOrDigit(hay[at + word.Length]);
            if (starts && ends) return true;
        }
        return false;
    }
}
