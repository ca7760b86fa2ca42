using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using DocCheck.Application;
using DocCheck.Application.Configuration;
using DocCheck.Application.Documents;
using DocCheck.Application.Lint;
using DocCheck.Application.Queries;
using DocCheck.Reporting;
using DocCheck.Reporting.Lint;
using DocCheck.Rules;

namespace DocCheck.Web.Drafts;

/// <summary>What a person asked to check: the file (or pasted text), its name, and the options of the lint page or API.</summary>
internal sealed record DraftRequest(string Name, byte[] Bytes, string Lang, RuleLevel MinLevel, bool AgainstCorpus, string? Config);

/// <summary>One checked draft, held in memory for a while so its reports can be downloaded (and an archivist can add it).</summary>
internal sealed record CheckedDraft(string Token, string Owner, DraftRequest Request, LintRun Run, DateTime At);

/// <summary>
/// Checks drafts with the same readers, rules and configuration as <c>doccheck lint</c>, within a time limit. A checked
/// draft stays in memory only (never on disk) for <see cref="Keep"/>, the most recent <see cref="MaxHeld"/> at most,
/// for its report downloads; it goes into the corpus only when an archivist adds it.
/// </summary>
internal sealed class DraftChecks(LintService lint, CorpusQueryService queries, CorpusSnapshot snapshot, WebOptions options)
{
    public static readonly TimeSpan Keep = TimeSpan.FromMinutes(30);
    public const int MaxHeld = 64;
    private readonly ConcurrentDictionary<string, CheckedDraft> _held = new(StringComparer.Ordinal);

    /// <summary>Checks the draft; a bad configuration is a <see cref="UsageException"/>, running past the limit a <see cref="TimeoutException"/>.</summary>
    public async Task<CheckedDraft> CheckAsync(DraftRequest request, string owner, CancellationToken cancel)
    {
        var lintOptions = new LintOptions { Lang = request.Lang, MinLevel = request.MinLevel };
        if (!string.IsNullOrWhiteSpace(request.Config))
        {
            try { lintOptions = LintConfig.Parse(request.Config, "doccheck.json").Apply(lintOptions); }
            catch (LintConfigException e) { throw new UsageException($"doccheck.json: {e.Message}", e); }
            catch (JsonException e) { throw new UsageException($"doccheck.json: {e.Message}", e); }
        }
        if (request.AgainstCorpus) lintOptions = lintOptions with { Corpus = queries.Read(c => snapshot.Facts(c)) };
        var work = Task.Run(() => lint.LintBytes(request.Name, request.Bytes, lintOptions), CancellationToken.None);
        LintRun run;
        try
        {
            run = await work.WaitAsync(options.LintTimeout, cancel);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{request.Name}: kiểm tra quá {options.LintTimeout.TotalSeconds:0} giây, đã dừng chờ / checking took longer than {options.LintTimeout.TotalSeconds:0} s");
        }
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var draft = new CheckedDraft(token, owner, request, run, DateTime.UtcNow);
        Hold(draft);
        return draft;
    }

    private void Hold(CheckedDraft draft)
    {
        var now = DateTime.UtcNow;
        foreach (var old in _held.Values.Where(d => now - d.At > Keep).ToList()) _held.TryRemove(old.Token, out _);
        while (_held.Count >= MaxHeld && _held.Values.OrderBy(d => d.At).FirstOrDefault() is { } oldest) _held.TryRemove(oldest.Token, out _);
        _held[draft.Token] = draft;
    }

    /// <summary>The checked draft of <paramref name="token"/> for the same person, or null (unknown, expired, someone else's).</summary>
    public CheckedDraft? Find(string token, string owner) =>
        _held.TryGetValue(token, out var d) && d.Owner == owner && DateTime.UtcNow - d.At <= Keep ? d : null;

    /// <summary>The report in a format of <c>lint --format</c>: html, sarif, csv or json (content type, file name, bytes).
    /// <paramref name="links"/>: SARIF's links to this server's pages.</summary>
    public static (string Type, string Name, byte[] Bytes)? Report(CheckedDraft d, string format, SarifLinks? links = null)
    {
        var report = d.Run.Report;
        string stem = "doccheck-" + Path.GetFileNameWithoutExtension(d.Request.Name);
        using var ms = new MemoryStream();
        switch (format)
        {
            case "json":
                using (var w = new Utf8JsonWriter(ms, JsonOutput.WriterOptions)) LintFormatters.WriteJson(w, report);
                return ("application/json; charset=utf-8", stem + ".json", ms.ToArray());
            case "sarif":
                using (var w = new Utf8JsonWriter(ms, JsonOutput.WriterOptions)) SarifWriter.Write(w, report, Version, links);
                return ("application/sarif+json; charset=utf-8", stem + ".sarif", ms.ToArray());
            case "csv":
                using (var w = new StreamWriter(ms, CitationFormatter.CsvEncoding, leaveOpen: true)) LintFormatters.WriteCsv(w, report);
                return ("text/csv; charset=utf-8", stem + ".csv", ms.ToArray());
            case "html":
                using (var w = new StreamWriter(ms, new System.Text.UTF8Encoding(false), leaveOpen: true)) HtmlReportWriter.Write(w, report);
                return ("text/html; charset=utf-8", stem + ".html", ms.ToArray());
            default:
                return null;
        }
    }

    public static string Version { get; } =
        typeof(DraftChecks).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
