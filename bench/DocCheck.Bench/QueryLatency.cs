using System.Diagnostics;
using System.Globalization;
using DocCheck.Corpus;
using Microsoft.Data.Sqlite;

namespace DocCheck.Bench;

/// <summary>
/// cites and search latency in-process, on an index made by `doccheck index`: the store is opened once, as the CLI
/// opens it, and each query is timed from its text to its list of hits (parse, SQL, reading the rows, snippets).
/// Search takes the first page (10 hits with their snippets), on Lucene.Net and on the FTS5 baseline of before.
/// The cites queries are the 10 most cited instruments, 20 spread over the rest, and 10 written as "Nghị định 61/2018"
/// (number and year, no symbol), which take the other path; the search queries are a fixed list of phrases.
/// </summary>
internal static class QueryLatency
{
    internal static readonly string[] Phrases =
    [
        "cải cách hành chính", "chuyển đổi số", "ngân sách nhà nước", "an toàn thực phẩm", "phòng chống thiên tai",
        "giao thong nong thon", "bảo hiểm xã hội", "đất đai", "y tế cơ sở", "kiểm tra công vụ",
    ];

    public static int Run(string[] args, bool printOnly)
    {
        string? db = null;
        int runs = 5;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--db") db = args[++i];
            else if (args[i] == "--runs") runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
        }
        if (db is null) { Console.Error.WriteLine("query: --db DB is required"); return 2; }
        var cites = CitesQueries(db);
        if (printOnly)
        {
            foreach (string q in cites) Console.WriteLine("cites\t" + q);
            foreach (string q in Phrases) Console.WriteLine("search\t" + q);
            return 0;
        }
        using var corpus = CorpusConnection.Open(db, write: false);
        Console.WriteLine($"documents {corpus.Store.DocumentCount()}");
        var citeTimes = Time(cites, runs, q => corpus.Store.Cites(InstrumentQueryParser.Parse(q)!).Count);
        var searchTimes = Time(Phrases, runs, q => corpus.Search.Search(new SearchRequest(q) { Limit = 10 }).Hits.Count);
        if (Environment.GetEnvironmentVariable("DOCCHECK_BENCH_PARTS") == "1")
        {
            // Where the time goes: one hit (one snippet) against ten; single words (no phrase re-ranking) against the phrases.
            var one = Time(Phrases, runs, q => corpus.Search.Search(new SearchRequest(q) { Limit = 1 }).Hits.Count);
            var words = Phrases.Select(p => p.Split(' ')[0]).ToList();
            var single = Time(words, runs, q => corpus.Search.Search(new SearchRequest(q) { Limit = 10 }).Hits.Count);
            Console.WriteLine($"parts_limit1_p50_ms {Percentile(one, 50):F2}".Replace(',', '.'));
            Console.WriteLine($"parts_oneword_p50_ms {Percentile(single, 50):F2}".Replace(',', '.'));
        }
        Console.WriteLine($"cites_p50_ms {Percentile(citeTimes, 50):F2}".Replace(',', '.'));
        Console.WriteLine($"cites_p99_ms {Percentile(citeTimes, 99):F2}".Replace(',', '.'));
        Console.WriteLine($"search_p50_ms {Percentile(searchTimes, 50):F2}".Replace(',', '.'));
        Console.WriteLine($"search_p99_ms {Percentile(searchTimes, 99):F2}".Replace(',', '.'));
        // The FTS5 search DocCheck had before, on the same documents (its side file is built on first use).
        using var fts = Fts5Baseline.Open(db, corpus.Store);
        var ftsTimes = Time(Phrases, runs, q => fts.Search(q, 10).Count);
        Console.WriteLine($"fts5_search_p50_ms {Percentile(ftsTimes, 50):F2}".Replace(',', '.'));
        Console.WriteLine($"fts5_search_p99_ms {Percentile(ftsTimes, 99):F2}".Replace(',', '.'));
        return 0;
    }

    internal static List<string> CitesQueries(string db)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        c.Open();
        var list = new List<string>();
        void Read(string sql)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            using var r = cmd.ExecuteReader();
            while (r.Read()) list.Add(r.GetString(0));
        }
        Read("SELECT key FROM citations WHERE key LIKE '%/%' GROUP BY key ORDER BY count(*) DESC, key LIMIT 10;");
        // 20 keys spread evenly over the sorted distinct keys: the same ones on every run of the same index.
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT DISTINCT key FROM citations WHERE key LIKE '%/%' ORDER BY key;";
            var keys = new List<string>();
            using var r = cmd.ExecuteReader();
            while (r.Read()) keys.Add(r.GetString(0));
            for (int i = 0; i < 20 && keys.Count > 0; i++) list.Add(keys[(int)((long)i * keys.Count / 20)]);
        }
        Read("SELECT 'Nghị định ' || number || '/' || year FROM citations WHERE type_code = 'NĐ' AND number IS NOT NULL AND year IS NOT NULL GROUP BY number, year ORDER BY count(*) DESC LIMIT 10;");
        return list.Where(q => InstrumentQueryParser.Parse(q) is not null).Distinct().ToList();
    }

    private static List<double> Time(IReadOnlyList<string> queries, int runs, Func<string, int> query)
    {
        // Warm-up: JIT up to its optimized tier (a method is recompiled after ~30 calls), SQLite page cache, Lucene caches.
        for (int w = 0; w < 5; w++) foreach (string q in queries) query(q);
        Thread.Sleep(300);
        var times = new List<double>();
        for (int r = 0; r < runs; r++)
            foreach (string q in queries)
            {
                long t0 = Stopwatch.GetTimestamp();
                query(q);
                times.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
        return times;
    }

    internal static double Percentile(List<double> xs, int p)
    {
        var s = xs.Order().ToList();
        int i = (int)Math.Ceiling(p / 100.0 * s.Count) - 1;
        return s[Math.Clamp(i, 0, s.Count - 1)];
    }
}
