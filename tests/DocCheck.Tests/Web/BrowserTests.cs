using System.Text;
using System.Text.RegularExpressions;
using DocCheck.Tests.TestSupport;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using Xunit.Abstractions;

namespace DocCheck.Tests.Web;

/// <summary>
/// doccheck serve end to end in a real headless chromium: search without accents, citations, a draft upload, the CSV
/// download, and every page without console errors (CSP violations land there), each page's screenshot saved.
/// </summary>
public sealed class BrowserTests(BrowserFixture web, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string Instrument = "61/2018/NĐ-CP";

    private IWebDriver Driver => web.Driver;

    private WebDriverWait Wait(double seconds = 15) => new(Driver, TimeSpan.FromSeconds(seconds)) { PollingInterval = TimeSpan.FromMilliseconds(50) };

    private object? Js(string script, params object[] args) => ((IJavaScriptExecutor)Driver).ExecuteScript(script, args);

    /// <summary>The HTTP status of the page now shown (Navigation Timing's responseStatus).</summary>
    private long Status() => Convert.ToInt64(Js("return performance.getEntriesByType('navigation')[0].responseStatus;") ?? 0L);

    private IWebElement WaitFor(string css, double seconds = 15) => Wait(seconds).Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed));

    /// <summary>Clicks <paramref name="link"/> and waits for the next page to have loaded.</summary>
    private void ClickAndWaitForNewPage(IWebElement link)
    {
        var html = Driver.FindElement(By.TagName("html"));
        Js("arguments[0].scrollIntoView({block: 'center'});", link);
        link.Click();
        Wait().Until(d =>
        {
            try { _ = html.Displayed; return false; }
            // The old page's root is gone: chromedriver says "stale element", or — while the new document is being
            // attached — "Node with given id does not belong to the document".
            catch (StaleElementReferenceException) { return Equals(Js("return document.readyState;"), "complete"); }
            catch (UnknownErrorException e) when (e.Message.Contains("does not belong to the document", StringComparison.Ordinal)) { return false; }
        });
    }

    private void Go(string pathAndQuery) => Driver.Navigate().GoToUrl(web.Url(pathAndQuery));

    /// <summary>Uploads the draft seed on /lint and waits for the result.</summary>
    private void CheckDraftSeed()
    {
        Go("/lint");
        WaitFor("input#file[name=file]").SendKeys(RepoPaths.CorpusFile(Seeds.BaGiangDraft));
        ClickAndWaitForNewPage(Driver.FindElement(By.CssSelector("form.lint button[type=submit]")));
        WaitFor("aside.findings");
    }

    [BrowserFact]
    public void Searching_without_accents_finds_a_document_and_its_page_shows_the_title()
    {
        Go("/");
        var box = WaitFor("input[name=q]");
        box.SendKeys("mot cua lien thong");
        ClickAndWaitForNewPage(Driver.FindElement(By.CssSelector("form.search button[type=submit]")));

        Assert.Contains("q=mot", Driver.Url);
        var first = WaitFor("ol.hits li.hit a.title");
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("li.hit .snippet mark")));
        string title = first.Text.Trim();
        Assert.NotEqual("", title);
        string href = first.GetAttribute("href") ?? "";
        Assert.Matches("/documents/[0-9a-f]{16}$", href);

        ClickAndWaitForNewPage(first);
        Assert.Equal(href, Driver.Url);
        Assert.Equal(200, Status());
        Assert.Equal(title, WaitFor("h1.doc-title").Text.Trim());
        Assert.StartsWith(title, Driver.Title);
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("article.text p.ln[id^=L]")));
    }

    /// <summary>Opens the first document found citing <see cref="Instrument"/> (the Tây Ninh plan: many citations).</summary>
    private void OpenDocumentCitingTheInstrument()
    {
        Go("/?q=" + Uri.EscapeDataString(Instrument) + "&text=1");
        ClickAndWaitForNewPage(WaitFor("ol.hits li.hit a.title"));
        WaitFor("h1.doc-title");
    }

    /// <summary>The distinct targets of the citation links in the text, in order.</summary>
    private List<string> CitationHrefs() =>
        Driver.FindElements(By.CssSelector("article.text a.cite")).Select(a => a.GetAttribute("href") ?? "").Distinct().ToList();

    /// <summary>A link to a document of the corpus, or to the instrument page of a numbered instrument (61/2018/NĐ-CP, 18-NQ/TW).</summary>
    private static bool IsNumbered(string href) =>
        href.Contains("/documents/", StringComparison.Ordinal) || Regex.IsMatch(Uri.UnescapeDataString(href), @"/instruments\?q=\d");

    [BrowserFact]
    public void A_citation_link_on_a_document_page_leads_to_a_document_or_an_instrument_page()
    {
        OpenDocumentCitingTheInstrument();
        var cites = Driver.FindElements(By.CssSelector("article.text a.cite"));
        Assert.NotEmpty(cites);
        // A numbered one: links to laws cited by name answer 400 (see Every_citation_link_answers_200).
        var cite = cites.First(c => IsNumbered(c.GetAttribute("href") ?? ""));
        string href = cite.GetAttribute("href") ?? "";
        Assert.Matches("/(documents/[0-9a-f]{16}|instruments\\?q=.+)$", href);

        ClickAndWaitForNewPage(cite);
        Assert.Equal(href, Driver.Url);
        Assert.Equal(200, Status());
        Assert.NotEqual("", WaitFor("main h1").Text.Trim());
    }

    [BrowserFact]
    public void Every_citation_link_answers_200()
    {
        OpenDocumentCitingTheInstrument();
        var bad = new List<string>();
        using var http = new HttpClient();
        foreach (string href in CitationHrefs())
        {
            var status = (int)http.GetAsync(href).GetAwaiter().GetResult().StatusCode;
            if (status != 200) bad.Add($"{status} {Uri.UnescapeDataString(href)}");
        }
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [BrowserFact]
    public void A_citation_link_covers_the_number_it_links_to()
    {
        OpenDocumentCitingTheInstrument();
        var wrong = new List<string>();
        foreach (var group in Driver.FindElements(By.CssSelector("article.text a.cite")).GroupBy(a => a.GetAttribute("href") ?? ""))
        {
            var q = Regex.Match(Uri.UnescapeDataString(group.Key), @"/instruments\?q=(\d+)");
            if (!q.Success) continue;
            string text = string.Concat(group.Select(a => a.GetAttribute("textContent")));
            if (!text.Contains(q.Groups[1].Value, StringComparison.Ordinal)) wrong.Add($"{Uri.UnescapeDataString(group.Key)} links \"{text}\"");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [BrowserFact]
    public void The_console_check_sees_a_CSP_violation()
    {
        if (!web.HasConsoleLog) return; // nothing to check where chromedriver gives no browser log
        Go("/rules");
        ConsoleErrors();
        Js("var s = document.createElement('script'); s.textContent = 'window.inlineRan = true;'; document.body.appendChild(s);");
        Assert.Null(Js("return window.inlineRan;"));
        Assert.Contains(Wait(5).Until(_ => ConsoleErrors() is { Count: > 0 } e ? e : null), e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [BrowserFact]
    public void Uploading_the_draft_seed_on_the_lint_page_shows_the_DC1001_finding_and_an_error_mark()
    {
        CheckDraftSeed();
        Assert.Equal(200, Status());
        Assert.Contains(Seeds.BaGiangDraft, Driver.FindElement(By.CssSelector("main h1")).Text);
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("aside.findings li.finding[data-rule=DC1001]")));
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("article.text mark.error")));
    }

    [BrowserFact]
    public void The_CSV_download_of_an_instrument_page_is_UTF8_with_a_BOM_a_header_and_rows()
    {
        foreach (string old in Directory.GetFiles(web.Downloads)) File.Delete(old);
        Go("/instruments?q=" + Uri.EscapeDataString(Instrument));
        Assert.Equal(200, Status());
        var link = WaitFor("a.download");
        Assert.Contains("/instruments.csv?q=", link.GetAttribute("href"));
        link.Click();

        string? csv = null;
        Wait(20).Until(_ =>
        {
            csv = Directory.GetFiles(web.Downloads, "*.csv").FirstOrDefault(f => new FileInfo(f).Length > 0);
            return csv is not null && !Directory.GetFiles(web.Downloads, "*.crdownload").Any();
        });
        byte[] bytes = File.ReadAllBytes(csv!);
        Assert.True(bytes.Length > 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "the CSV starts with a UTF-8 BOM");
        var lines = new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("file,number,date,issuer,title,key,cited_date,relation,line,column,text", lines[0]);
        Assert.True(lines.Length >= 2, "at least one citing row");
        Assert.Contains(lines.Skip(1), l => l.Contains(Instrument, StringComparison.Ordinal));
    }

    [BrowserFact]
    public void Every_page_loads_without_console_errors_and_is_screenshotted()
    {
        var pages = new List<(string Name, Action Open)>
        {
            ("search-results", () => Go("/?q=" + Uri.EscapeDataString("mot cua lien thong"))),
        };
        OpenDocumentCitingTheInstrument();
        string doc = new Uri(Driver.Url).AbsolutePath;
        pages.Add(("document", () => Go(doc)));
        foreach (string tab in (string[])["thuoc-tinh", "luoc-do", "chi-tieu", "tuong-tu"])
            pages.Add(("document-" + tab, () => Go(doc + "?tab=" + tab)));
        pages.Add(("instrument", () => Go("/instruments?q=" + Uri.EscapeDataString(Instrument))));
        pages.Add(("lint-form", () => Go("/lint")));
        pages.Add(("lint-result", CheckDraftSeed));
        pages.Add(("conflicts", () => Go("/conflicts")));
        pages.Add(("rules", () => Go("/rules")));
        pages.Add(("rule-DC1001", () => Go("/rules/DC1001")));
        pages.Add(("status", () => Go("/status")));
        pages.Add(("search-results-en", () => Go("/?q=" + Uri.EscapeDataString("mot cua lien thong") + "&lang=en")));

        var problems = new List<string>();
        int n = 0;
        ConsoleErrors(); // what earlier pages left in the log
        try
        {
            foreach (var (name, open) in pages) Visit(name, open, ++n, problems);
        }
        finally
        {
            Go("/?lang=vi"); // the language is remembered in a cookie: the other tests see the Vietnamese pages
        }
        if (!web.HasConsoleLog) output.WriteLine("chromedriver gives no browser log here: console errors not checked");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Opens one page, notes its status, missing h1 and console errors, and saves its screenshot.</summary>
    private void Visit(string name, Action open, int n, List<string> problems)
    {
        open();
        Wait().Until(_ => Equals(Js("return document.readyState;"), "complete") && Equals(Js("return document.fonts.status;"), "loaded"));
        long status = Status();
        if (status != 200) problems.Add($"{name}: HTTP {status} at {Driver.Url}");
        if (Driver.FindElements(By.CssSelector("main h1")).Count == 0) problems.Add($"{name}: no h1 at {Driver.Url}");
        foreach (string e in ConsoleErrors()) problems.Add($"{name}: console: {e}");

        string file = Path.Combine(web.Screenshots, $"{n:00}-{name}.png");
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(file);
        var info = new FileInfo(file);
        Assert.True(info.Exists && info.Length > 0, $"{file} is empty");
        output.WriteLine($"{name}: {Driver.Url} → {file} ({info.Length} bytes)");
    }

    /// <summary>The SEVERE entries of the browser console since the last call (empty where the log cannot be read).</summary>
    private List<string> ConsoleErrors()
    {
        if (!web.HasConsoleLog) return [];
        return Driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level == LogLevel.Severe).Select(e => e.Message).ToList();
    }
}
