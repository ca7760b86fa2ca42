using System.CommandLine;
using DocCheck.Pipeline;
using DocCheck.Application.Inputs;
using DocCheck.Reporting;

namespace DocCheck.Cli;

/// <summary><c>doccheck parse FILE... [--format text|json] [--text]</c>: shows what DocCheck understood.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Tệp hoặc thư mục (.txt, .md, .html, .docx) / files or folders", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text | json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var text = new Option<bool>("--text") { Description = "In cả văn bản đã chuẩn hóa với số dòng nguồn / also print the normalized text with source line numbers" };
        var noModel = CliOptions.NoModel();
        var cmd = new Command("parse", "Phân tích cấu trúc văn bản (tiêu đề, đề mục, bảng, chữ ký) / show the parsed structure") { files, format, text, noModel };
        cmd.SetAction(result =>
        {
            var analyzer = CliOptions.Analyzer(result, noModel);
            var inputs = InputFiles.Expand(result.GetValue(files) ?? [], analyzer.Readers);
            bool json = result.GetValue(format) == "json";
            bool withText = result.GetValue(text);
            var results = new List<AnalysisResult>();
            foreach (string path in inputs)
            {
                var r = analyzer.AnalyzeFile(path);
                results.Add(r);
                if (!json)
                {
                    if (r.Success) Console.Out.Write(StructureTextFormatter.Format(r.Document, withText));
                    else Console.Error.WriteLine("doccheck: " + r.Error.Describe());
                }
            }
            if (json)
            {
                Console.Out.WriteLine(StructureJsonFormatter.Format(results, withText));
                foreach (var r in results.Where(r => !r.Success)) Console.Error.WriteLine("doccheck: " + r.Error!.Describe());
            }
            return results.Any(r => !r.Success) ? ExitCodes.UnreadableInput : ExitCodes.Ok;
        });
        return cmd;
    }
}
