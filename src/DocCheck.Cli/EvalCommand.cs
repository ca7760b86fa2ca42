using System.CommandLine;
using System.Globalization;
using DocCheck.Application.Evaluation;

namespace DocCheck.Cli;

/// <summary><c>doccheck eval citations [--phapdien DIR] [--misses FILE]</c>: accuracy on labelled data.</summary>
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
        eval.Subcommands.Add(RoleCommands.Eval());
        return eval;
    }
}
