using System.Text.Json;
using DocCheck.Application;
using DocCheck.Application.Documents;
using DocCheck.Application.Queries;
using DocCheck.Application.Reporting;
using DocCheck.Corpus;
using DocCheck.Extraction.Quantities;
using DocCheck.Reporting;
using DocCheck.Reporting.Lint;
using DocCheck.Web.Drafts;
using DocCheck.Web.Pages;
using DocCheck.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DocCheck.Web.Api;

/// <summary>
/// The JSON API (README "Web application"): health, search, cites, one document, lint. Errors are RFC 7807 problem
/// details with a Vietnamese message (and its English after " / "); never a trace.
/// </summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/health", (CorpusQueryService q, DocumentService docs) =>
        {
            var s = docs.Status();
            return Json(w =>
            {
                w.WriteString("status", "ok");
                w.WriteNumber("documents", s.Documents);
                w.WriteString("lastIndexed", s.LastIndexed?.ToString("o"));
                w.WriteString("version", DraftChecks.Version);
            });
        });
        api.MapGet("/search", Search);
        api.MapGet("/cites", (HttpContext ctx, CorpusQueryService queries) =>
        {
            var r = queries.Cites(((string?)ctx.Request.Query["q"] ?? "").Trim());
            return Json(w =>
            {
                w.WriteString("query", r.Query.Text);
                w.WriteString("key", r.Query.Key);
                w.WriteNumber("documents", r.Documents);
                w.WriteStartArray("citations");
                foreach (var h in r.Hits)
                {
                    w.WriteStartObject();
                    w.WriteString("id", DocumentIds.Of(h.Path));
                    w.WriteString("name", Path.GetFileName(h.Path));
                    w.WriteString("number", h.Number);
                    w.WriteString("date", CorpusWords.Iso(h.IssueDate));
                    w.WriteString("issuer", h.Issuer);
                    w.WriteString("title", h.Title);
                    w.WriteString("key", h.Key);
                    w.WriteString("relation", h.Relation.ToString().ToLowerInvariant());
                    w.WriteString("citedDate", CorpusWords.Iso(h.CitedDate));
                    w.WriteNumber("line", h.Line);
                    w.WriteNumber("column", h.Column);
                    w.WriteString("text", h.Snippet);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
        });
        api.MapGet("/documents/{id}", (HttpContext ctx, DocumentService documents, string id) =>
        {
            string lang = ctx.Request.Query["lang"] == "en" ? "en" : "vi";
            var v = DocumentIds.IsWellFormed(id) ? documents.Document(id, lang) : null;
            if (v is null) return Problem(404, "Không có văn bản này / no such document", $"Kho không có văn bản mang mã \"{id}\" / the corpus holds no document with this id");
            return Json(w => WriteDocument(w, v));
        });
        api.MapPost("/lint", Lint);
    }

    private static IResult Search(HttpContext ctx, CorpusQueryService queries)
    {
        int limit = int.TryParse(ctx.Request.Query["limit"], out int l) ? Math.Clamp(l, 1, 100) : 20;
        var request = SearchPage.Request(ctx.Request, limit)
            ?? throw new UsageException("q: cần từ cần tìm / the q parameter is required");
        int offset = int.TryParse(ctx.Request.Query["offset"], out int o) ? Math.Clamp(o, 0, 10_000) : request.Offset;
        var results = queries.Search(request with { Offset = offset, Counts = ctx.Request.Query["counts"] == "1" });
        return Json(w =>
        {
            w.WriteNumber("total", results.Total);
            w.WriteBoolean("folded", results.Folded);
            w.WriteStartArray("results");
            foreach (var h in results.Hits)
            {
                w.WriteStartObject();
                w.WriteString("id", DocumentIds.Of(h.Path));
                w.WriteString("name", Path.GetFileName(h.Path));
                w.WriteString("number", h.Number);
                w.WriteString("type", h.Type);
                w.WriteString("date", CorpusWords.Iso(h.IssueDate));
                w.WriteString("title", h.Title);
                w.WriteString("issuer", h.Issuer);
                w.WriteNumber("score", Math.Round(h.Score, 4));
                w.WriteStartObject("snippet");
                w.WriteString("text", h.Snippet.Text);
                if (h.Snippet.Line is { } line) w.WriteNumber("line", line); else w.WriteNull("line");
                w.WriteStartArray("marks");
                foreach (var m in h.Snippet.Marks) { w.WriteStartArray(); w.WriteNumberValue(m.Start); w.WriteNumberValue(m.Length); w.WriteEndArray(); }
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (results.Counts.Count > 0)
            {
                w.WriteStartArray("counts");
                foreach (var c in results.Counts) { w.WriteStartObject(); w.WriteString("facet", c.Facet); w.WriteString("value", c.Value); w.WriteNumber("count", c.Count); w.WriteEndObject(); }
                w.WriteEndArray();
            }
        });
    }

    private static void WriteDocument(Utf8JsonWriter w, DocumentView v)
    {
        var d = v.Document;
        var signature = v.Analysis.Structure.Main.Signature;
        w.WriteString("id", v.Id);
        w.WriteString("name", Path.GetFileName(d.Path));
        w.WriteString("number", d.Number);
        w.WriteString("key", d.OwnKey);
        w.WriteString("type", d.TypeCode);
        w.WriteString("issuer", d.Issuer);
        w.WriteString("date", CorpusWords.Iso(d.IssueDate));
        w.WriteString("title", d.Title);
        w.WriteString("signer", signature?.Signer?.Text);
        if (d.PeriodStart is { } ps) { w.WriteStartArray("period"); w.WriteNumberValue(ps); w.WriteNumberValue(d.PeriodEnd ?? ps); w.WriteEndArray(); }
        if (v.Registry is { } reg) { w.WriteStartObject("registry"); w.WriteString("status", reg.Status); w.WriteString("replacedBy", reg.ReplacedBy); w.WriteString("source", reg.Source); w.WriteEndObject(); }
        w.WriteStartArray("cites");
        foreach (var r in v.References)
        {
            w.WriteStartObject();
            w.WriteString("key", r.Key);
            w.WriteString("relation", r.Relation.ToString().ToLowerInvariant());
            w.WriteString("date", CorpusWords.Iso(r.Date));
            w.WriteNumber("line", r.Line);
            w.WriteNumber("column", r.Column);
            if (r.InCorpus is { } p) w.WriteString("id", v.Ids[p]); else w.WriteNull("id");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("citedBy");
        foreach (var h in v.CitedBy)
        {
            w.WriteStartObject();
            w.WriteString("id", v.Ids[h.Path]);
            w.WriteString("relation", h.Relation.ToString().ToLowerInvariant());
            w.WriteString("citedDate", CorpusWords.Iso(h.CitedDate));
            w.WriteNumber("line", h.Line);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("findings");
        foreach (var f in v.Findings.Select(p => p.Finding))
        {
            w.WriteStartObject();
            w.WriteString("rule", f.RuleId);
            w.WriteString("level", LintReport.LevelName(f.Level));
            w.WriteString("message", f.Message);
            w.WriteNumber("line", f.Line);
            w.WriteNumber("column", f.Column);
            w.WriteString("text", f.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("targets");
        foreach (var q in v.Analysis.Quantities.Where(q => q.Role == QuantityRole.Target))
        {
            w.WriteStartObject();
            w.WriteString("text", q.Text);
            w.WriteString("subject", q.Subject);
            w.WriteNumber("value", q.Value);
            w.WriteString("unit", q.Unit);
            if (q.Year is { } y) w.WriteNumber("year", y); else w.WriteNull("year");
            w.WriteNumber("line", v.LineAt(v.Analysis.Normalized.ToSource(q.Span).Start));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("similar");
        foreach (var s in v.Similar) { w.WriteStartObject(); w.WriteString("id", v.Ids[s.Path]); w.WriteString("title", s.Title); w.WriteNumber("score", Math.Round(s.Score, 4)); w.WriteEndObject(); }
        w.WriteEndArray();
    }

    private static async Task<IResult> Lint(HttpContext ctx, DraftChecks drafts, WebOptions options)
    {
        DraftRequest request;
        try { (request, _) = await Uploads.ReadAsync(ctx, options, "vi"); }
        catch (UploadException e) { return Problem(e.Status, "Không nhận được tệp / upload refused", e.Message); }
        CheckedDraft draft;
        try { draft = await drafts.CheckAsync(request, Access.Owner(ctx), ctx.RequestAborted); }
        catch (UsageException e) { return Problem(400, "Yêu cầu không hợp lệ / bad request", e.Message); }
        catch (TimeoutException e) { return Problem(503, "Quá thời gian / timed out", e.Message); }
        if (draft.Run.Report.Errors.Count > 0)
        {
            var error = draft.Run.Report.Errors[0];
            return Problem(422, "Không đọc được tệp / the file cannot be read", error.Describe(request.Lang));
        }
        var bytes = DraftChecks.Report(draft, "json")!.Value.Bytes;
        return Results.Bytes(bytes, "application/json; charset=utf-8");
    }

    /// <summary>A JSON object written by <paramref name="body"/>.</summary>
    public static IResult Json(Action<Utf8JsonWriter> body)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, JsonOutput.WriterOptions))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Results.Bytes(ms.ToArray(), "application/json; charset=utf-8");
    }

    public static IResult Problem(int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title);
}
