using System.Reflection;
using System.Text;
using DocCheck.Application.Documents;
using DocCheck.Application.Queries;
using DocCheck.Rules;
using DocCheck.Web.Html;
using DocCheck.Web.Security;
using Markdig;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using static DocCheck.Web.Html.H;

namespace DocCheck.Web.Pages;

/// <summary>Instruments cited with different dates across the corpus.</summary>
internal static class ConflictsPage
{
    public static IResult Show(HttpContext ctx, CorpusQueryService queries)
    {
        var ui = Ui.Of(ctx);
        var groups = queries.Conflicts();
        var sb = new StringBuilder();
        sb.Append("<h1>").Append(E(ui.T("Văn bản được dẫn với ngày khác nhau", "Instruments cited with different dates"))).Append("</h1>");
        sb.Append("<p class=\"summary\">").Append(E(ui.T($"{N(groups.Count)} văn bản", $"{N(groups.Count)} instruments"))).Append("</p>");
        if (groups.Count == 0) sb.Append("<p class=\"none\">").Append(E(ui.T("Không có mâu thuẫn nào.", "No conflicts."))).Append("</p>");
        else
        {
            sb.Append("<table class=\"conflicts\"><thead><tr><th>").Append(E(ui.T("Văn bản", "Instrument"))).Append("</th><th>").Append(E(ui.T("Ngày của chính văn bản", "Its own date")))
              .Append("</th><th>").Append(E(ui.T("Ngày đa số", "Majority date"))).Append("</th><th>").Append(E(ui.T("Dẫn khác", "Cited otherwise"))).Append("</th></tr></thead><tbody>");
            foreach (var g in groups)
            {
                sb.Append("<tr><td><a href=\"").Append(A(Href("/instruments", ("q", g.Key)))).Append("\">").Append(E(g.Key)).Append("</a></td><td>");
                if (g.OwnPath is { } own) sb.Append("<a href=\"/documents/").Append(DocumentIds.Of(own)).Append("\">").Append(E(D(g.OwnDate))).Append("</a>");
                sb.Append("</td><td>").Append(E(D(g.MajorityDate))).Append(" <span class=\"count\">").Append(g.MajorityCount).Append('/').Append(g.Total).Append("</span></td><td><ul>");
                foreach (var m in g.Outliers.Take(20))
                    sb.Append("<li><span class=\"disagrees\">").Append(E(D(m.Date))).Append("</span> — <a href=\"/documents/").Append(DocumentIds.Of(m.Path)).Append("#L").Append(m.Line).Append("\">")
                      .Append(E(Path.GetFileName(m.Path))).Append(E(ui.T($", dòng {m.Line}", $", line {m.Line}"))).Append("</a></li>");
                if (g.Outliers.Count > 20) sb.Append("<li>… ").Append(g.Outliers.Count - 20).Append("</li>");
                sb.Append("</ul></td></tr>");
            }
            sb.Append("</tbody></table>");
        }
        return Layout.Page(ctx, ui, ui.T("Ngày dẫn khác nhau", "Date conflicts"), sb.ToString(), 200, "conflicts");
    }
}

/// <summary>The rules, and each rule's help page (docs/rules/DCxxxx.md, built into the app).</summary>
internal static class RulePages
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static IResult List(HttpContext ctx)
    {
        var ui = Ui.Of(ctx);
        var sb = new StringBuilder();
        sb.Append("<h1>").Append(E(ui.T("Quy tắc kiểm tra", "Rules"))).Append("</h1><table class=\"rules\"><thead><tr><th>").Append(E(ui.T("Mã", "ID"))).Append("</th><th>")
          .Append(E(ui.T("Mức mặc định", "Default level"))).Append("</th><th>").Append(E(ui.T("Nội dung", "Title"))).Append("</th></tr></thead><tbody>");
        foreach (var d in RuleCatalog.Descriptors)
            sb.Append("<tr><td><a href=\"/rules/").Append(A(d.Id)).Append("\">").Append(E(d.Id)).Append("</a></td><td><span class=\"lv ")
              .Append(DocCheck.Reporting.Lint.LintReport.LevelName(d.DefaultLevel)).Append("\">").Append(E(DocCheck.Reporting.Lint.LintReport.LevelWord(d.DefaultLevel, ui.Lang)))
              .Append("</span></td><td>").Append(E(d.Title(ui.Lang))).Append("</td></tr>");
        sb.Append("</tbody></table>");
        return Layout.Page(ctx, ui, ui.T("Quy tắc", "Rules"), sb.ToString(), 200, "rules");
    }

    public static IResult Show(HttpContext ctx, string id)
    {
        var ui = Ui.Of(ctx);
        var d = RuleCatalog.Find(id);
        string? md = d is null ? null : Help(d.Id);
        if (d is null || md is null) return Layout.Message(ctx, ui, 404, ui.T("Không có quy tắc này", "No such rule"), id);
        string html = Markdig.Markdown.ToHtml(md, Markdown);
        return Layout.Page(ctx, ui, d.Id, "<article class=\"rule-help\">" + html + "</article><p><a href=\"/rules\">" + E(ui.T("Tất cả quy tắc", "All rules")) + "</a></p>", 200, "rules");
    }

    /// <summary>The help text of a rule, from the resources built in.</summary>
    public static string? Help(string id) => RuleHelp.Markdown(id);
}

/// <summary>The corpus for an archivist: documents, last indexing, the files that could not be read and why.</summary>
internal static class StatusPage
{
    public static IResult Show(HttpContext ctx, DocumentService documents)
    {
        var ui = Ui.Of(ctx);
        var s = documents.Status();
        var sb = new StringBuilder();
        sb.Append("<h1>").Append(E(ui.T("Tình trạng kho văn bản", "Corpus status"))).Append("</h1><table class=\"props\"><tbody>");
        sb.Append("<tr><th>").Append(E(ui.T("Văn bản", "Documents"))).Append("</th><td>").Append(N(s.Documents)).Append("</td></tr>");
        sb.Append("<tr><th>").Append(E(ui.T("Lập chỉ mục lần cuối", "Last indexed"))).Append("</th><td>")
          .Append(E(s.LastIndexed?.ToLocalTime().ToString("d/M/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "-")).Append("</td></tr>");
        sb.Append("<tr><th>").Append(E(ui.T("Mục trong danh mục đã nhập", "Registry entries"))).Append("</th><td>").Append(N(s.Registry)).Append("</td></tr>");
        sb.Append("<tr><th>").Append(E(ui.T("Lô ghi gần nhất", "Last batch"))).Append("</th><td>").Append(s.Batch).Append("</td></tr>");
        sb.Append("<tr><th>").Append(E(ui.T("Cơ sở dữ liệu", "Database"))).Append("</th><td>").Append(E(Path.GetFileName(s.Location))).Append("</td></tr></tbody></table>");
        sb.Append("<h2>").Append(E(ui.T($"Tệp không đọc được ({s.Unreadable.Count})", $"Files that could not be read ({s.Unreadable.Count})"))).Append("</h2>");
        if (s.Unreadable.Count == 0) sb.Append("<p class=\"none\">").Append(E(ui.T("Không có.", "None."))).Append("</p>");
        else
        {
            sb.Append("<ul class=\"unreadable\">");
            foreach (var u in s.Unreadable) sb.Append("<li>").Append(E(u.Describe(ui.Lang))).Append("</li>");
            sb.Append("</ul>");
        }
        return Layout.Page(ctx, ui, ui.T("Tình trạng kho", "Corpus status"), sb.ToString(), 200, "status");
    }
}

/// <summary>Signing in and out (cookie), when the corpus has accounts.</summary>
internal static class LoginPage
{
    public static IResult Form(HttpContext ctx, string? problem = null, int status = 200)
    {
        var ui = Ui.Of(ctx);
        var sb = new StringBuilder();
        sb.Append("<h1>").Append(E(ui.T("Đăng nhập", "Sign in"))).Append("</h1>");
        if (problem is not null) sb.Append("<p class=\"problem\" role=\"alert\">").Append(E(problem)).Append("</p>");
        string ret = (string?)ctx.Request.Query["ReturnUrl"] ?? "/";
        sb.Append("<form class=\"login\" method=\"post\" action=\"/login\">").Append(Forms.Token(ctx))
          .Append("<input type=\"hidden\" name=\"return\" value=\"").Append(A(ret)).Append("\"><label>").Append(E(ui.T("Tài khoản", "Account")))
          .Append(" <input name=\"name\" autocomplete=\"username\" required></label><label>").Append(E(ui.T("Mật khẩu", "Password")))
          .Append(" <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label><button type=\"submit\">").Append(E(ui.T("Đăng nhập", "Sign in"))).Append("</button></form>");
        return Layout.Page(ctx, ui, ui.T("Đăng nhập", "Sign in"), sb.ToString(), status);
    }

    public static async Task<IResult> Post(HttpContext ctx, Accounts accounts)
    {
        var ui = Ui.Of(ctx);
        if (!await Forms.Valid(ctx)) return Form(ctx, ui.T("Biểu mẫu hết hạn; hãy thử lại.", "The form expired; try again."), 400);
        var form = await ctx.Request.ReadFormAsync();
        var account = accounts.Verify(form["name"].ToString(), form["password"].ToString());
        if (account is null) return Form(ctx, ui.T("Sai tài khoản hoặc mật khẩu.", "Wrong account or password."), 401);
        await ctx.SignInAsync(Accounts.Scheme, Access.Principal(account));
        string ret = form["return"].ToString();
        // Only a path of this site: never a redirect elsewhere.
        return Results.LocalRedirect(ret.StartsWith('/') && !ret.StartsWith("//") && !ret.StartsWith("/\\") ? ret : "/");
    }

    public static async Task<IResult> Logout(HttpContext ctx)
    {
        if (!await Forms.Valid(ctx)) return Results.BadRequest();
        await ctx.SignOutAsync(Accounts.Scheme);
        return Results.Redirect("/login");
    }
}
