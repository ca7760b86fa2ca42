using System.Net;
using System.Net.Sockets;
using DocCheck.Application.Indexing;
using DocCheck.Pipeline;
using DocCheck.Tests.TestSupport;
using DocCheck.Web;
using Microsoft.AspNetCore.Builder;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace DocCheck.Tests.Web;

/// <summary>
/// The system chromium and its chromedriver (Debian: packages chromium, chromium-driver; .ci/run installs them).
/// Selenium Manager is never asked for either: the tests use these two files or skip.
/// </summary>
public static class SystemChromium
{
    private static readonly Lazy<(string? Browser, string? Driver)> Found = new(() =>
        (Find(Environment.GetEnvironmentVariable("DOCCHECK_CHROMIUM"), "chromium", "chromium-browser"),
         Find(Environment.GetEnvironmentVariable("DOCCHECK_CHROMEDRIVER"), "chromedriver")));

    /// <summary>The browser executable (/usr/bin/chromium on Debian), or null.</summary>
    public static string? Browser => Found.Value.Browser;

    /// <summary>The driver executable (/usr/bin/chromedriver on Debian), or null.</summary>
    public static string? Driver => Found.Value.Driver;

    /// <summary>Why browser tests cannot run here, or null when they can.</summary>
    public static string? Unavailable =>
        !OperatingSystem.IsLinux() ? "browser tests use the system chromium of a Linux machine"
        : Browser is null && Driver is null ? "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"
        : Browser is null ? "chromium is not installed (apt-get install chromium)"
        : Driver is null ? "chromedriver is not installed (apt-get install chromium-driver)"
        : null;

    private static string? Find(string? overridePath, params string[] names)
    {
        if (!string.IsNullOrEmpty(overridePath)) return File.Exists(overridePath) ? overridePath : null;
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Append("/usr/bin");
        foreach (string name in names)
            foreach (string dir in dirs)
            {
                string p = Path.Combine(dir, name);
                if (File.Exists(p)) return p;
            }
        return null;
    }
}

/// <summary>A fact that needs <see cref="SystemChromium"/>; skipped, with the reason, where chromium or chromedriver is missing.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (SystemChromium.Unavailable is { } why) Skip = why;
    }
}

/// <summary>
/// One real Kestrel server on 127.0.0.1 (a free port) over a temporary corpus of the five seeds, and one headless
/// chromium driven by chromedriver, shared by the tests of a class. Downloads go to <see cref="Downloads"/>.
/// </summary>
public sealed class BrowserFixture : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("doccheck-browser-").FullName;
    private readonly WebApplication? _app;
    private readonly ChromeDriver? _driver;

    /// <summary>The server's address, without a final slash.</summary>
    public string BaseUrl { get; } = "";

    /// <summary>Where the browser saves downloads.</summary>
    public string Downloads { get; }

    /// <summary>Where the tests save the screenshots of the pages (TestResults/screenshots beside the test assembly).</summary>
    public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Whether the browser's console log can be read (chromedriver's goog:loggingPrefs).</summary>
    public bool HasConsoleLog { get; }

    public BrowserFixture()
    {
        Downloads = Directory.CreateDirectory(Path.Combine(_dir, "downloads")).FullName;
        if (SystemChromium.Unavailable is not null) return; // every test skips; nothing to start
        try
        {
            string db = Path.Combine(_dir, "db", "corpus.db");
            var summary = new IndexService(new DocumentAnalyzer()).Index(new IndexRequest([RepoPaths.Corpus], db), null, CancellationToken.None);
            if (summary.Indexed != Seeds.All.Length) throw new InvalidOperationException($"indexed {summary.Indexed} seeds, expected {Seeds.All.Length}");

            BaseUrl = "http://127.0.0.1:" + FreePort();
            _app = DocCheckWeb.Build(new WebOptions { Db = db, Urls = [BaseUrl] });
            _app.StartAsync().GetAwaiter().GetResult();

            Directory.CreateDirectory(Screenshots);
            _driver = StartChromium(Path.Combine(_dir, "profile"));
            _driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
            try
            {
                HasConsoleLog = _driver.Manage().Logs.AvailableLogTypes.Contains(LogType.Browser);
            }
            catch (WebDriverException) { HasConsoleLog = false; }
            catch (NotImplementedException) { HasConsoleLog = false; }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The shared browser.</summary>
    public ChromeDriver Driver => _driver ?? throw new InvalidOperationException(SystemChromium.Unavailable ?? "the browser did not start");

    /// <summary>An absolute address on the server.</summary>
    public string Url(string pathAndQuery) => BaseUrl + pathAndQuery;

    private ChromeDriver StartChromium(string profile)
    {
        // Selenium Manager is only consulted when a path is missing; both are given, and offline it could not download anyway.
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(SystemChromium.Driver)!, Path.GetFileName(SystemChromium.Driver)!);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = SystemChromium.Browser! };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000", "--disable-dev-shm-usage",
            "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--lang=vi-VN");
        options.AddUserProfilePreference("download.default_directory", Downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        options.AddUserProfilePreference("download.directory_upgrade", true);
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        try { return ((IPEndPoint)l.LocalEndpoint).Port; }
        finally { l.Stop(); }
    }

    public void Dispose()
    {
        try { _driver?.Quit(); } catch (WebDriverException) { }
        _driver?.Dispose();
        if (_app is not null)
        {
            _app.StopAsync().GetAwaiter().GetResult();
            _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        for (int attempt = 0; attempt < 5 && Directory.Exists(_dir); attempt++)
        {
            try { Directory.Delete(_dir, true); }
            catch (IOException) { Thread.Sleep(200); }
            catch (UnauthorizedAccessException) { Thread.Sleep(200); }
        }
    }
}
