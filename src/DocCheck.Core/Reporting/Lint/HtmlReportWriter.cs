using System.Net;
using DocCheck.Rules;

namespace DocCheck.Reporting.Lint;

/// <summary>
/// One self-contained HTML page for a run: per document, its source text with each finding highlighted in place
/// and the list of findings beside it, each linked to its place. Every piece of document text is HTML-escaped;
/// the page loads nothing from elsewhere.
/// </summary>
public static class HtmlReportWriter
{
    public static void Write(TextWriter w, LintReport report)
    {
        bool en = report.Lang == "en";
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine($"<html lang=\"{(en ? "en" : "vi")}\"><head><meta charset=\"utf-8\">");
        w.WriteLine($"<title>{E(en ? "DocCheck report" : "Báo cáo DocCheck")}</title>");
        w.WriteLine("<style>");
        w.WriteLine("body{font-family:system-ui,sans-serif;margin:1rem;color:#222}section{border-top:2px solid #ccc;margin-top:1.5rem}" +
                    ".doc{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem}" +
                    "pre{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.85rem;background:#fafafa;padding:.5rem;max-height:80vh;overflow:auto}" +
                    "mark{border-bottom:2px solid}mark.error{background:#fdd;border-color:#c00}mark.warning{background:#ffefc2;border-color:#d80}mark.info{background:#e3efff;border-color:#36c}" +
                    "ol{font-size:.9rem;max-height:80vh;overflow:auto}li{margin:.3rem 0}.lv{font-weight:bold}.lv.error{color:#c00}.lv.warning{color:#b60}.lv.info{color:#36c}" +
                    ".q{color:#555}.none{color:#070}.unread{color:#c00}");
        w.WriteLine("</style></head><body>");
        w.WriteLine($"<h1>{E(en ? "DocCheck report" : "Báo cáo kiểm tra văn bản DocCheck")}</h1>");
        w.WriteLine($"<p>{E(report.Summary())}</p>");
        if (report.Errors.Count > 0)
        {
            w.WriteLine($"<h2 class=\"unread\">{E(en ? "Files that could not be read" : "Tệp không đọc được")}</h2><ul>");
            foreach (var e in report.Errors) w.WriteLine($"<li>{E(e.Describe(report.Lang))}</li>");
            w.WriteLine("</ul>");
        }
        for (int d = 0; d < report.Files.Count; d++) WriteDocument(w, report.Files[d], d, report.Lang);
        w.WriteLine("</body></html>");
    }

    private static void WriteDocument(TextWriter w, LintedFile file, int d, string lang)
    {
        bool en = lang == "en";
        w.WriteLine($"<section id=\"d{d}\"><h2>{E(file.Path)}</h2>");
        if (file.Findings.Count == 0)
        {
            w.WriteLine($"<p class=\"none\">{E(en ? "No findings." : "Không có phát hiện nào.")}</p></section>");
            return;
        }
        w.WriteLine("<div class=\"doc\"><pre>");
        WriteHighlighted(w, file, d);
        w.WriteLine("</pre><ol>");
        for (int i = 0; i < file.Findings.Count; i++)
        {
            var f = file.Findings[i];
            string lv = LintReport.LevelName(f.Level);
            w.Write($"<li><a href=\"#d{d}f{i}\">{f.Location.Start.Line}:{f.Location.Start.Column}</a> ");
            w.Write($"<span class=\"lv {lv}\">{E(LintReport.LevelWord(f.Level, lang))}</span> {E(f.RuleId)} {E(f.Message)}");
            foreach (var r in f.Related) w.Write($"<br><span class=\"q\">{r.Location.Start.Line}:{r.Location.Start.Column} — {E(r.Note)}</span>");
            w.WriteLine("</li>");
        }
        w.WriteLine("</ol></div></section>");
    }

    /// <summary>The source text cut at every finding boundary; each piece covered by findings is a mark with the most serious level.</summary>
    private static void WriteHighlighted(TextWriter w, LintedFile file, int d)
    {
        string text = file.Source.Text;
        var bounds = new SortedSet<int> { 0, text.Length };
        foreach (var f in file.Findings)
        {
            bounds.Add(Math.Clamp(f.Location.Span.Start, 0, text.Length));
            bounds.Add(Math.Clamp(f.Location.Span.End, 0, text.Length));
        }
        var started = new HashSet<int>();
        int prev = -1;
        foreach (int b in bounds)
        {
            if (prev >= 0 && b > prev)
            {
                var covering = new List<int>();
                for (int i = 0; i < file.Findings.Count; i++)
                {
                    var s = file.Findings[i].Location.Span;
                    if (s.Start <= prev && (s.End >= b || (s.Length == 0 && s.Start == prev))) covering.Add(i);
                }
                string piece = E(text[prev..b]);
                if (covering.Count == 0) w.Write(piece);
                else
                {
                    var level = covering.Max(i => file.Findings[i].Level);
                    string title = string.Join("\n", covering.Select(i => $"{file.Findings[i].RuleId}: {file.Findings[i].Message}"));
                    string ids = string.Concat(covering.Where(started.Add).Select(i => $"<a id=\"d{d}f{i}\"></a>"));
                    w.Write($"{ids}<mark class=\"{LintReport.LevelName(level)}\" title=\"{E(title)}\">{piece}</mark>");
                }
            }
            prev = b;
        }
        // Findings with an empty span (e.g. a missing line) still get their anchor.
        for (int i = 0; i < file.Findings.Count; i++)
            if (!started.Contains(i)) w.Write($"<a id=\"d{d}f{i}\"></a>");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
