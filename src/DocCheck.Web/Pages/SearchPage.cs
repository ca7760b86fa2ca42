using System.Text;
using DocCheck.Application;
using DocCheck.Application.Documents;
using DocCheck.Application.Queries;
using DocCheck.Application.Reporting;
using DocCheck.Corpus;
using DocCheck.Web.Html;
using Microsoft.AspNetCore.Http;
using static DocCheck.Web.Html.H;

namespace DocCheck.Web.Pages;

/// <summary>The home page: one search box (accents optional), filters with counts, results with their marked passage, pages.</summary>
internal static class SearchPage
{
    public const int PageSize = 20;
    private static readonly string[] FilterKeys = ["type", "issuer", "province", "from", "to", "relation", "status"];

    /// <summary>The search the query string asks for, or null for the empty home page; a filter that cannot be read is a <see cref="UsageException"/>.</summary>
    public static SearchRequest? Request(HttpRequest req, int pageSize)
    {
        string q = ((string?)req.Query["q"] ?? "").Trim();
        if (q.Length == 0) return null;
        int? Year(string key)
        {
            string? v = req.Query[key];
            if (string.IsNullOrWhiteSpace(v)) return null;
            return int.TryParse(v, out int y) && y is >= 1900 and <= 2200 ? y : throw new UsageException($"{key}=\"{v}\": cần một năm, ví dụ 2021 / expected a year");
        }
        DocCheck.Extraction.Citations.CitationRelation? rel = null;
        if ((string?)req.Query["relation"] is { Length: > 0 } rv)
            rel = Enum.TryParse<DocCheck.Extraction.Citations.CitationRelation>(rv, true, out var r) ? r
                : CorpusWords.ParseRelation(rv) ?? throw new UsageException($"relation=\"{rv}\": cần căn cứ, thực hiện, sửa đổi, thay thế, bãi bỏ hoặc dẫn chiếu / unknown relation");
        int page = int.TryParse(req.Query["page"], out int p) ? Math.Clamp(p, 1, 500) : 1;
        return new SearchRequest(q.Length > 500 ? q[..500] : q)
        {
            Type = Blank(req.Query["type"]), Issuer = Blank(req.Query["issuer"]), Province = Blank(req.Query["province"]),
            FromYear = Year("from"), ToYear = Year("to"), Relation = rel, Status = Blank(req.Query["status"]),
            Offset = (page - 1) * pageSize, Limit = pageSize, Counts = true,
        };
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static IResult Show(HttpContext ctx, CorpusQueryService queries)
    {
        var ui = Ui.Of(ctx);
        string q = ((string?)ctx.Request.Query["q"] ?? "").Trim();
        if (q.Length > 0 && InstrumentQueryParser.IsOnlyANumber(q) && ctx.Request.Query["text"] != "1")
            return Results.Redirect(Href("/instruments", ("q", q)));
        var sb = new StringBuilder();
        sb.Append("<h1 class=\"visually-hidden\">").Append(E(ui.T("Tìm kiếm văn bản", "Search documents"))).Append("</h1>");
        Box(sb, ctx, ui, q);
        SearchRequest? request;
        try { request = Request(ctx.Request, PageSize); }
        catch (UsageException e)
        {
            sb.Append("<p class=\"problem\">").Append(E(e.Message)).Append("</p>");
            return Layout.Page(ctx, ui, ui.T("Tìm kiếm", "Search"), sb.ToString(), 400, "search");
        }
        if (request is null)
        {
            sb.Append("<section class=\"intro\"><p>").Append(E(ui.T(
                "Gõ từ cần tìm, có dấu hay không dấu. Viết \"cụm từ\" trong ngoặc kép, -từ để loại, OR giữa hai từ. Gõ số hiệu (61/2018, nđ 61/2018, qđ 225/2016) để xem văn bản nào dẫn văn bản đó.",
                "Type words, accents optional. \"Quoted phrases\", -word to leave out, OR between words. Type an instrument number (61/2018, nd 61/2018) to see who cites it."))).Append("</p></section>");
            return Layout.Page(ctx, ui, ui.T("Tìm kiếm", "Search"), sb.ToString(), 200, "search");
        }
        var results = queries.Search(request);
        sb.Append("<div class=\"results-grid\"><aside class=\"facets\">");
        Facets(sb, ctx, ui, results);
        sb.Append("</aside><section class=\"results\">");
        int page = request.Offset / PageSize + 1;
        sb.Append("<p class=\"total\">").Append(E(ui.T($"{N(results.Total)} văn bản", $"{N(results.Total)} documents")));
        if (results.Total > 0) sb.Append(E(ui.T($" · trang {page}", $" · page {page}")));
        sb.Append("</p>");
        if (results.Folded)
            sb.Append("<p class=\"note\">").Append(E(ui.T("Không có văn bản nào có đúng các từ có dấu này; đây là các văn bản có các từ đó khi bỏ dấu.",
                "No document has these words with these marks; these have them without marks."))).Append("</p>");
        if (InstrumentQueryParser.Parse(q) is not null)
            sb.Append("<p class=\"note\"><a href=\"").Append(A(Href("/instruments", ("q", q)))).Append("\">")
              .Append(E(ui.T($"Văn bản nào dẫn {q}?", $"Which documents cite {q}?"))).Append("</a></p>");
        sb.Append("<ol class=\"hits\" start=\"").Append(request.Offset + 1).Append("\">");
        foreach (var hit in results.Hits) Hit(sb, ui, hit);
        sb.Append("</ol>");
        Pager(sb, ctx, results.Total, page, ui);
        sb.Append("</section></div>");
        return Layout.Page(ctx, ui, q, sb.ToString(), 200, "search");
    }

    private static void Box(StringBuilder sb, HttpContext ctx, Ui ui, string q)
    {
        sb.Append("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\"><input type=\"search\" name=\"q\" value=\"").Append(A(q))
          .Append("\" placeholder=\"").Append(A(ui.T("ví dụ: một cửa liên thông, nd 61/2018", "e.g. mot cua lien thong, nd 61/2018")))
          .Append("\" aria-label=\"").Append(A(ui.T("Từ cần tìm", "Search words"))).Append("\" autofocus>");
        foreach (string k in FilterKeys)
            if ((string?)ctx.Request.Query[k] is { Length: > 0 } v)
                sb.Append("<input type=\"hidden\" name=\"").Append(k).Append("\" value=\"").Append(A(v)).Append("\">");
        sb.Append("<button type=\"submit\">").Append(E(ui.T("Tìm", "Search"))).Append("</button></form>");
    }

    private static void Hit(StringBuilder sb, Ui ui, DocCheck.Corpus.SearchHit hit)
    {
        string id = DocumentIds.Of(hit.Path);
        string title = hit.Title ?? Path.GetFileName(hit.Path);
        sb.Append("<li class=\"hit\"><a class=\"title\" href=\"/documents/").Append(id).Append("\">").Append(E(title)).Append("</a>");
        sb.Append("<div class=\"meta\">");
        if (hit.Number is not null) sb.Append("<span class=\"number\">").Append(E(hit.Number)).Append("</span> ");
        if (hit.Issuer is not null) sb.Append("<span>").Append(E(hit.Issuer)).Append("</span> ");
        if (hit.IssueDate is not null) sb.Append("<span>").Append(E(D(hit.IssueDate))).Append("</span> ");
        sb.Append("<span class=\"file\">").Append(E(Path.GetFileName(hit.Path))).Append("</span></div>");
        if (hit.Snippet.Text.Length > 0)
        {
            sb.Append("<p class=\"snippet\">");
            Marked(sb, hit.Snippet);
            if (hit.Snippet.Line is { } line)
                sb.Append(" <a class=\"line\" href=\"/documents/").Append(id).Append("#L").Append(line).Append("\">").Append(E(ui.T($"dòng {line}", $"line {line}"))).Append("</a>");
            sb.Append("</p>");
        }
        sb.Append("</li>");
    }

    /// <summary>A passage with its matched words in &lt;mark&gt;, everything escaped.</summary>
    public static void Marked(StringBuilder sb, DocCheck.Corpus.Snippet s)
    {
        int at = 0;
        foreach (var m in s.Marks)
        {
            if (m.Start < at || m.End > s.Text.Length) continue;
            sb.Append(E(s.Text[at..m.Start])).Append("<mark>").Append(E(s.Text.Substring(m.Start, m.Length))).Append("</mark>");
            at = m.End;
        }
        sb.Append(E(s.Text[at..]));
    }

    private static void Facets(StringBuilder sb, HttpContext ctx, Ui ui, SearchResults results)
    {
        var req = ctx.Request;
        var active = FilterKeys.Where(k => !string.IsNullOrEmpty(req.Query[k])).ToList();
        if (active.Count > 0)
        {
            sb.Append("<div class=\"facet active\"><h2>").Append(E(ui.T("Đang lọc", "Filters"))).Append("</h2><ul>");
            foreach (string k in active)
                sb.Append("<li><a href=\"").Append(A(Link(req, k, null))).Append("\" title=\"").Append(A(ui.T("bỏ lọc", "remove"))).Append("\">✕ ")
                  .Append(E(SearchPrinter.FacetName(k is "from" or "to" ? "year" : k, ui.Lang))).Append(": ")
                  .Append(E(k == "relation" ? SearchPrinter.FacetValue("relation", req.Query[k]!, ui.Lang) : req.Query[k]!)).Append("</a></li>");
            sb.Append("</ul></div>");
        }
        foreach (var group in results.Counts.GroupBy(c => c.Facet))
        {
            string facet = group.Key;
            if (facet != "year" && !string.IsNullOrEmpty(req.Query[facet])) continue;
            sb.Append("<div class=\"facet\"><h2>").Append(E(SearchPrinter.FacetName(facet, ui.Lang))).Append("</h2><ul>");
            foreach (var c in group.Take(12))
            {
                string href = facet == "year" ? Link(Link(req, "from", c.Value), "to", c.Value) : Link(req, facet, c.Value);
                sb.Append("<li><a href=\"").Append(A(href)).Append("\">").Append(E(SearchPrinter.FacetValue(facet, c.Value, ui.Lang)))
                  .Append("</a> <span class=\"count\">").Append(N(c.Count)).Append("</span></li>");
            }
            sb.Append("</ul></div>");
        }
    }

    /// <summary>The current search with one parameter set (or removed, for null) and back to page 1.</summary>
    private static string Link(HttpRequest req, string key, string? value) =>
        Link(req.Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => (string?)q.Value.ToString()), key, value);

    private static string Link(string href, string key, string? value)
    {
        var uri = new Uri("http://x" + href);
        var pairs = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query).ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        return Link(pairs, key, value);
    }

    private static string Link(Dictionary<string, string?> pairs, string key, string? value)
    {
        pairs[key] = value;
        pairs.Remove("page");
        var ordered = new List<(string, string?)>();
        if (pairs.TryGetValue("q", out var q)) ordered.Add(("q", q));
        ordered.AddRange(pairs.Where(p => p.Key != "q").OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)));
        return Href("/", ordered.ToArray());
    }

    private static void Pager(StringBuilder sb, HttpContext ctx, int total, int page, Ui ui)
    {
        int pages = (total + PageSize - 1) / PageSize;
        if (pages <= 1) return;
        var pairs = ctx.Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        string To(int p) { var d = new Dictionary<string, string?>(pairs) { ["page"] = p.ToString() }; return Href("/", d.Select(kv => (kv.Key, kv.Value)).ToArray()); }
        sb.Append("<nav class=\"pager\">");
        if (page > 1) sb.Append("<a rel=\"prev\" href=\"").Append(A(To(page - 1))).Append("\">← ").Append(E(ui.T("Trang trước", "Previous"))).Append("</a>");
        int from = Math.Max(1, page - 4), to = Math.Min(Math.Min(pages, 500), page + 4);
        for (int p = from; p <= to; p++)
            sb.Append(p == page ? "<span class=\"current\">" + p + "</span>" : $"<a href=\"{A(To(p))}\">{p}</a>");
        if (page < Math.Min(pages, 500)) sb.Append("<a rel=\"next\" href=\"").Append(A(To(page + 1))).Append("\">").Append(E(ui.T("Trang sau", "Next"))).Append(" →</a>");
        sb.Append("</nav>");
    }
}
