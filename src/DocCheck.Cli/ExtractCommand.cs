using System.CommandLine;
using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Reporting;

namespace DocCheck.Cli;

/// <summary><c>doccheck extract FILE|DIR... --what citations [--format text|json|csv] [--output FILE]</c>.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Tệp hoặc thư mục / files or folders", Arity = ArgumentArity.OneOrMore };
        var what = new Option<string>("--what") { Description = "citations", DefaultValueFactory = _ => "citations" };
        what.AcceptOnlyFromAmong("citations");
        var format = new Option<string>("--format") { Description = "text | json | csv", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Ghi ra tệp / write to a file" };
        var cmd = new Command("extract", "Trích xuất các văn bản được viện dẫn / list what documents cite") { files, what, format, output };
        cmd.SetAction(r =>
        {
            var analyzer = new DocumentAnalyzer();
            var inputs = InputFiles.Expand(r.GetValue(files) ?? [], analyzer.Readers);
            var rows = new List<CitationRow>();
            var errors = new List<ReadError>();
            foreach (string path in inputs)
            {
                var res = analyzer.AnalyzeFile(path);
                if (res.Success) rows.AddRange(CitationRow.From(res.Document));
                else errors.Add(res.Error);
            }
            using (var target = OutputTarget.Open(r.GetValue(output)))
            {
                switch (r.GetValue(format))
                {
                    case "json":
                        CitationFormatter.WriteJson(target.Stream, rows, errors);
                        break;
                    case "csv":
                        using (var w = target.Writer(CitationFormatter.CsvEncoding)) CitationFormatter.WriteCsv(w, rows);
                        break;
                    default:
                        using (var w = target.Writer()) CitationFormatter.WriteText(w, rows);
                        break;
                }
                target.Commit();
            }
            foreach (var e in errors) Console.Error.WriteLine("doccheck: " + e.Describe());
            return errors.Count > 0 ? ExitCodes.UnreadableInput : ExitCodes.Ok;
        });
        return cmd;
    }
}
