using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DocCheck.Text;

namespace DocCheck.Reading.Html;

/// <summary>
/// Reads saved web pages (.html, .htm): the document's own content area on the legal portals
/// (thuvienphapluat.vn, vbpl.vn) and their property panel and lược đồ as <see cref="DocumentMetadata"/>; on
/// other pages the body without scripts, navigation, headers, footers and forms. Nothing is fetched or executed:
/// the page is parsed by a plain <see cref="HtmlParser"/> with scripting off and no browsing context.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    private static readonly HashSet<string> ChromeTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "header", "footer", "menu", "nav", "navbar", "sidebar", "breadcrumb", "breadcrumbs", "topmenu", "top_menu",
        "toplinks", "banner", "cookie", "cookies", "share", "social", "advert", "ads", "login", "search",
    };

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public ReadResult Read(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return ReadPage(path, bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReadResult.Fail(path, ReadErrorKind.Corrupt, e.GetType().Name + ": " + e.Message);
        }
    }

    private static ReadResult ReadPage(string path, ReadOnlySpan<byte> bytes)
    {
        var (html, encoding, error) = HtmlDecoding.Decode(bytes);
        if (html is null) return ReadResult.Fail(path, error ?? ReadErrorKind.UnknownEncoding);
        if (HtmlNesting.EstimateDepth(html, HtmlNesting.MaxDepth) > HtmlNesting.MaxDepth)
            return ReadResult.Fail(path, ReadErrorKind.Corrupt, $"elements nested deeper than {HtmlNesting.MaxDepth:N0} levels");

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        IHtmlDocument doc = parser.ParseDocument(html);

        string? portal = PortalPages.PortalOf(doc);
        var root = PortalPages.ContentRoot(doc, portal);
        string text;
        if (root is not null)
        {
            text = HtmlTextExtractor.Extract(root, el => PortalPages.IsPortalChrome(el) || el.LocalName == "nav");
        }
        else
        {
            var body = (IElement?)doc.Body ?? doc.DocumentElement;
            int bodyText = HtmlTextExtractor.VisibleLength(body);
            text = HtmlTextExtractor.Extract(body, el => IsChrome(el, bodyText));
        }

        var metadata = PortalPages.Metadata(doc, portal);
        if (text.Trim().Length == 0 && metadata is null) return ReadResult.Fail(path, ReadErrorKind.Empty, "no text in the page");
        return ReadResult.Ok(new SourceText(path, text), encoding) with { Metadata = metadata };
    }

    /// <summary>Site chrome on a page without a known content area.</summary>
    private static bool IsChrome(IElement el, int bodyText)
    {
        switch (el.LocalName)
        {
            case "nav" or "aside" or "header" or "footer" or "menu": return true;
            // ASP.NET pages wrap the whole page in one form: keep a form that holds most of the page.
            case "form": return HtmlTextExtractor.VisibleLength(el) * 2 < bodyText;
        }
        string? role = el.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "search" or "complementary") return true;
        if (el.Id is { Length: > 0 } id && ChromeTokens.Contains(id)) return true;
        foreach (string c in el.ClassList) if (ChromeTokens.Contains(c)) return true;
        return false;
    }
}
