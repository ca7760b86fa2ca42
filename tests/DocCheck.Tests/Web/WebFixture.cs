using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocCheck.Tests.TestSupport;
using DocCheck.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;

namespace DocCheck.Tests.Web;

/// <summary>
/// The web application in-process (TestServer) over a temporary corpus: the five seeds, a plan whose text holds
/// markup and script, and a file that cannot be read (for the status page).
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "doccheck-web-" + Guid.NewGuid().ToString("N")[..8]);
    public string Db => Path.Combine(Dir, "corpus.db");
    public string Docs => Path.Combine(Dir, "docs");
    public WebApplication App { get; private set; } = null!;

    public const string HostileText = "ỦY BAN NHÂN DÂN TỈNH THỬ\nSố: 12/KH-UBND\nThử, ngày 3 tháng 4 năm 2024\nKẾ HOẠCH\nThử chữ <script>alert('x')</script> và <img src=x onerror=alert(1)> trong văn bản\nCăn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;\n";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Docs);
        foreach (var f in Directory.GetFiles(RepoPaths.Corpus, "*.txt")) File.Copy(f, Path.Combine(Docs, Path.GetFileName(f)));
        File.WriteAllText(Path.Combine(Docs, "hostile-2024-KH.txt"), HostileText);
        File.WriteAllText(Path.Combine(Docs, "not-really.docx"), "this is plain text, not a Word file");
        TestCorpus.Index(Db, [Docs]);
        App = Start(new WebOptions { Db = Db });
        await App.StartAsync();
    }

    /// <summary>An app over <paramref name="options"/> on a TestServer (not yet started).</summary>
    public static WebApplication Start(WebOptions options) => DocCheckWeb.Build(options, b => b.WebHost.UseTestServer());

    /// <summary>A client that keeps cookies (antiforgery, sign-in) and does not follow redirects.</summary>
    public HttpClient Client(WebApplication? app = null)
    {
        var server = (app ?? App).GetTestServer();
        var client = new HttpClient(new CookieContainerHandler { InnerHandler = server.CreateHandler() }) { BaseAddress = new Uri("http://localhost") };
        return client;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        try { Directory.Delete(Dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>The antiforgery token of the form on <paramref name="page"/> (the cookie stays in the client).</summary>
    public static async Task<string> Token(HttpClient client, string page)
    {
        string html = await client.GetStringAsync(page);
        return Regex.Match(html, "name=\"__af\" value=\"([^\"]+)\"").Groups[1].Value;
    }

    /// <summary>A multipart form with a file <c>file</c> and the given fields.</summary>
    public static MultipartFormDataContent Upload(string name, byte[] bytes, params (string Key, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(bytes), "file", name);
        foreach (var (k, v) in fields) form.Add(new StringContent(v, Encoding.UTF8), k);
        return form;
    }

    public static async Task<(HttpStatusCode Status, string Body, string? Type)> Send(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }
}
