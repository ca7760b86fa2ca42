using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using DocCheck.Web;
using Microsoft.AspNetCore.Builder;

namespace DocCheck.Bench;

/// <summary>
/// The web application under load, on a real Kestrel on 127.0.0.1: <c>POST /api/lint</c> of one plan (the 58.7 KB
/// Tây Ninh seed by default) from 16 clients at once, and the search and instrument pages one at a time. Server-side
/// times come from the app's Server-Timing header (first byte of the answer), client times from the clients.
/// </summary>
internal static class WebLatency
{
    public static async Task<int> Run(string[] args)
    {
        string? db = null, plan = null;
        int clients = 16, requests = 800, runs = 3;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db": db = args[++i]; break;
                case "--plan": plan = args[++i]; break;
                case "--clients": clients = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--requests": requests = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
            }
        }
        if (db is null) { Console.Error.WriteLine("web: --db DB is required"); return 2; }
        plan ??= Path.Combine(RepoRoot.Find(), "corpus", "tayninh-2020-2818-QD-UBND.txt");
        byte[] bytes = File.ReadAllBytes(plan);
        int port;
        using (var l = new TcpListener(IPAddress.Loopback, 0)) { l.Start(); port = ((IPEndPoint)l.LocalEndpoint).Port; l.Stop(); }
        string url = $"http://127.0.0.1:{port}";
        await using var app = DocCheckWeb.Build(new WebOptions { Db = db, Urls = [url] });
        await app.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2 }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };

        // Lint: warm-up, then `clients` workers sharing `requests` requests.
        for (int i = 0; i < 30; i++) await Lint(http, bytes);
        var server = new ConcurrentBag<double>();
        var client = new ConcurrentBag<double>();
        int next = 0;
        long t0 = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= requests)
            {
                var (s, c) = await Lint(http, bytes);
                server.Add(s);
                client.Add(c);
            }
        })));
        double wall = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        Console.WriteLine($"lint_plan_kb {bytes.Length / 1024.0:F1}".Replace(',', '.'));
        Console.WriteLine($"lint_clients {clients}");
        Console.WriteLine($"lint_server_p50_ms {QueryLatency.Percentile([.. server], 50):F1}".Replace(',', '.'));
        Console.WriteLine($"lint_server_p99_ms {QueryLatency.Percentile([.. server], 99):F1}".Replace(',', '.'));
        Console.WriteLine($"lint_client_p50_ms {QueryLatency.Percentile([.. client], 50):F1}".Replace(',', '.'));
        Console.WriteLine($"lint_per_s {requests / wall:F1}".Replace(',', '.'));

        // Pages, one request at a time: the search page (first page, 20 hits, snippets, counts) and the instrument page.
        var phrases = QueryLatency.Phrases;
        var cites = QueryLatency.CitesQueries(db);
        foreach (var (name, queries, path) in new[] { ("search_page", (IReadOnlyList<string>)phrases, "/?q="), ("cites_page", cites, "/instruments?q=") })
        {
            for (int w = 0; w < 5; w++) foreach (string q in queries) await Get(http, path + Uri.EscapeDataString(q));
            var times = new List<double>();
            for (int r = 0; r < runs; r++) foreach (string q in queries) times.Add(await Get(http, path + Uri.EscapeDataString(q)));
            Console.WriteLine($"{name}_p50_ms {QueryLatency.Percentile(times, 50):F1}".Replace(',', '.'));
            Console.WriteLine($"{name}_p99_ms {QueryLatency.Percentile(times, 99):F1}".Replace(',', '.'));
        }
        Console.WriteLine($"peak_working_set_mb {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576}");
        await app.StopAsync();
        return 0;
    }

    private static async Task<(double Server, double Client)> Lint(HttpClient http, byte[] bytes)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "plan.txt" } };
        long t = Stopwatch.GetTimestamp();
        using var r = await http.PostAsync("/api/lint", form);
        await r.Content.ReadAsByteArrayAsync();
        double c = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        if (r.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"/api/lint answered {(int)r.StatusCode}");
        return (ServerTime(r) ?? c, c);
    }

    private static async Task<double> Get(HttpClient http, string path)
    {
        long t = Stopwatch.GetTimestamp();
        using var r = await http.GetAsync(path);
        await r.Content.ReadAsByteArrayAsync();
        double c = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        if (r.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{path} answered {(int)r.StatusCode}");
        return ServerTime(r) ?? c;
    }

    /// <summary>The app's own time from "Server-Timing: app;dur=12.3".</summary>
    private static double? ServerTime(HttpResponseMessage r) =>
        r.Headers.TryGetValues("Server-Timing", out var v) && v.FirstOrDefault() is { } s && s.Split("dur=") is [_, var d]
            ? double.Parse(d, CultureInfo.InvariantCulture) : null;
}
