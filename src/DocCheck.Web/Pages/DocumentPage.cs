using System.Globalization;
using System.Text;
using DocCheck.Application.Documents;
using DocCheck.Application.Reporting;
using DocCheck.Extraction.Quantities;
using DocCheck.Reporting.Lint;
using DocCheck.Web.Html;
using Microsoft.AspNetCore.Http;
using static DocCheck.Web.Html.H;

namespace DocCheck.Web.Pages;

/// <summary>
/// A stored document as the portals show one — Toàn văn (citations linked, findings marked in place, the list beside
/// it), Thuộc tính, Lược đồ (what it cites by relation and what cites it), its targets, and similar documents.
/// </summary>
internal static class DocumentPage
{
    /// <summary>A finding as the list beside a text shows it: rule, level, message, source line, replacement if any.</summary>
    public sealed record FindingRow(string RuleId, DocCheck.Rules.RuleLevel Level, string Message, int Line, string? Fix);

    public static IResult Show(HttpContext ctx, DocumentService documents, string id)
    {
        var ui = Ui.Of(ctx);
        var view = DocumentIds.IsWellFormed(id) ? documents.Document(id, ui.Lang) : null;
        if (view is null)
            return Layout.Message(ctx, ui, 404, ui.T("Không có văn bản này", "No such document"),
                ui.T("Kho không có văn bản nào mang mã này; có thể nó đã được lập chỉ mục lại hoặc bị xóa.", "The corpus holds no document with this id; it may have been removed."));
        string tab = (string?)ctx.Request.Query["tab"] switch { "thuoc-tinh" => "thuoc-tinh", "luoc-do" => "luoc-do", "chi-tieu" => "chi-tieu", "tuong-tu" => "tuong-tu", _ => "toan-van" };
        var d = view.Document;
        var sb = new StringBuilder();
        sb.Append("<h1 class=\"doc-title\">").Append(E(d.Title ?? Path.GetFileName(d.Path))).Append("</h1><p class=\"meta\">");
        if (!string.IsNullOrWhiteSpace(d.Number)) sb.Append("<span class=\"number\">").Append(E(d.Number)).Append("</span>");
        if (!string.IsNullOrWhiteSpace(d.Issuer)) sb.Append("<span>").Append(E(d.Issuer)).Append("</span>");
        if (d.IssueDate is not null) sb.Append("<span>").Append(E(D(d.IssueDate))).Append("</span>");
        sb.Append("<span class=\"file\">").Append(E(Path.GetFileName(d.Path))).Append("</span></p>");
        var targets = view.Analysis.Quantities.Where(q => q.Role == QuantityRole.Target).ToList();
        int links = view.References.Select(r => r.Key).Distinct().Count() + view.CitedBy.Select(h => h.Path).Distinct().Count();
        sb.Append("<nav class=\"tabs\">");
        Tab(sb, id, "toan-van", ui.T("Toàn văn", "Full text") + $" ({view.Findings.Count})", tab);
        Tab(sb, id, "thuoc-tinh", ui.T("Thuộc tính", "Properties"), tab);
        Tab(sb, id, "luoc-do", ui.T("Lược đồ", "Links") + $" ({links})", tab);
        Tab(sb, id, "chi-tieu", ui.T("Chỉ tiêu", "Targets") + $" ({targets.Count})", tab);
        Tab(sb, id, "tuong-tu", ui.T("Văn bản tương tự", "Similar") + $" ({view.Similar.Count})", tab);
        sb.Append("</nav>");
        switch (tab)
        {
            case "thuoc-tinh": Properties(sb, ui, view); break;
            case "luoc-do": Links(sb, ui, view); break;
            case "chi-tieu": Targets(sb, ui, view, targets); break;
            case "tuong-tu": Similar(sb, ui, view); break;
            default: FullText(sb, ui, view); break;
        }
        return Layout.Page(ctx, ui, d.Title ?? d.Number ?? Path.GetFileName(d.Path), sb.ToString(), 200, "search");
    }

    private static void Tab(StringBuilder sb, string id, string tab, string text, string current) =>
        sb.Append("<a href=\"/documents/").Append(id).Append(tab == "toan-van" ? "" : "?tab=" + tab).Append(tab == current ? "\" class=\"current\">" : "\">").Append(E(text)).Append("</a>");

    private static void FullText(StringBuilder sb, Ui ui, DocumentView view)
    {
        var inCorpus = view.References.Where(r => r.InCorpus is not null).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.First().InCorpus!);
        var notes = new List<Annotation>();
        foreach (var c in view.Analysis.Citations)
        {
            if (c.IsSelf) continue;
            string href = inCorpus.TryGetValue(c.Key, out var p) ? "/documents/" + view.Ids.GetValueOrDefault(p, DocumentIds.Of(p)) : Href("/instruments", ("q", c.Key));
            // Citation spans are in the normalized text; the page shows the (stored) source.
            notes.Add(new Annotation(view.Analysis.Normalized.ToSource(c.Span), Href: href));
        }
        var findings = view.Findings;
        for (int i = 0; i < findings.Count; i++)
            notes.Add(new Annotation(findings[i].Span, Level: findings[i].Finding.Level, Note: $"{findings[i].Finding.RuleId}: {findings[i].Finding.Message}", Anchor: $"f{i}"));
        sb.Append("<div class=\"doc-grid\"><article class=\"text\">");
        var lines = view.BlockLines;
        AnnotatedText.Write(sb, view.Analysis.Source.Text, notes, (paragraph, _) => lines.Count == 0 ? paragraph + 1 : lines[Math.Min(paragraph, lines.Count - 1)]);
        sb.Append("</article><aside class=\"findings\">");
        FindingList(sb, ui, findings.Select(f => new FindingRow(f.Finding.RuleId, f.Finding.Level, f.Finding.Message, f.Finding.Line, null)).ToList());
        sb.Append("</aside></div>");
    }

    /// <summary>The findings beside a text: level, rule (its help page), message, fix, and a link to the place.</summary>
    public static void FindingList(StringBuilder sb, Ui ui, IReadOnlyList<FindingRow> findings)
    {
        sb.Append("<h2>").Append(E(ui.T($"Phát hiện ({findings.Count})", $"Findings ({findings.Count})"))).Append("</h2>");
        if (findings.Count == 0)
        {
            sb.Append("<p class=\"none\">").Append(E(ui.T("Không có phát hiện nào.", "No findings."))).Append("</p>");
            return;
        }
        sb.Append("<ol class=\"finding-list\">");
        for (int i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            string lv = LintReport.LevelName(f.Level);
            sb.Append("<li class=\"finding ").Append(lv).Append("\" data-rule=\"").Append(A(f.RuleId)).Append("\"><a class=\"place\" href=\"#f").Append(i).Append("\">")
              .Append(E(ui.T("dòng ", "line "))).Append(f.Line).Append("</a> <span class=\"lv ").Append(lv).Append("\">").Append(E(LintReport.LevelWord(f.Level, ui.Lang)))
              .Append("</span> <a class=\"rule\" href=\"/rules/").Append(A(f.RuleId)).Append("\">").Append(E(f.RuleId)).Append("</a><div class=\"msg\">").Append(E(f.Message)).Append("</div>");
            if (f.Fix is { } fix)
                sb.Append("<div class=\"fix\">").Append(E(ui.T("Sửa: ", "Fix: "))).Append("<q>").Append(E(fix.Normalize())).Append("</q></div>");
            sb.Append("</li>");
        }
        sb.Append("</ol>");
    }

    private static void Properties(StringBuilder sb, Ui ui, DocumentView view)
    {
        var d = view.Document;
        var header = view.Analysis.Structure.Header;
        var signature = view.Analysis.Structure.Main.Signature;
        var period = view.Analysis.Plan.Period;
        sb.Append("<table class=\"props\"><tbody>");
        Row(sb, ui.T("Số, ký hiệu", "Number"), d.Number);
        Row(sb, ui.T("Loại văn bản", "Type"), header.TypeWord?.Text ?? d.TypeCode);
        Row(sb, ui.T("Cơ quan ban hành", "Issuer"), d.Issuer);
        Row(sb, ui.T("Ngày ban hành", "Issued"), D(d.IssueDate));
        Row(sb, ui.T("Nơi ban hành", "Place"), header.PlaceDate?.Place);
        Row(sb, ui.T("Trích yếu", "Title"), d.Title);
        Row(sb, ui.T("Người ký", "Signed by"), signature?.Signer?.Text);
        Row(sb, ui.T("Chức vụ", "Position"), signature?.Position);
        Row(sb, ui.T("Thời kỳ kế hoạch", "Plan period"), period is null ? (d.PeriodStart is { } ps ? $"{ps}–{d.PeriodEnd}" : null) : $"{period.StartYear}–{period.EndYear}");
        if (view.Registry is { } reg) Row(sb, ui.T("Tình trạng (danh mục)", "Status (registry)"), reg.Status + (reg.ReplacedBy is null ? "" : " → " + reg.ReplacedBy) + " · " + reg.Source);
        Row(sb, ui.T("Tệp", "File"), Path.GetFileName(d.Path));
        Row(sb, ui.T("Mã hóa", "Encoding"), d.Encoding);
        Row(sb, ui.T("Lập chỉ mục lúc", "Indexed"), d.IndexedAt?.ToLocalTime().ToString("d/M/yyyy HH:mm", CultureInfo.InvariantCulture));
        sb.Append("</tbody></table>");
    }

    private static void Row(StringBuilder sb, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        sb.Append("<tr><th>").Append(E(name)).Append("</th><td>").Append(E(value)).Append("</td></tr>");
    }

    private static void Links(StringBuilder sb, Ui ui, DocumentView view)
    {
        sb.Append("<div class=\"links\"><section><h2>").Append(E(ui.T("Văn bản này dẫn", "This document cites"))).Append("</h2>");
        if (view.References.Count == 0) sb.Append("<p class=\"none\">").Append(E(ui.T("Không dẫn văn bản nào.", "It cites nothing."))).Append("</p>");
        foreach (var group in view.References.GroupBy(r => r.Relation).OrderBy(g => g.Key == DocCheck.Extraction.Citations.CitationRelation.References ? 1 : 0).ThenBy(g => g.Key))
        {
            var keys = group.GroupBy(r => r.Key).ToList();
            sb.Append("<h3>").Append(E(Capital(CorpusWords.Relation(group.Key, ui.Lang)))).Append(" <span class=\"count\">").Append(keys.Count).Append("</span></h3><ul>");
            foreach (var k in keys)
            {
                var first = k.First();
                string href = first.InCorpus is { } p ? "/documents/" + view.Ids[p] : Href("/instruments", ("q", k.Key));
                sb.Append("<li><a href=\"").Append(A(href)).Append("\">").Append(E(k.Key)).Append("</a>");
                if (first.Date is { } dt) sb.Append(" <span class=\"date\">").Append(E(D(dt))).Append("</span>");
                if (first.InCorpus is not null) sb.Append(" <span class=\"in-corpus\">").Append(E(ui.T("trong kho", "in the corpus"))).Append("</span>");
                sb.Append(" <a class=\"line\" href=\"/documents/").Append(view.Id).Append("#L").Append(first.Line).Append("\">").Append(E(ui.T("dòng ", "line "))).Append(first.Line).Append("</a></li>");
            }
            sb.Append("</ul>");
        }
        sb.Append("</section><section><h2>").Append(E(ui.T("Văn bản dẫn văn bản này", "Documents citing it"))).Append("</h2>");
        if (view.CitedBy.Count == 0) sb.Append("<p class=\"none\">").Append(E(ui.T("Chưa văn bản nào trong kho dẫn văn bản này.", "No document in the corpus cites it."))).Append("</p>");
        foreach (var group in view.CitedBy.GroupBy(h => h.Relation).OrderBy(g => g.Key))
        {
            var docs = group.GroupBy(h => h.Path).ToList();
            sb.Append("<h3>").Append(E(Capital(CorpusWords.Relation(group.Key, ui.Lang)))).Append(" <span class=\"count\">").Append(docs.Count).Append("</span></h3><ul>");
            foreach (var doc in docs)
            {
                var h = doc.First();
                sb.Append("<li><a href=\"/documents/").Append(view.Ids[h.Path]).Append("#L").Append(h.Line).Append("\">").Append(E(h.Title ?? h.Number ?? Path.GetFileName(h.Path))).Append("</a>");
                if (h.CitedDate is { } cd) sb.Append(" <span class=\"date\">").Append(E(D(cd))).Append("</span>");
                sb.Append("</li>");
            }
            sb.Append("</ul>");
        }
        sb.Append("</section></div>");
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static void Targets(StringBuilder sb, Ui ui, DocumentView view, List<Quantity> targets)
    {
        if (targets.Count == 0)
        {
            sb.Append("<p class=\"none\">").Append(E(ui.T("Không tìm thấy chỉ tiêu nào.", "No targets found."))).Append("</p>");
            return;
        }
        sb.Append("<table class=\"targets\"><thead><tr><th>").Append(E(ui.T("Chỉ tiêu", "Target"))).Append("</th><th>").Append(E(ui.T("Giá trị", "Value")))
          .Append("</th><th>").Append(E(ui.T("Năm", "Year"))).Append("</th><th>").Append(E(ui.T("Dòng", "Line"))).Append("</th></tr></thead><tbody>");
        foreach (var q in targets)
        {
            int line = view.LineAt(view.Analysis.Normalized.ToSource(q.Span).Start);
            sb.Append("<tr><td>").Append(E(q.Subject ?? "")).Append("</td><td>").Append(E(q.Text)).Append("</td><td>").Append(q.Year?.ToString(CultureInfo.InvariantCulture) ?? "")
              .Append("</td><td><a href=\"/documents/").Append(view.Id).Append("#L").Append(line).Append("\">").Append(line).Append("</a></td></tr>");
        }
        sb.Append("</tbody></table>");
    }

    private static void Similar(StringBuilder sb, Ui ui, DocumentView view)
    {
        if (view.Similar.Count == 0)
        {
            sb.Append("<p class=\"none\">").Append(E(ui.T("Không có văn bản tương tự.", "No similar documents."))).Append("</p>");
            return;
        }
        sb.Append("<ol class=\"similar\">");
        foreach (var s in view.Similar)
        {
            sb.Append("<li><a href=\"/documents/").Append(view.Ids[s.Path]).Append("\">").Append(E(s.Title ?? Path.GetFileName(s.Path))).Append("</a> <span class=\"meta\">")
              .Append(E(string.Join(" · ", new[] { s.Number, s.Issuer, D(s.IssueDate) }.Where(x => !string.IsNullOrEmpty(x)))))
              .Append("</span> <span class=\"score\">").Append(s.Score.ToString("0.00", CultureInfo.InvariantCulture)).Append("</span></li>");
        }
        sb.Append("</ol>");
    }
}
