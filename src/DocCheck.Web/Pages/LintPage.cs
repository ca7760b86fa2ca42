using System.Text;
using DocCheck.Application;
using DocCheck.Application.Indexing;
using DocCheck.Reporting.Lint;
using DocCheck.Web.Drafts;
using DocCheck.Web.Html;
using DocCheck.Web.Security;
using Microsoft.AspNetCore.Http;
using static DocCheck.Web.Html.H;

namespace DocCheck.Web.Pages;

/// <summary>Kiểm tra dự thảo: upload or paste a draft, see the findings in place and beside it, download the reports; an archivist may add it to the corpus.</summary>
internal static class LintPage
{
    public static IResult Form(HttpContext ctx) => Layout.Page(ctx, Ui.Of(ctx), Ui.Of(ctx).T("Kiểm tra dự thảo", "Check a draft"), FormHtml(ctx, Ui.Of(ctx), null), 200, "lint");

    private static string FormHtml(HttpContext ctx, Ui ui, string? problem)
    {
        var sb = new StringBuilder();
        sb.Append("<h1>").Append(E(ui.T("Kiểm tra dự thảo", "Check a draft"))).Append("</h1>");
        if (problem is not null) sb.Append("<p class=\"problem\" role=\"alert\">").Append(E(problem)).Append("</p>");
        sb.Append("<form class=\"lint\" method=\"post\" action=\"/lint\" enctype=\"multipart/form-data\">").Append(Forms.Token(ctx));
        sb.Append("<label class=\"drop\" id=\"drop\"><span>").Append(E(ui.T("Kéo thả tệp vào đây, hoặc chọn tệp (.docx, .txt, .md, .html)", "Drop a file here, or choose one (.docx, .txt, .md, .html)")))
          .Append("</span><input type=\"file\" name=\"file\" id=\"file\" accept=\".docx,.txt,.md,.html,.htm\"></label>");
        sb.Append("<label for=\"text\">").Append(E(ui.T("… hoặc dán văn bản:", "… or paste the text:"))).Append("</label><textarea name=\"text\" id=\"text\" rows=\"8\"></textarea>");
        sb.Append("<fieldset><legend>").Append(E(ui.T("Tùy chọn", "Options"))).Append("</legend><label>").Append(E(ui.T("Mức thấp nhất", "Lowest level")))
          .Append(" <select name=\"min\"><option value=\"info\">").Append(E(ui.T("lưu ý", "note"))).Append("</option><option value=\"warning\">").Append(E(ui.T("cảnh báo", "warning")))
          .Append("</option><option value=\"error\">").Append(E(ui.T("lỗi", "error"))).Append("</option></select></label> <label><input type=\"checkbox\" name=\"corpus\" value=\"1\"> ")
          .Append(E(ui.T("Đối chiếu với kho (ngày dẫn, văn bản đã bị thay thế: DC2008, DC2009)", "Check against the corpus (cited dates, replaced instruments: DC2008, DC2009)"))).Append("</label>")
          .Append("<details><summary>").Append(E(ui.T("Cấu hình doccheck.json (mức của từng quy tắc)", "doccheck.json configuration (each rule's level)"))).Append("</summary>")
          .Append("<textarea name=\"config\" rows=\"4\" placeholder=\"{&quot;rules&quot;: {&quot;DC4002&quot;: &quot;off&quot;}}\"></textarea></details></fieldset>");
        sb.Append("<input type=\"hidden\" name=\"lang\" value=\"").Append(ui.Lang).Append("\"><button type=\"submit\">").Append(E(ui.T("Kiểm tra", "Check"))).Append("</button></form>");
        sb.Append("<p class=\"note\">").Append(E(ui.T("Dự thảo không được lưu lại: kết quả chỉ giữ trong bộ nhớ 30 phút để tải báo cáo.", "The draft is not stored: the result stays in memory for 30 minutes for the report downloads."))).Append("</p>");
        return sb.ToString();
    }

    public static async Task<IResult> Post(HttpContext ctx, DraftChecks drafts, WebOptions options)
    {
        var ui = Ui.Of(ctx);
        if (!await Forms.Valid(ctx)) return Layout.Message(ctx, ui, 400, ui.T("Biểu mẫu hết hạn", "Form expired"), ui.T("Biểu mẫu đã hết hạn hoặc không hợp lệ; hãy tải lại trang và gửi lại.", "The form has expired or is not valid; reload the page and send it again."));
        DraftRequest request;
        try { (request, _) = await Uploads.ReadAsync(ctx, options, ui.Lang); }
        catch (UploadException e) { return Layout.Page(ctx, ui, ui.T("Kiểm tra dự thảo", "Check a draft"), FormHtml(ctx, ui, e.Message), e.Status, "lint"); }
        CheckedDraft draft;
        try { draft = await drafts.CheckAsync(request, Access.Owner(ctx), ctx.RequestAborted); }
        catch (UsageException e) { return Layout.Page(ctx, ui, ui.T("Kiểm tra dự thảo", "Check a draft"), FormHtml(ctx, ui, e.Message), 400, "lint"); }
        catch (TimeoutException e) { return Layout.Page(ctx, ui, ui.T("Kiểm tra dự thảo", "Check a draft"), FormHtml(ctx, ui, e.Message), 503, "lint"); }
        return Layout.Page(ctx, ui, request.Name, Result(ctx, ui, draft), draft.Run.Report.Errors.Count > 0 ? 422 : 200, "lint");
    }

    private static string Result(HttpContext ctx, Ui ui, CheckedDraft draft)
    {
        var report = draft.Run.Report;
        var sb = new StringBuilder();
        sb.Append("<h1>").Append(E(ui.T("Kết quả kiểm tra: ", "Checked: "))).Append("<span class=\"file\">").Append(E(draft.Request.Name)).Append("</span></h1>");
        foreach (var e in report.Errors)
            sb.Append("<p class=\"problem\" role=\"alert\">").Append(E(e.Describe(ui.Lang))).Append("</p>");
        sb.Append("<p class=\"summary\">").Append(E(report.Summary())).Append("</p>");
        if (report.Files.Count > 0)
        {
            sb.Append("<p class=\"downloads\">").Append(E(ui.T("Tải báo cáo: ", "Download the report: ")));
            foreach (var (fmt, label) in new[] { ("html", "HTML"), ("sarif", "SARIF"), ("csv", "CSV"), ("json", "JSON") })
                sb.Append("<a class=\"download\" href=\"/lint/").Append(draft.Token).Append("/report.").Append(fmt).Append("\" download>").Append(label).Append("</a> ");
            sb.Append("</p>");
            if (Access.IsArchivist(ctx))
                sb.Append("<form method=\"post\" action=\"/lint/").Append(draft.Token).Append("/add\" class=\"inline\">").Append(Forms.Token(ctx))
                  .Append("<button type=\"submit\">").Append(E(ui.T("Thêm vào kho văn bản", "Add to the corpus"))).Append("</button></form>");
            var file = report.Files[0];
            var notes = file.Findings.Select((f, i) => new Annotation(f.Location.Span, Level: f.Level, Note: $"{f.RuleId}: {f.Message}", Anchor: $"f{i}")).ToList();
            sb.Append("<div class=\"doc-grid\"><article class=\"text\">");
            AnnotatedText.Write(sb, file.Source.Text, notes, (paragraph, _) => paragraph + 1);
            sb.Append("</article><aside class=\"findings\">");
            DocumentPage.FindingList(sb, ui, file.Findings.Select(f => new DocumentPage.FindingRow(f.RuleId, f.Level, f.Message, f.Location.Start.Line, f.Finding.Fix?.Replacement)).ToList());
            sb.Append("</aside></div>");
        }
        sb.Append("<p><a href=\"/lint\">").Append(E(ui.T("Kiểm tra văn bản khác", "Check another draft"))).Append("</a></p>");
        return sb.ToString();
    }

    public static IResult Download(HttpContext ctx, DraftChecks drafts, string token, string format)
    {
        var ui = Ui.Of(ctx);
        var draft = drafts.Find(token, Access.Owner(ctx));
        if (draft is null) return Layout.Message(ctx, ui, 404, ui.T("Kết quả đã hết hạn", "Result expired"), ui.T("Kết quả kiểm tra này không còn (quá 30 phút); hãy kiểm tra lại.", "This result is gone (after 30 minutes); check the draft again."));
        // A SARIF report links to this server: its home page and its rule pages.
        string home = $"{ctx.Request.Scheme}://{ctx.Request.Host}{ctx.Request.PathBase}/";
        var links = Uri.TryCreate(home, UriKind.Absolute, out _) ? SarifLinks.Create(home, home + "rules/") : null;
        if (DraftChecks.Report(draft, format, links) is not { } r) return Layout.Message(ctx, ui, 404, ui.T("Không có định dạng này", "No such format"), "html, sarif, csv, json");
        return Results.File(r.Bytes, r.Type, r.Name);
    }

    /// <summary>An archivist adds the checked draft to the corpus: saved beside the database (never over another file) and indexed.</summary>
    public static async Task<IResult> Add(HttpContext ctx, DraftChecks drafts, IndexService index, WebOptions options, string token)
    {
        var ui = Ui.Of(ctx);
        if (!await Forms.Valid(ctx)) return Layout.Message(ctx, ui, 400, ui.T("Biểu mẫu hết hạn", "Form expired"), ui.T("Hãy tải lại trang và gửi lại.", "Reload the page and send it again."));
        if (!Access.IsArchivist(ctx)) return Layout.Message(ctx, ui, 403, ui.T("Không được phép", "Not allowed"), ui.T("Chỉ người lưu trữ (archivist) mới thêm được văn bản vào kho.", "Only an archivist can add documents to the corpus."));
        var draft = drafts.Find(token, Access.Owner(ctx));
        if (draft is null) return Layout.Message(ctx, ui, 404, ui.T("Kết quả đã hết hạn", "Result expired"), ui.T("Hãy kiểm tra lại dự thảo rồi thêm.", "Check the draft again, then add it."));
        string folder = Path.Combine(options.FilesFolder, DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, draft.Request.Name);
        for (int n = 2; File.Exists(path); n++)
            path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(draft.Request.Name)}-{n}{Path.GetExtension(draft.Request.Name)}");
        await File.WriteAllBytesAsync(path, draft.Request.Bytes, ctx.RequestAborted);
        var summary = await Task.Run(() => index.Index(new IndexRequest([path], options.Db), null, CancellationToken.None));
        if (summary.Errors.Count > 0)
            return Layout.Message(ctx, ui, 422, ui.T("Không thêm được", "Could not add"), summary.Errors[0].Describe(ui.Lang));
        return Results.Redirect("/documents/" + DocCheck.Application.Documents.DocumentIds.Of(Path.GetFullPath(path)));
    }
}
