using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using DocCheck.Application;
using DocCheck.Application.Lint;
using DocCheck.Reporting;
using DocCheck.Reporting.Lint;
using DocCheck.Rules;

namespace DocCheck.Cli;

/// <summary>
/// <c>doccheck lint FILE|DIR... [--format text|json|sarif|csv|html] [--output FILE] [--lang vi|en]
/// [--reference-date DATE] [--min-level info|warning|error] [--config FILE] [--include GLOB] [--exclude GLOB] [--db FILE]</c>.
/// Exit 0: no error-level finding; 1: at least one; 2: usage or configuration error; 3: some inputs unreadable.
/// </summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Tệp hoặc thư mục / files or folders", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text | json | sarif | csv | html", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "csv", "html");
        var output = CliOptions.Output();
        var lang = new Option<string>("--lang") { Description = "Ngôn ngữ thông báo / message language: vi | en", DefaultValueFactory = _ => "vi" };
        lang.AcceptOnlyFromAmong("vi", "en");
        var referenceDate = CliOptions.ReferenceDate();
        var minLevel = new Option<string>("--min-level") { Description = "info | warning | error", DefaultValueFactory = _ => "info" };
        minLevel.AcceptOnlyFromAmong("info", "warning", "error");
        var config = new Option<string?>("--config") { Description = "Tệp cấu hình thay cho doccheck.json / configuration file to use instead of doccheck.json" };
        var include = new Option<string[]>("--include") { Description = "Chỉ kiểm tra tệp khớp mẫu trong thư mục / only files matching (glob, repeatable)", AllowMultipleArgumentsPerToken = false };
        var db = new Option<string?>("--db") { Description = "Đối chiếu với kho văn bản đã lập chỉ mục (DC2008, DC2009) / check against an indexed corpus" };
        var exclude = new Option<string[]>("--exclude") { Description = "Bỏ qua tệp khớp mẫu trong thư mục / skip files matching (glob, repeatable)", AllowMultipleArgumentsPerToken = false };
        var noModel = CliOptions.NoModel();
        var rulesUri = new Option<string?>("--rules-uri") { Description = "Với --format sarif: địa chỉ trang quy tắc, vd. http://may-chu:5000/rules/ của doccheck serve / with --format sarif: where the rule pages are, e.g. doccheck serve's http://server:5000/rules/" };
        var cmd = new Command("lint", "Kiểm tra văn bản theo các quy tắc DCxxxx / check documents against the DCxxxx rules")
            { files, format, output, lang, referenceDate, minLevel, config, include, exclude, db, noModel, rulesUri };
        cmd.SetAction(r => Commands.Guarded(() =>
        {
            DateOnly? reference = CliOptions.ParseReferenceDate(r.GetValue(referenceDate));
            var links = SarifLinksFor(r.GetValue(rulesUri));
            var request = new LintRequest(r.GetValue(files) ?? [])
            {
                Include = r.GetValue(include) ?? [],
                Exclude = r.GetValue(exclude) ?? [],
                ConfigPath = r.GetValue(config),
                Corpus = r.GetValue(db),
                KeepSourceText = r.GetValue(format) == "html",
                Options = new LintOptions
                {
                    Lang = r.GetValue(lang)!,
                    ReferenceDate = reference,
                    MinLevel = r.GetValue(minLevel) switch { "error" => RuleLevel.Error, "warning" => RuleLevel.Warning, _ => RuleLevel.Info },
                },
            };
            var run = new LintService(CliOptions.Analyzer(r, noModel)).Lint(request);
            return Print(run, r.GetValue(format)!, r.GetValue(output), request.Options.Lang, links);
        }));
        return cmd;
    }

    /// <summary>
    /// SARIF's links: the rule pages' address when given (checked before any file is read), and the README installed
    /// beside the tool as its information page (a file:// URI; release packages and builds carry it).
    /// </summary>
    private static SarifLinks SarifLinksFor(string? rulesUri)
    {
        string readme = Path.Combine(AppContext.BaseDirectory, "README.md");
        string? info = File.Exists(readme) ? new Uri(readme).AbsoluteUri : rulesUri;
        try
        {
            return SarifLinks.Create(info, rulesUri);
        }
        catch (ArgumentException e)
        {
            throw new UsageException("--rules-uri: " + e.Message);
        }
    }

    private static int Print(LintRun run, string format, string? output, string lang, SarifLinks links)
    {
        var report = run.Report;
        using (var target = OutputTarget.Open(output))
        {
            switch (format)
            {
                case "json":
                    using (var w = new Utf8JsonWriter(target.Stream, JsonOutput.WriterOptions)) LintFormatters.WriteJson(w, report);
                    break;
                case "sarif":
                    using (var w = new Utf8JsonWriter(target.Stream, JsonOutput.WriterOptions)) SarifWriter.Write(w, report, ToolVersion, links);
                    break;
                case "csv":
                    using (var w = target.Writer(CitationFormatter.CsvEncoding)) LintFormatters.WriteCsv(w, report);
                    break;
                case "html":
                    using (var w = target.Writer()) HtmlReportWriter.Write(w, report);
                    break;
                default:
                    using (var w = target.Writer()) LintFormatters.WriteText(w, report, showSource: output is null && !Console.IsOutputRedirected);
                    break;
            }
            target.Commit();
        }
        foreach (var e in report.Errors) Console.Error.WriteLine("doccheck: " + e.Describe(lang));
        foreach (var f in run.Failures)
            Console.Error.WriteLine($"doccheck: {f.Path}: quy tắc {f.RuleId} gặp lỗi nội bộ, bỏ qua quy tắc này cho tệp này / rule {f.RuleId} failed, skipped for this file: {f.Exception.GetType().Name}: {f.Exception.Message}");
        if (format != "text" || output is not null) Console.Error.WriteLine("doccheck: " + report.Summary());
        if (report.Errors.Count > 0) return ExitCodes.UnreadableInput;
        return report.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static string ToolVersion =>
        typeof(LintCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
