using System.CommandLine;
using DocCheck.Application.Indexing;
using DocCheck.Application.Reporting;
using DocCheck.Corpus;
using Spectre.Console;

namespace DocCheck.Cli;

/// <summary><c>doccheck index PATH... [--db FILE] [--prune] [--no-model] [--lang vi|en]</c>: a progress bar on a terminal, a line every 5 s in a log.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Tệp hoặc thư mục / files or folders", Arity = ArgumentArity.ZeroOrMore };
        var db = CliOptions.Db();
        var prune = new Option<bool>("--prune") { Description = "Bỏ khỏi chỉ mục các tệp không còn trong thư mục / drop documents whose file is gone" };
        var noModel = CliOptions.NoModel();
        var lang = CliOptions.Lang();
        var rebuild = new Option<bool>("--rebuild-search") { Description = "Dựng lại chỉ mục tìm kiếm từ cơ sở dữ liệu / rebuild the search index from the database" };
        var cmd = new Command("index", "Lập chỉ mục văn bản vào cơ sở dữ liệu / index documents into the corpus database") { paths, db, prune, noModel, lang, rebuild };
        cmd.SetAction(r => Commands.Guarded(() =>
        {
            string language = r.GetValue(lang)!;
            var given = r.GetValue(paths) ?? [];
            if (given.Length == 0 && !r.GetValue(rebuild))
                throw new DocCheck.Application.UsageException("cần ít nhất một tệp hoặc thư mục (hoặc --rebuild-search) / give at least one file or folder (or --rebuild-search)");
            var request = new IndexRequest(given, r.GetValue(db)) { Prune = r.GetValue(prune), RebuildSearch = r.GetValue(rebuild) };
            Action<string> notice = m => Console.Error.WriteLine("doccheck: " + m);
            var service = new IndexService(CliOptions.Analyzer(r, noModel));
            using var cts = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
            IndexSummary summary;
            if (!Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null)
            {
                // On a terminal: a progress bar (Spectre.Console) on stderr.
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                summary = console.Progress().AutoClear(true).Start(ctx =>
                {
                    ProgressTask? task = null;
                    return service.Index(request, p =>
                    {
                        task ??= ctx.AddTask(language == "en" ? "indexing" : "Lập chỉ mục / indexing", maxValue: Math.Max(1, p.Total));
                        task.Value = p.Done;
                    }, cts.Token, notice);
                });
            }
            else
            {
                // Redirected (a log, CI): a plain line every 5 seconds.
                var last = DateTime.UtcNow;
                summary = service.Index(request, p =>
                {
                    if ((DateTime.UtcNow - last).TotalSeconds < 5 && p.Done != p.Total) return;
                    last = DateTime.UtcNow;
                    Console.Error.WriteLine("doccheck: " + IndexPrinter.Progress(p, language));
                }, cts.Token, notice);
            }
            foreach (var e in summary.Errors) Console.Error.WriteLine("doccheck: " + e.Describe(language));
            Console.WriteLine(IndexPrinter.Summary(summary, language));
            return summary.Failed > 0 ? ExitCodes.UnreadableInput : ExitCodes.Ok;
        }));
        return cmd;
    }
}
