using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using DocCheck.Corpus;
using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Reporting;
using Spectre.Console;

namespace DocCheck.Cli;

/// <summary><c>doccheck index</c>, <c>cites</c> and <c>search</c> over the corpus database.</summary>
internal static class CorpusCommands
{
    private static Option<string?> DbOption() => new("--db") { Description = "Cơ sở dữ liệu (mặc định .doccheck/corpus.db hoặc DOCCHECK_DB) / database file" };

    public static Command Index()
    {
        var paths = new Argument<string[]>("paths") { Description = "Tệp hoặc thư mục / files or folders", Arity = ArgumentArity.OneOrMore };
        var db = DbOption();
        var prune = new Option<bool>("--prune") { Description = "Bỏ khỏi chỉ mục các tệp không còn trong thư mục / drop documents whose file is gone" };
        var noModel = RoleCommands.NoModelOption();
        var cmd = new Command("index", "Lập chỉ mục văn bản vào cơ sở dữ liệu / index documents into the corpus database") { paths, db, prune, noModel };
        cmd.SetAction(r =>
        {
            string dbPath = CorpusStore.ResolvePath(r.GetValue(db));
            var given = r.GetValue(paths) ?? [];
            var analyzer = RoleCommands.Analyzer(r, noModel);
            var locator = new DocCheck.Rules.Configuration.ConfigLocator();
            List<string> files;
            try
            {
                // doccheck.json exclusions apply to indexing as to lint (the corpus README is not a document).
                files = InputFiles.Expand(given, analyzer.Readers)
                    .Where(f => locator.For(f) is var c && !(c.BaseDirectory is { } dir && FileGlobs.Excluded(c.Exclude, dir, f))).ToList();
            }
            catch (DocCheck.Rules.Configuration.LintConfigException e)
            {
                Console.Error.WriteLine($"doccheck: cấu hình không hợp lệ / invalid configuration: {e.Message}");
                return ExitCodes.Usage;
            }
            using var cts = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
            try
            {
                using var store = CorpusStore.Open(dbPath, write: true);
                var indexer = new CorpusIndexer(store, analyzer);
                var pruneUnder = r.GetValue(prune) ? given.Where(Directory.Exists).ToList() : null;
                IndexSummary summary;
                if (!Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null)
                {
                    // On a terminal: a progress bar (Spectre.Console) on stderr.
                    var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(Console.Error) });
                    summary = console.Progress().AutoClear(true).Start(ctx =>
                    {
                        var task = ctx.AddTask("Lập chỉ mục / indexing", maxValue: Math.Max(1, files.Count));
                        return indexer.Index(files, pruneUnder, p => task.Value = p.Done, cts.Token);
                    });
                }
                else
                {
                    // Redirected (a log, CI): a plain line every 5 seconds.
                    var last = DateTime.UtcNow;
                    summary = indexer.Index(files, pruneUnder, p =>
                    {
                        if ((DateTime.UtcNow - last).TotalSeconds < 5 && p.Done != p.Total) return;
                        last = DateTime.UtcNow;
                        Console.Error.WriteLine($"doccheck: {p.Done}/{p.Total} tệp — {p.Indexed} đã lập chỉ mục, {p.Unchanged} không đổi, {p.Failed} lỗi");
                    }, cts.Token);
                }
                foreach (var e in summary.Errors) Console.Error.WriteLine("doccheck: " + e.Describe());
                Console.WriteLine($"{summary.Indexed} tệp đã lập chỉ mục, {summary.Unchanged} không đổi, {summary.Failed} không đọc được, {summary.Pruned} đã bỏ; {store.DocumentCount()} văn bản trong {dbPath}"
                    + (summary.Cancelled ? " (bị dừng giữa chừng: phần đã làm được giữ lại, chạy lại để tiếp tục)" : ""));
                return summary.Failed > 0 ? ExitCodes.UnreadableInput : ExitCodes.Ok;
            }
            catch (CorpusException e)
            {
                Console.Error.WriteLine("doccheck: " + e.Message);
                return ExitCodes.Usage;
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                // Another writer held the database past the wait, the disk filled, …: what was committed stays.
                Console.Error.WriteLine("doccheck: " + CorpusStore.Describe(dbPath, e) + " — các lô đã ghi được giữ lại / finished batches are kept");
                return ExitCodes.Usage;
            }
        });
        return cmd;
    }

    public static Command Cites()
    {
        var query = new Argument<string>("instrument") { Description = "Số hiệu văn bản, ví dụ 61/2018/NĐ-CP, \"nd 61/2018\" / the instrument" };
        var db = DbOption();
        var format = new Option<string>("--format") { Description = "text | json | csv", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Ghi ra tệp / write to a file" };
        var cmd = new Command("cites", "Văn bản nào dẫn văn bản này / which documents cite an instrument") { query, db, format, output };
        cmd.SetAction(r =>
        {
            string text = r.GetValue(query)!;
            var q = CorpusQueries.ParseInstrument(text);
            if (q is null)
            {
                Console.Error.WriteLine($"doccheck: \"{text}\" không có số hiệu văn bản (ví dụ 61/2018/NĐ-CP) / names no instrument number");
                return ExitCodes.Usage;
            }
            IReadOnlyList<CitingHit> hits;
            try
            {
                using var store = CorpusStore.Open(CorpusStore.ResolvePath(r.GetValue(db)), write: false);
                hits = CorpusQueries.Cites(store, q);
            }
            catch (CorpusException e)
            {
                Console.Error.WriteLine("doccheck: " + e.Message);
                return ExitCodes.Usage;
            }
            using var target = OutputTarget.Open(r.GetValue(output));
            switch (r.GetValue(format))
            {
                case "json":
                    using (var w = new Utf8JsonWriter(target.Stream, JsonOutput.WriterOptions))
                    {
                        w.WriteStartObject();
                        w.WriteString("query", text);
                        JsonOutput.WriteStringOrNull(w, "key", q.Key);
                        w.WriteStartArray("hits");
                        foreach (var h in hits)
                        {
                            w.WriteStartObject();
                            w.WriteString("file", h.Path);
                            JsonOutput.WriteStringOrNull(w, "number", h.Number);
                            JsonOutput.WriteStringOrNull(w, "date", h.IssueDate);
                            JsonOutput.WriteStringOrNull(w, "issuer", h.Issuer);
                            JsonOutput.WriteStringOrNull(w, "title", h.Title);
                            w.WriteString("key", h.Key);
                            JsonOutput.WriteStringOrNull(w, "citedDate", h.CitedDate);
                            w.WriteString("relation", h.Relation);
                            w.WriteNumber("line", h.Line);
                            w.WriteNumber("column", h.Column);
                            w.WriteString("text", h.Snippet);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteEndObject();
                    }
                    break;
                case "csv":
                    using (var w = target.Writer(CitationFormatter.CsvEncoding))
                    using (var csv = new CsvWriter(w, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }))
                    {
                        foreach (string hname in (string[])["file", "number", "date", "issuer", "title", "key", "cited_date", "relation", "line", "column", "text"]) csv.WriteField(hname);
                        csv.NextRecord();
                        foreach (var h in hits)
                        {
                            foreach (object? v in (object?[])[h.Path, h.Number, h.IssueDate, h.Issuer, h.Title, h.Key, h.CitedDate, h.Relation, h.Line, h.Column, h.Snippet]) csv.WriteField(v);
                            csv.NextRecord();
                        }
                    }
                    break;
                default:
                    using (var w = target.Writer())
                    {
                        foreach (var h in hits)
                            w.WriteLine($"{h.Path}:{h.Line}:{h.Column}\t{h.Number ?? "(không số)"}\t{h.IssueDate ?? "-"}\t{h.Relation}\t{h.Key}{(h.CitedDate is null ? "" : " ngày " + h.CitedDate)}\t| {h.Snippet}");
                        w.WriteLine($"{hits.Select(h => h.Path).Distinct().Count()} văn bản, {hits.Count} lần dẫn");
                    }
                    break;
            }
            target.Commit();
            return ExitCodes.Ok;
        });
        return cmd;
    }

    public static Command Search()
    {
        var text = new Argument<string>("text") { Description = "Từ cần tìm (có dấu hay không dấu) / words to find, accents optional" };
        var db = DbOption();
        var type = new Option<string?>("--type") { Description = "Loại văn bản, ví dụ KH, QĐ / document type code" };
        var issuer = new Option<string?>("--issuer") { Description = "Cơ quan ban hành (một phần tên) / issuer (part of the name)" };
        var from = new Option<int?>("--from") { Description = "Từ năm / from year" };
        var to = new Option<int?>("--to") { Description = "Đến năm / to year" };
        var limit = new Option<int>("--limit") { Description = "Số kết quả / number of results", DefaultValueFactory = _ => 20 };
        var cmd = new Command("search", "Tìm văn bản theo nội dung / full-text search") { text, db, type, issuer, from, to, limit };
        cmd.SetAction(r =>
        {
            try
            {
                using var store = CorpusStore.Open(CorpusStore.ResolvePath(r.GetValue(db)), write: false);
                var hits = CorpusQueries.Search(store, r.GetValue(text)!, new SearchFilter(r.GetValue(type), r.GetValue(issuer), r.GetValue(from), r.GetValue(to), Math.Clamp(r.GetValue(limit), 1, 1000)));
                foreach (var h in hits)
                    Console.WriteLine($"{h.Path}\t{h.Number ?? "(không số)"}\t{h.IssueDate ?? "-"}\t{h.Title ?? ""}\n    {h.Snippet}");
                Console.WriteLine($"{hits.Count} văn bản");
                return ExitCodes.Ok;
            }
            catch (CorpusException e)
            {
                Console.Error.WriteLine("doccheck: " + e.Message);
                return ExitCodes.Usage;
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine("doccheck: " + e.Message);
                return ExitCodes.Usage;
            }
        });
        return cmd;
    }

    public static Command Conflicts()
    {
        var db = DbOption();
        var format = new Option<string>("--format") { Description = "text | json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var cmd = new Command("conflicts", "Văn bản được dẫn với ngày khác nhau trong kho / instruments cited with different dates across the corpus") { db, format };
        cmd.SetAction(r =>
        {
            IReadOnlyList<ConflictGroup> groups;
            try
            {
                using var store = CorpusStore.Open(CorpusStore.ResolvePath(r.GetValue(db)), write: false);
                groups = CorpusConflicts.Find(store);
            }
            catch (CorpusException e)
            {
                Console.Error.WriteLine("doccheck: " + e.Message);
                return ExitCodes.Usage;
            }
            if (r.GetValue(format) == "json")
            {
                using var w = new Utf8JsonWriter(Console.OpenStandardOutput(), JsonOutput.WriterOptions);
                w.WriteStartArray();
                foreach (var g in groups)
                {
                    w.WriteStartObject();
                    w.WriteString("key", g.Key);
                    JsonOutput.WriteStringOrNull(w, "ownDate", g.OwnDate);
                    JsonOutput.WriteStringOrNull(w, "ownFile", g.OwnPath);
                    w.WriteString("majorityDate", g.MajorityDate);
                    w.WriteNumber("majorityCount", g.MajorityCount);
                    w.WriteNumber("citations", g.Total);
                    w.WriteStartArray("outliers");
                    foreach (var o in g.Outliers)
                    {
                        w.WriteStartObject();
                        w.WriteString("date", o.Date);
                        w.WriteString("file", o.Path);
                        w.WriteNumber("line", o.Line);
                        w.WriteNumber("column", o.Column);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                return ExitCodes.Ok;
            }
            foreach (var g in groups)
            {
                string own = g.OwnDate is null ? "" : $"; ngày ở chính văn bản: {g.OwnDate} ({g.OwnPath})";
                Console.WriteLine($"{g.Key}: {g.Total} lần dẫn, đa số ghi {g.MajorityDate} ({g.MajorityCount}){own}");
                foreach (var o in g.Outliers) Console.WriteLine($"    {o.Path}:{o.Line}:{o.Column}: ghi {o.Date}");
            }
            Console.WriteLine($"{groups.Count} văn bản được dẫn với ngày khác nhau");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>Runs <paramref name="body"/> on the read-only corpus; a missing or unusable database is a usage error.</summary>
    private static int WithStore(string? db, Func<CorpusStore, int> body)
    {
        try
        {
            using var store = CorpusStore.Open(CorpusStore.ResolvePath(db), write: false);
            return body(store);
        }
        catch (CorpusException e)
        {
            Console.Error.WriteLine("doccheck: " + e.Message);
            return ExitCodes.Usage;
        }
    }

    public static Command Refs()
    {
        var doc = new Argument<string>("document") { Description = "Tệp văn bản đã lập chỉ mục / an indexed document" };
        var db = DbOption();
        var cmd = new Command("refs", "Văn bản này dẫn những văn bản nào / what a document cites") { doc, db };
        cmd.SetAction(r => WithStore(r.GetValue(db), store =>
        {
            string given = r.GetValue(doc)!;
            string? stored = CorpusExport.FindDocument(store, given);
            if (stored is null)
            {
                Console.Error.WriteLine($"doccheck: {given}: chưa có trong chỉ mục; hãy chạy 'doccheck index' / not indexed; run 'doccheck index'");
                return ExitCodes.Usage;
            }
            var refs = CorpusExport.References(store, stored);
            foreach (var x in refs)
                Console.WriteLine($"{stored}:{x.Line}:{x.Column}	{x.Relation}	{x.Key}{(x.Date is null ? "" : " ngày " + x.Date)}	{(x.InCorpus is null ? "" : "[trong kho: " + x.InCorpus + "]")}");
            Console.WriteLine($"{refs.Count} lần dẫn, {refs.Select(x => x.Key).Distinct().Count()} văn bản, {refs.Where(x => x.InCorpus is not null).Select(x => x.Key).Distinct().Count()} có trong kho");
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    public static Command Export()
    {
        var table = new Argument<string>("table") { Description = "documents | citations | targets | findings" };
        table.AcceptOnlyFromAmong(CorpusExport.Tables);
        var db = DbOption();
        var format = new Option<string>("--format") { Description = "csv | json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Ghi ra tệp / write to a file" };
        var cmd = new Command("export", "Xuất bảng của kho văn bản / export a corpus table") { table, db, format, output };
        cmd.SetAction(r => WithStore(r.GetValue(db), store =>
        {
            using var target = OutputTarget.Open(r.GetValue(output));
            int n;
            if (r.GetValue(format) == "json") n = CorpusExport.WriteJson(store, r.GetValue(table)!, target.Stream);
            else
            {
                using var w = target.Writer(CitationFormatter.CsvEncoding);
                n = CorpusExport.WriteCsv(store, r.GetValue(table)!, w);
            }
            target.Commit();
            Console.Error.WriteLine($"doccheck: {n} dòng / rows");
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    public static Command Graph()
    {
        var db = DbOption();
        var format = new Option<string>("--format") { Description = "dot | csv", DefaultValueFactory = _ => "dot" };
        format.AcceptOnlyFromAmong("dot", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Ghi ra tệp / write to a file" };
        var cmd = new Command("graph", "Đồ thị dẫn chiếu / the citation graph") { db, format, output };
        cmd.SetAction(r => WithStore(r.GetValue(db), store =>
        {
            using var target = OutputTarget.Open(r.GetValue(output));
            using (var w = r.GetValue(format) == "csv" ? target.Writer(CitationFormatter.CsvEncoding) : target.Writer())
                CorpusExport.WriteGraph(store, r.GetValue(format)!, w);
            target.Commit();
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    public static Command Registry()
    {
        var file = new Argument<string>("file") { Description = "Tệp CSV: number_symbol, issue_date, issuer, title, status, replaced_by" };
        var db = DbOption();
        var import = new Command("import", "Nhập danh mục văn bản đã biết / import known instruments") { file, db };
        import.SetAction(r =>
        {
            string path = r.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"doccheck: {path}: không có tệp này / no such file");
                return ExitCodes.Usage;
            }
            try
            {
                using var store = CorpusStore.Open(CorpusStore.ResolvePath(r.GetValue(db)), write: true);
                var result = RegistryImport.Import(store, path);
                foreach (var p in result.Problems) Console.Error.WriteLine($"doccheck: {path}:{p.Row}: {p.Reason}");
                Console.WriteLine($"{result.Imported} văn bản đã nhập, {result.Problems.Count} dòng bị bỏ qua");
                return result.Problems.Count > 0 ? ExitCodes.UnreadableInput : ExitCodes.Ok;
            }
            catch (CorpusException e)
            {
                Console.Error.WriteLine("doccheck: " + e.Message);
                return ExitCodes.Usage;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"doccheck: {path}: {e.Message}");
                return ExitCodes.UnreadableInput;
            }
        });
        return new Command("registry", "Danh mục văn bản đã biết / the registry of known instruments") { import };
    }
}
