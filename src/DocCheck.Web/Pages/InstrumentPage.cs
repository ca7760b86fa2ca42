using System.Text;
using DocCheck.Application.Documents;
using DocCheck.Application.Queries;
using DocCheck.Application.Reporting;
using DocCheck.Extraction.Citations;
using DocCheck.Reporting;
using DocCheck.Web.Html;
using Microsoft.AspNetCore.Http;
using static DocCheck.Web.Html.H;

namespace DocCheck.Web.Pages;

/// <summary>"Văn bản nào dẫn 61/2018/NĐ-CP?": every citing document by relation, the dates they give, the registry's word, a CSV.</summary>
internal static class InstrumentPage
{
    private static readonly CitationRelation[] Order =
        [CitationRelation.Basis, CitationRelation.Implements, CitationRelation.Amends, CitationRelation.Replaces, CitationRelation.Repeals, CitationRelation.Expired, CitationRelation.References];

    /// <summary>Documents listed per relation on the page (the CSV has all).</summary>
    public const int MaxDocuments = 200;

    public static IResult Show(HttpContext ctx, DocumentService documents)
    {
        var ui = Ui.Of(ctx);
        string q = ((string?)ctx.Request.Query["q"] ?? "").Trim();
        if (q.Length == 0) return Results.Redirect("/");
        var view = documents.Instrument(q);
        var sb = new StringBuilder();
        sb.Append("<h1>").Append(E(ui.T($"Văn bản nào dẫn {view.Key}?", $"Which documents cite {view.Key}?"))).Append("</h1>");
        sb.Append("<p class=\"summary\">").Append(E(ui.T($"{N(view.Documents)} văn bản, {N(view.Hits.Count)} lần dẫn", $"{N(view.Documents)} documents, {N(view.Hits.Count)} citations")));
        if (view.MajorityDate is { } md) sb.Append(E(ui.T($" · ngày được dẫn nhiều nhất: {D(md)}", $" · date most cited with: {D(md)}")));
        sb.Append(" · <a class=\"download\" href=\"").Append(A(Href("/instruments.csv", ("q", q)))).Append("\" download>").Append(E(ui.T("Tải CSV (Excel)", "Download CSV (Excel)"))).Append("</a></p>");
        if (view.Own is { } own)
            sb.Append("<p class=\"own\">").Append(E(ui.T("Kho có văn bản này: ", "The corpus holds it: "))).Append("<a href=\"/documents/").Append(view.OwnId).Append("\">")
              .Append(E(own.Title ?? own.Number ?? view.Key)).Append("</a>").Append(E(own.IssueDate is { } od ? ui.T($", ban hành ngày {D(od)}", $", issued {D(od)}") : "")).Append("</p>");
        if (view.Registry is { } reg)
        {
            sb.Append("<div class=\"registry\"><h2>").Append(E(ui.T("Theo danh mục đã nhập", "In the imported registry"))).Append("</h2><p>");
            if (reg.Status is not null) sb.Append("<strong>").Append(E(reg.Status)).Append("</strong>");
            if (reg.ReplacedBy is not null) sb.Append(E(ui.T(" — thay thế bởi ", " — replaced by "))).Append("<a href=\"").Append(A(Href("/instruments", ("q", reg.ReplacedBy)))).Append("\">").Append(E(reg.ReplacedBy)).Append("</a>");
            if (reg.IssueDate is { } rd) sb.Append(E(ui.T($" · ban hành {D(rd)}", $" · issued {D(rd)}")));
            if (reg.Title is not null) sb.Append("<br>").Append(E(reg.Title));
            sb.Append("<br><span class=\"source\">").Append(E(ui.T("Nguồn: ", "Source: ") + reg.Source)).Append("</span></p></div>");
        }
        if (view.Hits.Count == 0)
            sb.Append("<p class=\"none\">").Append(E(ui.T("Chưa văn bản nào trong kho dẫn văn bản này.", "No document in the corpus cites it."))).Append("</p>");
        foreach (var relation in Order)
        {
            var hits = view.Hits.Where(h => h.Relation == relation).ToList();
            if (hits.Count == 0) continue;
            sb.Append("<section class=\"relation\"><h2>").Append(E(Capital(CorpusWords.Relation(relation, ui.Lang)))).Append(" <span class=\"count\">")
              .Append(N(hits.Select(h => h.Path).Distinct().Count())).Append("</span></h2><table><thead><tr><th>")
              .Append(E(ui.T("Văn bản", "Document"))).Append("</th><th>").Append(E(ui.T("Số", "Number"))).Append("</th><th>").Append(E(ui.T("Cơ quan", "Issuer")))
              .Append("</th><th>").Append(E(ui.T("Ngày ban hành", "Issued"))).Append("</th><th>").Append(E(ui.T("Ngày được dẫn", "Date cited"))).Append("</th><th>")
              .Append(E(ui.T("Dòng", "Line"))).Append("</th></tr></thead><tbody>");
            // A much-cited instrument: the first documents here, every one in the CSV.
            var shown = hits.GroupBy(h => h.Path).Take(MaxDocuments).SelectMany(g => g).ToList();
            foreach (var h in shown)
            {
                string id = view.Ids[h.Path];
                bool bad = view.Disagrees(h);
                sb.Append("<tr><td><a href=\"/documents/").Append(id).Append("\">").Append(E(h.Title ?? Path.GetFileName(h.Path))).Append("</a><div class=\"quote\">")
                  .Append(E(h.Snippet)).Append("</div></td><td>").Append(E(h.Number)).Append("</td><td>").Append(E(h.Issuer)).Append("</td><td>").Append(E(D(h.IssueDate)))
                  .Append(bad ? "</td><td class=\"disagrees\" title=\"" + A(ui.T("ngày khác với ngày của văn bản (hoặc ngày đa số)", "differs from the instrument's own date (or the majority's)")) + "\">⚠ " : "</td><td>")
                  .Append(E(D(h.CitedDate))).Append("</td><td><a href=\"/documents/").Append(id).Append("#L").Append(h.Line).Append("\">").Append(h.Line).Append("</a></td></tr>");
            }
            sb.Append("</tbody></table>");
            int more = hits.Select(h => h.Path).Distinct().Count() - MaxDocuments;
            if (more > 0)
                sb.Append("<p class=\"note\">").Append(E(ui.T($"… và {N(more)} văn bản nữa: tất cả có trong tệp CSV.", $"… and {N(more)} more documents: all of them are in the CSV."))).Append("</p>");
            sb.Append("</section>");
        }
        return Layout.Page(ctx, ui, view.Key, sb.ToString(), 200, "search");
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    public static IResult Csv(HttpContext ctx, DocumentService documents)
    {
        string q = ((string?)ctx.Request.Query["q"] ?? "").Trim();
        var view = documents.Instrument(q);
        var result = new CitesResult(view.Query, view.Hits);
        using var ms = new MemoryStream();
        using (var w = new StreamWriter(ms, CitationFormatter.CsvEncoding, leaveOpen: true)) CitesPrinter.WriteCsv(w, result);
        string name = "doccheck-" + new string((result.Query.Key ?? q).Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()) + ".csv";
        return Results.File(ms.ToArray(), "text/csv; charset=utf-8", name);
    }
}
