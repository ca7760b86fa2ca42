using System.Text;
using Microsoft.AspNetCore.Http;

namespace DocCheck.Web.Html;

/// <summary>The frame of every page: title, navigation, language switch, account, and the app's own stylesheet and script.</summary>
internal static class Layout
{
    public static IResult Page(HttpContext ctx, Ui ui, string title, string body, int status = 200, string? active = null)
    {
        var sb = new StringBuilder(body.Length + 2048);
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(ui.Lang).Append("\"><head><meta charset=\"utf-8\">")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .Append("<title>").Append(H.E(title)).Append(" — DocCheck</title>")
          .Append("<link rel=\"stylesheet\" href=\"/static/site.css\"><script src=\"/static/site.js\" defer></script></head><body>");
        sb.Append("<header class=\"top\"><a class=\"brand\" href=\"/\">DocCheck</a><nav>");
        Nav(sb, "/", ui.T("Tìm kiếm", "Search"), active == "search");
        Nav(sb, "/lint", ui.T("Kiểm tra dự thảo", "Check a draft"), active == "lint");
        Nav(sb, "/conflicts", ui.T("Ngày dẫn khác nhau", "Date conflicts"), active == "conflicts");
        Nav(sb, "/rules", ui.T("Quy tắc", "Rules"), active == "rules");
        Nav(sb, "/status", ui.T("Tình trạng kho", "Corpus status"), active == "status");
        sb.Append("</nav><div class=\"side\">");
        string here = ctx.Request.Path + QueryWithout(ctx, "lang");
        sb.Append("<a href=\"").Append(H.A(H.Href(here, ("lang", ui.En ? "vi" : "en")))).Append("\" class=\"lang\">")
          .Append(ui.En ? "Tiếng Việt" : "English").Append("</a>");
        if (ctx.User.Identity?.IsAuthenticated == true && ctx.User.Identity.AuthenticationType == Security.Accounts.Scheme)
        {
            sb.Append("<form method=\"post\" action=\"/logout\" class=\"inline\">").Append(Forms.Token(ctx))
              .Append("<span class=\"who\">").Append(H.E(ctx.User.Identity.Name)).Append("</span> <button type=\"submit\">")
              .Append(ui.T("Đăng xuất", "Sign out")).Append("</button></form>");
        }
        sb.Append("</div></header><main>").Append(body).Append("</main>");
        sb.Append("<footer>DocCheck · ").Append(ui.T("kiểm tra và lập chỉ mục văn bản hành chính", "checking and indexing Vietnamese official documents"))
          .Append(" · <a href=\"/api/health\">API</a></footer></body></html>");
        return Results.Content(sb.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static void Nav(StringBuilder sb, string href, string text, bool active) =>
        sb.Append("<a href=\"").Append(href).Append(active ? "\" class=\"active\">" : "\">").Append(H.E(text)).Append("</a>");

    private static string QueryWithout(HttpContext ctx, string key)
    {
        var pairs = ctx.Request.Query.Where(q => q.Key != key).SelectMany(q => q.Value.Select(v => $"{H.U(q.Key)}={H.U(v)}")).ToList();
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }

    /// <summary>A page that says what went wrong, in the page language, never with a trace.</summary>
    public static IResult Message(HttpContext ctx, Ui ui, int status, string title, string message) =>
        Page(ctx, ui, title, $"<h1>{H.E(title)}</h1><p class=\"problem\">{H.E(message)}</p><p><a href=\"/\">{H.E(ui.T("Về trang tìm kiếm", "Back to search"))}</a></p>", status);
}

/// <summary>Antiforgery tokens for the app's forms.</summary>
internal static class Forms
{
    public static string Token(HttpContext ctx)
    {
        var af = ctx.RequestServices.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>();
        var tokens = af.GetAndStoreTokens(ctx);
        return $"<input type=\"hidden\" name=\"{H.A(tokens.FormFieldName)}\" value=\"{H.A(tokens.RequestToken)}\">";
    }

    /// <summary>Whether the posted form carries a valid token (else the caller answers 400).</summary>
    public static async Task<bool> Valid(HttpContext ctx)
    {
        var af = ctx.RequestServices.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>();
        try
        {
            await af.ValidateRequestAsync(ctx);
            return true;
        }
        catch (Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException)
        {
            return false;
        }
    }
}
