using System.CommandLine;
using System.Text.Json;
using DocCheck.Application.Queries;
using DocCheck.Application.Reporting;
using DocCheck.Corpus;
using DocCheck.Reporting;

namespace DocCheck.Cli;

/// <summary>The commands that read the corpus — <c>cites</c>, <c>search</c>, <c>conflicts</c>, <c>refs</c>, <c>graph</c>, <c>export</c> — and <c>registry import</c>.</summary>
internal static class CorpusCommands
{
    private static CorpusQueryService Queries(ParseResult r, Option<string?> db) =>
        CorpusQueryService.For(r.GetValue(db), notice => Console.Error.WriteLine("doccheck: " + notice));

    public static Command Cites()
    {
        var query = new Argument<string>("instrument") { Description = "Số hiệu văn bản, ví dụ 61/2018/NĐ-CP, \"nd 61/2018\" / the instrument" };
        var db = CliOptions.Db();
        var format = CliOptions.Format("text", "text", "json", "csv");
        var output = CliOptions.Output();
        var lang = CliOptions.Lang();
        var cmd = new Command("cites", "Văn bản nào dẫn văn bản này / which documents cite an instrument") { query, db, format, output, lang };
        cmd.SetAction(r => Commands.Guarded(() =>
        {
            var result = Queries(r, db).Cites(r.GetValue(query)!);
            using var target = OutputTarget.Open(r.GetValue(output));
            switch (r.GetValue(format))
            {
                case "json":
                    using (var w = new Utf8JsonWriter(target.Stream, JsonOutput.WriterOptions)) CitesPrinter.WriteJson(w, result);
                    break;
                case "csv":
                    using (var w = target.Writer(CitationFormatter.CsvEncoding)) CitesPrinter.WriteCsv(w, result);
                    break;
                default:
                    using (var w = target.Writer()) CitesPrinter.WriteText(w, result, r.GetValue(lang)!);
                    break;
            }
            target.Commit();
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    public static Command Search()
    {
        var text = new Argument<string>("text") { Description = "Từ cần tìm, có dấu hay không dấu; \"cụm từ\", -từ để loại, OR / words, accents optional; \"phrase\", -word, OR" };
        var db = CliOptions.Db();
        var type = new Option<string?>("--type") { Description = "Loại văn bản, ví dụ KH, QĐ / document type code" };
        var issuer = new Option<string?>("--issuer") { Description = "Cơ quan ban hành (một phần tên) / issuer (part of the name)" };
        var province = new Option<string?>("--province") { Description = "Tỉnh, thành phố, ví dụ \"Kon Tum\" / province" };
        var from = new Option<int?>("--from") { Description = "Từ năm / from year" };
        var to = new Option<int?>("--to") { Description = "Đến năm / to year" };
        var relation = new Option<string?>("--relation") { Description = "Văn bản dẫn với quan hệ: căn cứ, thực hiện, sửa đổi, thay thế, bãi bỏ, dẫn chiếu / cites something with this relation" };
        var status = new Option<string?>("--status") { Description = "Tình trạng theo sổ đăng ký, ví dụ \"Còn hiệu lực\" / status in the registry" };
        var limit = new Option<int>("--limit") { Description = "Số kết quả / number of results", DefaultValueFactory = _ => 20 };
        var offset = new Option<int>("--offset") { Description = "Bỏ qua N kết quả đầu (trang sau) / skip the first N results", DefaultValueFactory = _ => 0 };
        var counts = new Option<bool>("--counts") { Description = "Đếm kết quả theo loại, tỉnh, cơ quan, năm, quan hệ / count the hits by filter value" };
        var format = CliOptions.Format("text", "text", "json");
        var lang = CliOptions.Lang();
        var cmd = new Command("search", "Tìm văn bản theo nội dung / full-text search") { text, db, type, issuer, province, from, to, relation, status, limit, offset, counts, format, lang };
        cmd.SetAction(r => Commands.Guarded(() =>
        {
            DocCheck.Extraction.Citations.CitationRelation? rel = null;
            if (r.GetValue(relation) is { } rv)
                rel = CorpusWords.ParseRelation(rv) ?? throw new DocCheck.Application.UsageException($"--relation \"{rv}\": cần căn cứ, thực hiện, sửa đổi, thay thế, bãi bỏ, hết hiệu lực hoặc dẫn chiếu / expected basis, implements, amends, replaces, repeals, expired or references");
            var request = new SearchRequest(r.GetValue(text)!)
            {
                Type = r.GetValue(type), Issuer = r.GetValue(issuer), Province = r.GetValue(province), FromYear = r.GetValue(from), ToYear = r.GetValue(to),
                Relation = rel, Status = r.GetValue(status), Limit = Math.Clamp(r.GetValue(limit), 1, 1000), Offset = Math.Max(0, r.GetValue(offset)),
                Counts = r.GetValue(counts),
            };
            var results = Queries(r, db).Search(request);
            if (r.GetValue(format) == "json")
            {
                using var w = new Utf8JsonWriter(Console.OpenStandardOutput(), JsonOutput.WriterOptions);
                SearchPrinter.WriteJson(w, results);
            }
            else SearchPrinter.WriteText(Console.Out, results, request.Offset, r.GetValue(lang)!);
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    public static Command Similar()
    {
        var what = new Argument<string>("document") { Description = "Tệp (trong kho hay bản dự thảo) hoặc số hiệu văn bản trong kho / a file (indexed or a draft) or an instrument number the corpus holds" };
        var db = CliOptions.Db();
        var limit = new Option<int>("--limit") { Description = "Số kết quả / number of results", DefaultValueFactory = _ => 10 };
        var noModel = CliOptions.NoModel();
        var lang = CliOptions.Lang();
        var cmd = new Command("similar", "Văn bản giống văn bản này nhất / the documents most like this one") { what, db, limit, noModel, lang };
        cmd.SetAction(r => Commands.Guarded(() =>
        {
            var result = Queries(r, db).Similar(r.GetValue(what)!, CliOptions.Analyzer(r, noModel), Math.Clamp(r.GetValue(limit), 1, 200));
            SearchPrinter.WriteSimilar(Console.Out, result, r.GetValue(lang)!);
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    public static Command Conflicts()
    {
        var db = CliOptions.Db();
        var format = CliOptions.Format("text", "text", "json");
        var lang = CliOptions.Lang();
        var cmd = new Command("conflicts", "Văn bản được dẫn với ngày khác nhau trong kho / instruments cited with different dates across the corpus") { db, format, lang };
        cmd.SetAction(r => Commands.Guarded(() =>
        {
            var groups = Queries(r, db).Conflicts();
            if (r.GetValue(format) == "json")
            {
                using var w = new Utf8JsonWriter(Console.OpenStandardOutput(), JsonOutput.WriterOptions);
                ConflictsPrinter.WriteJson(w, groups);
            }
            else ConflictsPrinter.WriteText(Console.Out, groups, r.GetValue(lang)!);
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    public static Command Refs()
    {
        var doc = new Argument<string>("document") { Description = "Tệp văn bản đã lập chỉ mục / an indexed document" };
        var db = CliOptions.Db();
        var lang = CliOptions.Lang();
        var cmd = new Command("refs", "Văn bản này dẫn những văn bản nào / what a document cites") { doc, db, lang };
        cmd.SetAction(r => Commands.Guarded(() =>
        {
            RefsPrinter.WriteText(Console.Out, Queries(r, db).Refs(r.GetValue(doc)!), r.GetValue(lang)!);
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    public static Command Export()
    {
        var table = new Argument<string>("table") { Description = "documents | citations | targets | findings" };
        table.AcceptOnlyFromAmong(ExportTables.Names);
        var db = CliOptions.Db();
        var format = CliOptions.Format("csv", "csv", "json");
        var output = CliOptions.Output();
        var cmd = new Command("export", "Xuất bảng của kho văn bản / export a corpus table") { table, db, format, output };
        cmd.SetAction(r => Commands.Guarded(() =>
        {
            using var export = Queries(r, db).Export(r.GetValue(table)!);
            using var target = OutputTarget.Open(r.GetValue(output));
            int n;
            if (r.GetValue(format) == "json") n = ExportPrinter.WriteJson(target.Stream, export.Table);
            else
            {
                using var w = target.Writer(CitationFormatter.CsvEncoding);
                n = ExportPrinter.WriteCsv(w, export.Table);
            }
            target.Commit();
            Console.Error.WriteLine($"doccheck: {n} dòng / rows");
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    public static Command Graph()
    {
        var db = CliOptions.Db();
        var format = CliOptions.Format("dot", "dot", "csv");
        var output = CliOptions.Output();
        var cmd = new Command("graph", "Đồ thị dẫn chiếu / the citation graph") { db, format, output };
        cmd.SetAction(r => Commands.Guarded(() =>
        {
            var edges = Queries(r, db).Graph();
            using var target = OutputTarget.Open(r.GetValue(output));
            if (r.GetValue(format) == "csv")
            {
                using var w = target.Writer(CitationFormatter.CsvEncoding);
                GraphPrinter.WriteCsv(w, edges);
            }
            else
            {
                using var w = target.Writer();
                GraphPrinter.WriteDot(w, edges);
            }
            target.Commit();
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    public static Command Registry()
    {
        var file = new Argument<string>("file") { Description = "Tệp CSV: number_symbol, issue_date, issuer, title, status, replaced_by" };
        var db = CliOptions.Db();
        var lang = CliOptions.Lang();
        var import = new Command("import", "Nhập danh mục văn bản đã biết / import known instruments") { file, db, lang };
        import.SetAction(r => Commands.Guarded(() =>
        {
            string path = r.GetValue(file)!;
            RegistryImportResult result;
            try
            {
                result = Queries(r, db).ImportRegistry(path);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"doccheck: {path}: {e.Message}");
                return ExitCodes.UnreadableInput;
            }
            foreach (var p in result.Problems) Console.Error.WriteLine($"doccheck: {path}:{p.Row}: {p.Reason}");
            Console.WriteLine(IndexPrinter.RegistrySummary(result, r.GetValue(lang)!));
            return result.Problems.Count > 0 ? ExitCodes.UnreadableInput : ExitCodes.Ok;
        }));
        return new Command("registry", "Danh mục văn bản đã biết / the registry of known instruments") { import };
    }
}
