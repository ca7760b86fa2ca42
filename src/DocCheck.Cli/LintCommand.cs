using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Reporting;
using DocCheck.Reporting.Lint;
using DocCheck.Rules;
using DocCheck.Rules.Configuration;

namespace DocCheck.Cli;

/// <summary>
/// <c>doccheck lint FILE|DIR... [--format text|json|sarif|csv|html] [--output FILE] [--lang vi|en]
/// [--reference-date DATE] [--min-level info|warning|error] [--config FILE] [--include GLOB] [--exclude GLOB]</c>.
/// Exit 0: no error-level finding; 1: at least one; 2: usage or configuration error; 3: some inputs unreadable.
/// </summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Tệp hoặc thư mục / files or folders", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text | json | sarif | csv | html", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "csv", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Ghi ra tệp / write to a file" };
        var lang = new Option<string>("--lang") { Description = "Ngôn ngữ thông báo / message language: vi | en", DefaultValueFactory = _ => "vi" };
        lang.AcceptOnlyFromAmong("vi", "en");
        var referenceDate = new Option<string?>("--reference-date") { Description = "Ngày tham chiếu khi văn bản chưa có ngày (2023-05-31 hoặc 31/05/2023) / date to use when a document has none" };
        var minLevel = new Option<string>("--min-level") { Description = "info | warning | error", DefaultValueFactory = _ => "info" };
        minLevel.AcceptOnlyFromAmong("info", "warning", "error");
        var config = new Option<string?>("--config") { Description = "Tệp cấu hình thay cho doccheck.json / configuration file to use instead of doccheck.json" };
        var include = new Option<string[]>("--include") { Description = "Chỉ kiểm tra tệp khớp mẫu trong thư mục / only files matching (glob, repeatable)", AllowMultipleArgumentsPerToken = false };
        var db = new Option<string?>("--db") { Description = "Đối chiếu với kho văn bản đã lập chỉ mục (DC2008, DC2009) / check against an indexed corpus" };
        var exclude = new Option<string[]>("--exclude") { Description = "Bỏ qua tệp khớp mẫu trong thư mục / skip files matching (glob, repeatable)", AllowMultipleArgumentsPerToken = false };
        var noModel = RoleCommands.NoModelOption();
        var cmd = new Command("lint", "Kiểm tra văn bản theo các quy tắc DCxxxx / check documents against the DCxxxx rules")
            { files, format, output, lang, referenceDate, minLevel, config, include, exclude, db, noModel };
        cmd.SetAction(r => Run(
            r.GetValue(files) ?? [], r.GetValue(format)!, r.GetValue(output), r.GetValue(lang)!, r.GetValue(referenceDate),
            r.GetValue(minLevel)!, r.GetValue(config), r.GetValue(include) ?? [], r.GetValue(exclude) ?? [], r.GetValue(db),
            () => RoleCommands.Analyzer(r, noModel)));
        return cmd;
    }

    private static int Run(string[] paths, string format, string? output, string lang, string? referenceDateText, string minLevelText,
        string? configPath, string[] include, string[] exclude, string? dbPath, Func<DocumentAnalyzer> createAnalyzer)
    {
        DateOnly? referenceDate = null;
        if (referenceDateText is not null)
        {
            if (!DateOnly.TryParseExact(referenceDateText, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return Usage($"--reference-date \"{referenceDateText}\": cần dạng 2023-05-31 hoặc 31/05/2023 / expected 2023-05-31 or 31/05/2023");
            referenceDate = d;
        }
        if (configPath is not null && !File.Exists(configPath))
            return Usage($"--config \"{configPath}\": không có tệp này / no such file");
        IInstrumentFacts? corpus = null;
        if (dbPath is not null)
        {
            try
            {
                using var store = DocCheck.Corpus.CorpusStore.Open(dbPath, write: false);
                corpus = new DocCheck.Corpus.CorpusFacts(store);
            }
            catch (DocCheck.Corpus.CorpusException e)
            {
                return Usage(e.Message);
            }
        }
        var baseOptions = new LintOptions
        {
            Corpus = corpus,
            Lang = lang,
            ReferenceDate = referenceDate,
            MinLevel = minLevelText switch { "error" => RuleLevel.Error, "warning" => RuleLevel.Warning, _ => RuleLevel.Info },
        };

        var analyzer = createAnalyzer();
        var inputs = InputFiles.Expand(paths, analyzer.Readers, new FileGlobs(include, exclude));

        // Resolve every file's configuration before checking anything: a bad doccheck.json stops the run (exit 2).
        var locator = new ConfigLocator(configPath);
        var work = new List<(string Path, LintOptions Options)>();
        try
        {
            foreach (string path in inputs)
            {
                var cfg = locator.For(path);
                if (cfg.BaseDirectory is { } dir && FileGlobs.Excluded(cfg.Exclude, dir, path)) continue;
                work.Add((path, cfg.Apply(baseOptions)));
            }
        }
        catch (LintConfigException e)
        {
            Console.Error.WriteLine($"doccheck: cấu hình không hợp lệ / invalid configuration: {e.Message}");
            return ExitCodes.Usage;
        }

        var linter = new Linter();
        var results = new LintedFile?[work.Count];
        var readErrors = new ReadError?[work.Count];
        var failures = new ConcurrentBag<RuleFailure>();
        Parallel.For(0, work.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (path, options) = work[i];
            var res = analyzer.AnalyzeFile(path);
            if (!res.Success) { readErrors[i] = res.Error; return; }
            var failed = new List<RuleFailure>();
            var findings = linter.Lint(res.Document!, options, failed);
            foreach (var f in failed) failures.Add(f);
            results[i] = LintedFile.From(path, res.Document!, findings);
        });
        var report = new LintReport(
            results.Where(f => f is not null).Select(f => f!).ToList(),
            readErrors.Where(e => e is not null).Select(e => e!).ToList(),
            lang);

        using (var target = OutputTarget.Open(output))
        {
            switch (format)
            {
                case "json":
                    using (var w = new Utf8JsonWriter(target.Stream, JsonOutput.WriterOptions)) LintFormatters.WriteJson(w, report);
                    break;
                case "sarif":
                    using (var w = new Utf8JsonWriter(target.Stream, JsonOutput.WriterOptions)) SarifWriter.Write(w, report, ToolVersion);
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
        foreach (var f in failures.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.RuleId, StringComparer.Ordinal))
            Console.Error.WriteLine($"doccheck: {f.Path}: quy tắc {f.RuleId} gặp lỗi nội bộ, bỏ qua quy tắc này cho tệp này / rule {f.RuleId} failed, skipped for this file: {f.Exception.GetType().Name}: {f.Exception.Message}");
        if (format != "text" || output is not null) Console.Error.WriteLine("doccheck: " + report.Summary());
        if (report.Errors.Count > 0) return ExitCodes.UnreadableInput;
        return report.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine("doccheck: " + message);
        return ExitCodes.Usage;
    }

    private static string ToolVersion =>
        typeof(LintCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
