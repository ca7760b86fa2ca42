using System.CommandLine;
using System.Text.Json;
using DocCheck.Pipeline;
using DocCheck.Application.Inputs;
using DocCheck.Reading;
using DocCheck.Reporting;

namespace DocCheck.Cli;

/// <summary><c>doccheck extract FILE|DIR... --what citations|dates|targets|all [--format text|json|csv] [--output FILE]</c>.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Tệp hoặc thư mục / files or folders", Arity = ArgumentArity.OneOrMore };
        var what = new Option<string>("--what") { Description = "citations | dates | targets | all", DefaultValueFactory = _ => "citations" };
        what.AcceptOnlyFromAmong("citations", "dates", "targets", "all");
        var format = new Option<string>("--format") { Description = "text | json | csv", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Ghi ra tệp / write to a file" };
        var noModel = CliOptions.NoModel();
        var cmd = new Command("extract", "Trích xuất văn bản được viện dẫn, ngày tháng, chỉ tiêu / list citations, dates, targets") { files, what, format, output, noModel };
        cmd.SetAction(r =>
        {
            string kind = r.GetValue(what)!;
            string fmt = r.GetValue(format)!;
            if (fmt == "csv" && kind == "all")
            {
                Console.Error.WriteLine("doccheck: CSV cần một loại: --what citations, dates hoặc targets / CSV needs one kind");
                return ExitCodes.Usage;
            }
            var analyzer = CliOptions.Analyzer(r, noModel);
            var inputs = InputFiles.Expand(r.GetValue(files) ?? [], analyzer.Readers);
            // Each file's rows on every core, then all of them in the inputs' order.
            var perFile = new (List<CitationRow> C, List<BlankCitationRow> B, List<DateRow> D, List<QuantityRow> Q, ReadError? E)[inputs.Count];
            LargestFirst.ForEach(inputs, i =>
            {
                var res = analyzer.AnalyzeFile(inputs[i]);
                if (!res.Success) { perFile[i] = ([], [], [], [], res.Error); return; }
                perFile[i] = (
                    kind is "citations" or "all" ? [.. CitationRow.From(res.Document)] : [],
                    kind is "citations" or "all" ? [.. BlankCitationRow.From(res.Document)] : [],
                    kind is "dates" or "all" ? [.. DateRow.From(res.Document)] : [],
                    kind is "targets" or "all" ? [.. QuantityRow.From(res.Document)] : [],
                    null);
            });
            var citations = perFile.SelectMany(f => f.C).ToList();
            var blankCitations = perFile.SelectMany(f => f.B).ToList();
            var dates = perFile.SelectMany(f => f.D).ToList();
            var quantities = perFile.SelectMany(f => f.Q).ToList();
            var errors = perFile.Where(f => f.E is not null).Select(f => f.E!).ToList();
            using (var target = OutputTarget.Open(r.GetValue(output)))
            {
                if (fmt == "json")
                {
                    using (var w = new Utf8JsonWriter(target.Stream, JsonOutput.WriterOptions))
                    {
                        w.WriteStartObject();
                        if (kind is "citations" or "all") { CitationFormatter.WriteCitationsJson(w, citations); CitationFormatter.WriteBlankCitationsJson(w, blankCitations); }
                        if (kind is "dates" or "all") ExtractionFormatter.WriteDatesJson(w, dates);
                        if (kind is "targets" or "all") ExtractionFormatter.WriteQuantitiesJson(w, quantities);
                        JsonOutput.WriteErrors(w, errors);
                        w.WriteEndObject();
                    }
                }
                else if (fmt == "csv")
                {
                    using var w = target.Writer(CitationFormatter.CsvEncoding);
                    if (kind == "citations") CitationFormatter.WriteCsv(w, citations);
                    else if (kind == "dates") ExtractionFormatter.WriteDatesCsv(w, dates);
                    else ExtractionFormatter.WriteQuantitiesCsv(w, quantities);
                }
                else
                {
                    using var w = target.Writer();
                    if (kind is "citations" or "all") CitationFormatter.WriteText(w, citations);
                    if (kind is "dates" or "all") ExtractionFormatter.WriteDatesText(w, dates);
                    if (kind is "targets" or "all") ExtractionFormatter.WriteQuantitiesText(w, quantities);
                }
                target.Commit();
            }
            foreach (var e in errors) Console.Error.WriteLine("doccheck: " + e.Describe());
            return errors.Count > 0 ? ExitCodes.UnreadableInput : ExitCodes.Ok;
        });
        return cmd;
    }
}
