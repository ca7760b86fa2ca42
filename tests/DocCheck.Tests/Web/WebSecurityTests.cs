using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocCheck.Application;
using DocCheck.Application.Indexing;
using DocCheck.Pipeline;
using DocCheck.Tests.TestSupport;
using DocCheck.Web;
using DocCheck.Web.Security;
using Microsoft.AspNetCore.TestHost;
using static DocCheck.Tests.Web.WebFixture;

namespace DocCheck.Tests.Web;

/// <summary>Accounts, roles, the loopback rule, and pages that keep answering while another run indexes.</summary>
public sealed class WebSecurityTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "doccheck-websec-" + Guid.NewGuid().ToString("N")[..8]);
    private string Db => Path.Combine(_dir, "corpus.db");

    public WebSecurityTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "docs"));
        foreach (var f in Directory.GetFiles(RepoPaths.Corpus, "*.txt")) File.Copy(f, Path.Combine(_dir, "docs", Path.GetFileName(f)));
        TestCorpus.Index(Db, [Path.Combine(_dir, "docs")]);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://192.168.1.10:5080")]
    [InlineData("http://127.0.0.1:5080;http://[::]:5081")]
    public void Listening_beyond_this_machine_without_an_account_is_refused(string urls)
    {
        var e = Assert.Throws<UsageException>(() => DocCheckWeb.Build(new WebOptions { Db = Db, Urls = urls.Split(';') }));
        Assert.Contains("doccheck users add", e.Message);
        Assert.True(Access.LoopbackOnly(["http://127.0.0.1:5080", "http://localhost:1", "http://[::1]:2"]));
    }

    [Fact]
    public void Serve_on_a_network_address_without_accounts_exits_2_saying_why()
    {
        var r = CliRunner.Run(_dir, "serve", "--db", Db, "--urls", "http://0.0.0.0:0");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("tài khoản", r.StdErr);
        Assert.DoesNotContain("   at ", r.StdErr);
    }

    [Fact]
    public void Users_add_stores_a_salted_hash_never_the_password()
    {
        var r = CliRunner.RunWithInput(_dir, "mật-khẩu-rất-dài\n", "users", "add", "lan", "--role", "archivist", "--db", Db);
        Assert.Equal(0, r.ExitCode);
        string file = Path.Combine(_dir, "corpus.users.json");
        string json = File.ReadAllText(file);
        Assert.DoesNotContain("mật-khẩu-rất-dài", json);
        var accounts = new Accounts(file);
        Assert.Equal(Role.Archivist, accounts.Verify("lan", "mật-khẩu-rất-dài")!.Role);
        Assert.Null(accounts.Verify("lan", "wrong-password"));
        Assert.Equal(2, CliRunner.RunWithInput(_dir, "short\n", "users", "add", "x", "--db", Db).ExitCode);
        var list = CliRunner.Run(_dir, "users", "list", "--db", Db);
        Assert.Contains("lan\tarchivist", list.StdOut);
        // With an account, a network address is allowed.
        using var app = DocCheckWeb.Build(new WebOptions { Db = Db, Urls = ["http://0.0.0.0:0"] });
    }

    [Fact]
    public async Task With_accounts_everyone_signs_in_readers_read_and_archivists_alone_add_documents()
    {
        var accounts = Accounts.For(Db);
        accounts.Set("doc", Role.Reader, "reader-password");
        accounts.Set("luu", Role.Archivist, "archivist-password");
        await using var app = Start(new WebOptions { Db = Db });
        await app.StartAsync();
        var fixtureLike = new Func<HttpClient>(() =>
        {
            var server = app.GetTestServer();
            return new HttpClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler { InnerHandler = server.CreateHandler() }) { BaseAddress = new Uri("http://localhost") };
        });

        using var anonymous = fixtureLike();
        var home = await anonymous.GetAsync("/?q=ke+hoach");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/login", home.Headers.Location!.OriginalString);
        var api = await anonymous.GetAsync("/api/search?q=ke+hoach");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/static/site.css")).StatusCode);

        using var wrong = fixtureLike();
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(wrong, "doc", "not-the-password")).StatusCode);

        using var reader = fixtureLike();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(reader, "doc", "reader-password")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/?q=ke+hoach")).StatusCode);
        string token = await Token(reader, "/lint");
        string result = await (await reader.PostAsync("/lint", Upload("moi-2024.txt", Encoding.UTF8.GetBytes(NewPlan), ("__af", token)))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("/add\"", result);
        string draftToken = Regex.Match(result, "/lint/([0-9a-f]{32})/report").Groups[1].Value;
        var refused = await reader.PostAsync($"/lint/{draftToken}/add", new FormUrlEncodedContent([new("__af", await Token(reader, "/lint"))]));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        // Another account cannot download the reader's report.
        using var archivist = fixtureLike();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(archivist, "luu", "archivist-password")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await archivist.GetAsync($"/lint/{draftToken}/report.json")).StatusCode);

        string t2 = await Token(archivist, "/lint");
        string checkedHtml = await (await archivist.PostAsync("/lint", Upload("moi-2024.txt", Encoding.UTF8.GetBytes(NewPlan), ("__af", t2)))).Content.ReadAsStringAsync();
        string tok = Regex.Match(checkedHtml, "action=\"/lint/([0-9a-f]{32})/add\"").Groups[1].Value;
        Assert.NotEmpty(tok);
        var added = await archivist.PostAsync($"/lint/{tok}/add", new FormUrlEncodedContent([new("__af", await Token(archivist, "/lint"))]));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.StartsWith("/documents/", added.Headers.Location!.OriginalString);
        Assert.True(File.Exists(Directory.GetFiles(Path.Combine(_dir, "corpus.files"), "moi-2024.txt", SearchOption.AllDirectories).Single()));
        Assert.Equal(HttpStatusCode.OK, (await archivist.GetAsync(added.Headers.Location!.OriginalString)).StatusCode);
        await Task.Delay(2100); // the pooled connections look at the store every 2 s
        using var found = JsonDocument.Parse(await archivist.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("phát triển hợp tác xã Thử Nghiệm")));
        Assert.Contains(found.RootElement.GetProperty("results").EnumerateArray(), h => h.GetProperty("name").GetString() == "moi-2024.txt");
    }

    private const string NewPlan = "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM\nSố: 77/KH-UBND\nThử Nghiệm, ngày 5 tháng 6 năm 2024\nKẾ HOẠCH\nPhát triển hợp tác xã tỉnh Thử Nghiệm năm 2024\nCăn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;\n";

    private static async Task<HttpResponseMessage> SignIn(HttpClient c, string name, string password)
    {
        string token = await Token(c, "/login");
        return await c.PostAsync("/login", new FormUrlEncodedContent([new("__af", token), new("name", name), new("password", password), new("return", "/")]));
    }

    [Fact]
    public async Task Thirty_two_lint_requests_at_once_and_searches_are_answered_while_an_index_run_writes()
    {
        await using var app = Start(new WebOptions { Db = Db });
        await app.StartAsync();
        var server = app.GetTestServer();
        using var c = new HttpClient(server.CreateHandler()) { BaseAddress = new Uri("http://localhost") };
        Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/?q=ke+hoach")).StatusCode);

        // Another index run writes 150 more documents meanwhile, in small batches.
        string more = Path.Combine(_dir, "more");
        Directory.CreateDirectory(more);
        var seeds = Directory.GetFiles(RepoPaths.Corpus, "*.txt");
        for (int i = 0; i < 150; i++) File.WriteAllText(Path.Combine(more, $"copy-{i:000}.txt"), File.ReadAllText(seeds[i % seeds.Length]) + $"\nBản sao số {i}\n");
        var indexing = Task.Run(() => TestCorpus.Index(Db, [more], batchSize: 8));

        byte[] draft = File.ReadAllBytes(RepoPaths.CorpusFile("bagiang-2023-draft-KH-UBND.txt"));
        var lints = Enumerable.Range(0, 32).Select(_ => c.PostAsync("/api/lint", Upload("draft.txt", draft))).ToList();
        var searches = Enumerable.Range(0, 8).Select(i => c.GetAsync($"/api/search?q=cai+cach&offset={i}")).ToList();
        var answers = await Task.WhenAll(lints.Concat(searches));
        var summary = await indexing;
        Assert.Equal(150, summary.Indexed);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        foreach (var a in answers.Take(32)) Assert.Contains("DC1001", await a.Content.ReadAsStringAsync());
        await Task.Delay(2100);
        using var health = JsonDocument.Parse(await c.GetStringAsync("/api/health"));
        Assert.Equal(155, health.RootElement.GetProperty("documents").GetInt32());
    }
}
