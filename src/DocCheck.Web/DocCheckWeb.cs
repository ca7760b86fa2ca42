using System.Reflection;
using DocCheck.Application;
using DocCheck.Application.Documents;
using DocCheck.Application.Indexing;
using DocCheck.Application.Lint;
using DocCheck.Application.Queries;
using DocCheck.Application.Roles;
using DocCheck.Corpus;
using DocCheck.Web.Api;
using DocCheck.Web.Drafts;
using DocCheck.Web.Html;
using DocCheck.Web.Pages;
using DocCheck.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DocCheck.Web;

/// <summary>
/// The web application of <c>doccheck serve</c>: server-rendered pages and a JSON API over the same application
/// services as the CLI. Nothing is loaded from another site; every answer carries a Content-Security-Policy that
/// forbids other origins and inline script.
/// </summary>
public static class DocCheckWeb
{
    /// <summary>
    /// Builds the application. Listening beyond this machine without any account is refused (a
    /// <see cref="UsageException"/>): a corpus of an office's documents is not served to a network unguarded.
    /// <paramref name="configure"/> lets tests swap the server (TestServer) or the logging.
    /// </summary>
    public static WebApplication Build(WebOptions options, Action<WebApplicationBuilder>? configure = null, Action<string>? notify = null)
    {
        var accounts = Accounts.For(options.Db);
        if (!Access.LoopbackOnly(options.Urls) && !accounts.Any())
            throw new UsageException($"{string.Join(", ", options.Urls)}: nghe trên địa chỉ khác máy này cần ít nhất một tài khoản; tạo bằng 'doccheck users add TÊN --role reader|archivist' / listening beyond this machine needs at least one account: 'doccheck users add NAME --role reader|archivist'");

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "DocCheck.Web", EnvironmentName = "Production" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxUpload + 65536;
            k.AddServerHeader = false;
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error)
            // Errors a person can act on are answered, not logged as crashes; HandleError logs the real ones (500).
            .AddFilter("Microsoft.AspNetCore.Diagnostics", LogLevel.None);
        // The keys of the sign-in and antiforgery cookies live beside the corpus, so a restart keeps people signed in.
        builder.Services.AddDataProtection().SetApplicationName("DocCheck")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Db))!, Path.GetFileNameWithoutExtension(options.Db) + ".keys")));
        builder.Services.AddRoutingCore();
        builder.Services.AddProblemDetails();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "doccheck-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__af";
        });
        builder.Services.AddAuthentication(Accounts.Scheme).AddCookie(Accounts.Scheme, o =>
        {
            o.Cookie.Name = "doccheck-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = "/login";
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
        });
        builder.Services.AddAuthorization();

        string db = options.Db;
        notify = Once(notify);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(accounts);
        builder.Services.AddSingleton(_ => new CorpusReaders(db, notify));
        builder.Services.AddSingleton(sp => new CorpusQueryService(sp.GetRequiredService<CorpusReaders>()));
        builder.Services.AddSingleton<CorpusSnapshot>();
        builder.Services.AddSingleton(_ => RoleModelLocator.Analyzer(options.NoModel, w => notify?.Invoke(w)));
        builder.Services.AddSingleton(sp => new LintService(sp.GetRequiredService<DocCheck.Pipeline.DocumentAnalyzer>()));
        builder.Services.AddSingleton(sp => new IndexService(sp.GetRequiredService<DocCheck.Pipeline.DocumentAnalyzer>()));
        builder.Services.AddSingleton<DocumentService>();
        builder.Services.AddSingleton<DraftChecks>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(ServerTiming);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleError });
        app.Use(SecurityHeaders);
        app.UseRouting();
        app.UseAuthentication();
        app.Use(RequireAccount);
        app.UseAuthorization();
        Map(app);
        // Gather the corpus facts for "check against the corpus" as soon as the server runs: on 100,000 documents they
        // read every citation (about 30 s), which the first such check must not wait for.
        app.Lifetime.ApplicationStarted.Register(() => Task.Run(() =>
        {
            try { app.Services.GetRequiredService<CorpusQueryService>().Read(c => app.Services.GetRequiredService<CorpusSnapshot>().Facts(c)); }
            catch (CorpusException) { }
        }));
        return app;
    }

    private static void Map(WebApplication app)
    {
        app.MapGet("/", SearchPage.Show);
        app.MapGet("/search", (HttpContext ctx) => Results.Redirect("/" + ctx.Request.QueryString));
        app.MapGet("/instruments", InstrumentPage.Show);
        app.MapGet("/instruments.csv", InstrumentPage.Csv);
        app.MapGet("/documents/{id}", (HttpContext ctx, DocumentService d, string id) => DocumentPage.Show(ctx, d, id));
        app.MapGet("/lint", (HttpContext ctx) => LintPage.Form(ctx));
        app.MapPost("/lint", LintPage.Post);
        app.MapGet("/lint/{token}/report.{format}", (HttpContext ctx, DraftChecks d, string token, string format) => LintPage.Download(ctx, d, token, format));
        app.MapPost("/lint/{token}/add", (HttpContext ctx, DraftChecks d, IndexService i, WebOptions o, string token) => LintPage.Add(ctx, d, i, o, token));
        app.MapGet("/conflicts", ConflictsPage.Show);
        app.MapGet("/rules", RulePages.List);
        app.MapGet("/rules/{id}", (HttpContext ctx, string id) => RulePages.Show(ctx, id));
        app.MapGet("/status", StatusPage.Show);
        app.MapGet("/login", (HttpContext ctx) => LoginPage.Form(ctx));
        app.MapPost("/login", LoginPage.Post);
        app.MapPost("/logout", (Func<HttpContext, Task<IResult>>)LoginPage.Logout);
        app.MapGet("/static/{*name}", Static);
        ApiEndpoints.Map(app);
        app.MapFallback((HttpContext ctx) => ctx.Request.Path.StartsWithSegments("/api")
            ? ApiEndpoints.Problem(404, "Không có địa chỉ này / not found", ctx.Request.Path.ToString())
            : Layout.Message(ctx, Ui.Of(ctx), 404, Ui.Of(ctx).T("Không có trang này", "No such page"), ctx.Request.Path.ToString()));
    }

    /// <summary>The same notice at most once a minute: every pooled connection opened while an index run writes would repeat it.</summary>
    private static Action<string>? Once(Action<string>? notify)
    {
        if (notify is null) return null;
        var last = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        return m =>
        {
            long now = Environment.TickCount64;
            if (last.TryGetValue(m, out long at) && now - at < 60_000) return;
            last[m] = now;
            notify(m);
        };
    }

    /// <summary>How long the app took to its first byte, as a Server-Timing header (the benchmark reads it; so can a browser's tools).</summary>
    private static Task ServerTiming(HttpContext ctx, Func<Task> next)
    {
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        ctx.Response.OnStarting(() =>
        {
            double ms = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            ctx.Response.Headers["Server-Timing"] = "app;dur=" + ms.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        return next();
    }

    /// <summary>Forbids other origins, inline script, framing and sniffing, on every answer.</summary>
    private static Task SecurityHeaders(HttpContext ctx, Func<Task> next)
    {
        var h = ctx.Response.Headers;
        h.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "same-origin";
        return next();
    }

    /// <summary>With accounts, everything but the sign-in page, the static files and the health check needs a signed-in account.</summary>
    private static Task RequireAccount(HttpContext ctx, Func<Task> next)
    {
        var accounts = ctx.RequestServices.GetRequiredService<Accounts>();
        if (Access.IsOpen(ctx.Request.Path) || ctx.User.Identity?.IsAuthenticated == true || !accounts.Any()) return next();
        if (ctx.Request.Path.StartsWithSegments("/api"))
            return ApiEndpoints.Problem(401, "Cần đăng nhập / sign-in required", "Hãy đăng nhập (POST /login) / sign in first").ExecuteAsync(ctx);
        ctx.Response.Redirect("/login?ReturnUrl=" + Uri.EscapeDataString(ctx.Request.Path + ctx.Request.QueryString));
        return Task.CompletedTask;
    }

    /// <summary>What went wrong, as a person reads it: problem details for the API, a page otherwise; the trace goes to the log only.</summary>
    private static async Task HandleError(HttpContext ctx)
    {
        var error = ctx.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, message) = error switch
        {
            UsageException e => (400, e.Message),
            CorpusException e => (503, e.Message),
            UploadException e => (e.Status, e.Message),
            BadHttpRequestException { StatusCode: 413 } => (413, "tệp gửi lên quá lớn / the upload is too large"),
            BadHttpRequestException e => (e.StatusCode, "yêu cầu không hợp lệ / bad request"),
            InvalidDataException => (413, "tệp gửi lên quá lớn / the upload is too large"),
            OperationCanceledException => (499, "yêu cầu đã bị hủy / the request was cancelled"),
            _ => (500, "lỗi nội bộ; chi tiết ở nhật ký máy chủ / internal error; see the server log"),
        };
        if (status == 500 && error is not null)
            ctx.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("DocCheck.Web").LogError(error, "{Path}", ctx.Request.Path.ToString());
        ctx.Response.StatusCode = status;
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            await ApiEndpoints.Problem(status, status switch { 400 => "Yêu cầu không hợp lệ / bad request", 503 => "Kho văn bản không dùng được / corpus unavailable", 413 => "Tệp quá lớn / too large", _ => "Lỗi / error" }, message).ExecuteAsync(ctx);
            return;
        }
        var ui = Ui.Of(ctx);
        await Layout.Message(ctx, ui, status, status switch
        {
            400 => ui.T("Yêu cầu không hợp lệ", "Bad request"),
            503 => ui.T("Kho văn bản chưa dùng được", "The corpus is not available"),
            413 => ui.T("Tệp quá lớn", "File too large"),
            _ => ui.T("Đã có lỗi", "Something went wrong"),
        }, message).ExecuteAsync(ctx);
    }

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".ttf"] = "font/ttf", [".png"] = "image/png", [".svg"] = "image/svg+xml", [".txt"] = "text/plain; charset=utf-8",
    };

    /// <summary>The app's own stylesheet, script and fonts, built into the assembly.</summary>
    private static IResult Static(HttpContext ctx, string name)
    {
        if (name.Contains("..") || !ContentTypes.TryGetValue(Path.GetExtension(name), out var type)) return Results.NotFound();
        var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("static/" + name);
        if (s is null) return Results.NotFound();
        ctx.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Stream(s, type);
    }
}
