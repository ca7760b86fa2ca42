using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DocCheck.Application;
using DocCheck.Application.Evaluation;
using DocCheck.Application.Evaluation.Planted;
using DocCheck.Application.Reporting;

namespace DocCheck.Cli;

/// <summary>
/// <c>doccheck eval citations [--phapdien DIR] [--misses FILE]</c>: accuracy on labelled data; <c>doccheck eval planted
/// [--seeds DIR] [--plans FILE] [--misses FILE] [--format text|json]</c>: recall on defects planted into the seeds and real plans.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var eval = new Command("eval", "Đo độ chính xác trên dữ liệu có nhãn / measure accuracy on labelled data");
        var folder = new Option<string>("--phapdien") { Description = "Thư mục phapdien-labelled-citations", DefaultValueFactory = _ => Path.Combine("..", "shared", "corpus-ext", "phapdien-labelled-citations") };
        var misses = new Option<string?>("--misses") { Description = "Ghi các trường hợp sai vào tệp TSV / write the misses to a TSV file" };
        var limit = new Option<int>("--limit") { Description = "Chỉ đọc N ghi chú đầu / only the first N notes", DefaultValueFactory = _ => int.MaxValue };
        var citations = new Command("citations", "Trích dẫn: khóa chuẩn và ngày ban hành của trích dẫn đầu tiên trong mỗi ghi chú nguồn Pháp điển") { folder, misses, limit };
        citations.SetAction(r =>
        {
            string dir = r.GetValue(folder)!;
            if (!File.Exists(Path.Combine(dir, "source_notes.jsonl")))
            {
                Console.Error.WriteLine($"doccheck: {dir}: không có source_notes.jsonl / not found");
                return ExitCodes.Usage;
            }
            var res = PhapDienEvaluation.Run(dir, r.GetValue(limit));
            string P(int n) => res.Share(n).ToString("P2", CultureInfo.InvariantCulture);
            Console.WriteLine($"notes read                      {res.Notes}");
            Console.WriteLine($"scored (gold number parses)     {res.Scored}  (unusable gold: {res.GoldUnusable})");
            Console.WriteLine($"right key                       {res.KeyRight}  {P(res.KeyRight)}");
            Console.WriteLine($"right date (or none if unstated) {res.DateRight}  {P(res.DateRight)}");
            Console.WriteLine($"right key and date              {res.BothRight}  {P(res.BothRight)}");
            Console.WriteLine($"misses judged errors in the data {res.DataErrors}; right key and date without them {res.AdjustedShare.ToString("P2", CultureInfo.InvariantCulture)}");
            Console.WriteLine($"notes stating an issue date     {res.NotesWithDate}; right key and date among them {res.DatedRight}");
            Console.WriteLine($"right key and gold date, short forms resolved within a đề mục  {res.ContextDateRight}  {P(res.ContextDateRight)}");
            if (r.GetValue(misses) is { } path)
            {
                using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
                w.WriteLine("reason\tgold_key\tgold_date\tkey\tdate\tnote");
                foreach (var m in res.Misses) w.WriteLine($"{m.Reason}\t{m.GoldKey}\t{m.GoldDate}\t{m.Key}\t{m.Date}\t{m.Note.Replace('\t', ' ')}");
                Console.WriteLine($"misses written to {path}");
            }
            return ExitCodes.Ok;
        });
        eval.Subcommands.Add(citations);
        eval.Subcommands.Add(Planted());
        eval.Subcommands.Add(RoleCommands.Eval());
        return eval;
    }

    private static Command Planted()
    {
        var seeds = new Option<string>("--seeds") { Description = "Thư mục các văn bản mẫu (mọi tệp .txt) / folder of the seeds (every .txt)", DefaultValueFactory = _ => "corpus" };
        var plans = new Option<string>("--plans") { Description = "Danh sách kế hoạch thật, mỗi dòng một đường dẫn (hoặc TSV, cột đầu) / list of real plans, one path a line (or a TSV, first column)", DefaultValueFactory = _ => Path.Combine("corpus", "heldout", "planted-plans.tsv") };
        var root = new Option<string>("--corpus-ext") { Description = "Thư mục gốc của các đường dẫn tương đối trong danh sách / folder the list's relative paths are under", DefaultValueFactory = _ => Path.Combine("..", "shared", "corpus-ext") };
        var seed = new Option<int>("--seed") { Description = "Hạt giống ngẫu nhiên / random seed", DefaultValueFactory = _ => 20 };
        var perKind = new Option<int>("--per-kind") { Description = "Số lỗi mỗi loại trong mỗi văn bản / defects of each kind per document", DefaultValueFactory = _ => 1 };
        var misses = new Option<string?>("--misses") { Description = "Ghi các lỗi không bắt được vào tệp TSV / write the misses to a TSV file" };
        var outcomes = new Option<string?>("--outcomes") { Description = "Ghi mọi lỗi đã cài (bắt được hay không) vào tệp TSV / write every planted defect to a TSV file" };
        var copies = new Option<string?>("--copies") { Description = "Ghi bản sao đã cài lỗi của mỗi lỗi không bắt được vào thư mục / write the planted copy of each miss into a folder" };
        var format = CliOptions.Format("text", "text", "json");
        var referenceDate = CliOptions.ReferenceDate();
        var noModel = CliOptions.NoModel();
        var planted = new Command("planted", "Lỗi cài sẵn: gài từng lỗi vào bản sao văn bản mẫu và kế hoạch thật, xem DocCheck có báo đúng chỗ không / plant defects one at a time and count those reported where planted")
            { seeds, plans, root, seed, perKind, misses, outcomes, copies, format, referenceDate, noModel };
        planted.SetAction(r => Commands.Guarded(() =>
        {
            if (r.GetValue(perKind) < 1) throw new UsageException("--per-kind: cần từ 1 trở lên / must be at least 1");
            string seedDir = r.GetValue(seeds)!, list = r.GetValue(plans)!;
            if (!Directory.Exists(seedDir)) throw new UsageException($"--seeds \"{seedDir}\": không có thư mục này / no such folder");
            if (!File.Exists(list)) throw new UsageException($"--plans \"{list}\": không có tệp này / no such file");
            var inputs = PlantedInputs.Seeds(seedDir);
            inputs.AddRange(PlantedInputs.Plans(list, r.GetValue(root)!, "plans", out var missing));
            foreach (string m in missing) Console.Error.WriteLine($"doccheck: {m}: không có tệp này, bỏ qua / not found, skipped");
            var options = new PlantingOptions
            {
                Seed = r.GetValue(seed), PerKind = r.GetValue(perKind), KeepMissedCopies = r.GetValue(copies) is not null,
                Lint = new DocCheck.Rules.LintOptions { ReferenceDate = CliOptions.ParseReferenceDate(r.GetValue(referenceDate)) },
            };
            var result = PlantedDefects.Run(inputs, CliOptions.Analyzer(r, noModel), options);
            if (r.GetValue(format) == "json")
                Console.WriteLine(PlantedPrinter.Json(result).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            else
                PlantedPrinter.WriteText(Console.Out, result);
            void Tsv(string? path, Action<TextWriter> write)
            {
                if (path is null) return;
                using (var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false))) write(w);
                Console.Error.WriteLine($"written {path}");
            }
            Tsv(r.GetValue(misses), w => PlantedPrinter.WriteMisses(w, result));
            Tsv(r.GetValue(outcomes), w => PlantedPrinter.WriteOutcomes(w, result));
            if (r.GetValue(copies) is { } dir)
            {
                Directory.CreateDirectory(dir);
                foreach (var m in result.Misses.Where(m => m.Copy is not null))
                {
                    // "tnt-0306_153-KH-UBND.over-100-percent.L154.txt", the extension kept so a .docx's text reads as text.
                    string name = $"{Path.GetFileNameWithoutExtension(m.File)}.{m.Kind.Name()}.L{m.Line}.txt";
                    File.WriteAllText(Path.Combine(dir, name), m.Copy, new System.Text.UTF8Encoding(false));
                }
                Console.Error.WriteLine($"planted copies of the misses written to {dir}");
            }
            return ExitCodes.Ok;
        }));
        return planted;
    }
}
