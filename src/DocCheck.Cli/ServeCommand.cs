using System.CommandLine;
using DocCheck.Application;
using DocCheck.Application.Indexing;
using DocCheck.Application.Reporting;
using DocCheck.Web;
using DocCheck.Web.Security;
using Microsoft.Extensions.Hosting;

namespace DocCheck.Cli;

/// <summary>
/// <c>doccheck serve [--db FILE] [--urls URL] [--index PATH...] [--max-upload MB] [--lint-timeout S]</c>: the web
/// application on this machine (http://127.0.0.1:5080) until Ctrl+C; <c>--index</c> indexes folders first.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = CliOptions.Db();
        var urls = new Option<string[]>("--urls") { Description = "Địa chỉ nghe, mặc định http://127.0.0.1:5080 / addresses to listen on", AllowMultipleArgumentsPerToken = true };
        var index = new Option<string[]>("--index") { Description = "Lập chỉ mục các thư mục này trước khi chạy / index these folders first", AllowMultipleArgumentsPerToken = true };
        var maxUpload = new Option<int>("--max-upload") { Description = "Tệp tải lên lớn nhất, MB (mặc định 20) / largest upload in MB", DefaultValueFactory = _ => 20 };
        var timeout = new Option<int>("--lint-timeout") { Description = "Thời gian tối đa cho một lần kiểm tra, giây (mặc định 30) / time limit of one check, s", DefaultValueFactory = _ => 30 };
        var noModel = CliOptions.NoModel();
        var cmd = new Command("serve", "Chạy ứng dụng web / run the web application") { db, urls, index, maxUpload, timeout, noModel };
        cmd.SetAction(r => Commands.Guarded(() =>
        {
            string corpus = CorpusLocation.Resolve(r.GetValue(db));
            var list = (r.GetValue(urls) ?? []).SelectMany(u => u.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries)).ToList();
            if (r.GetValue(maxUpload) is < 1 or > 1024) throw new UsageException("--max-upload: từ 1 đến 1024 MB / between 1 and 1024 MB");
            if (r.GetValue(timeout) is < 1 or > 3600) throw new UsageException("--lint-timeout: từ 1 đến 3600 giây / between 1 and 3600 s");
            if (r.GetValue(index) is { Length: > 0 } folders)
            {
                var summary = new IndexService(CliOptions.Analyzer(r, noModel)).Index(new IndexRequest(folders, corpus), null, CancellationToken.None,
                    m => Console.Error.WriteLine("doccheck: " + m));
                foreach (var e in summary.Errors) Console.Error.WriteLine("doccheck: " + e.Describe());
                Console.WriteLine(IndexPrinter.Summary(summary, "vi"));
            }
            else
            {
                // Opened for writing once: a new corpus is created (documents come from `doccheck index` or an
                // archivist's upload), one made by an earlier DocCheck is brought to this schema. Pages read only.
                bool created = !File.Exists(corpus);
                try
                {
                    using (DocCheck.Corpus.CorpusConnection.Open(corpus, write: true)) { }
                }
                catch (DocCheck.Corpus.CorpusException e) when (!created)
                {
                    Console.Error.WriteLine("doccheck: " + e.Message);
                }
                if (created)
                    Console.Error.WriteLine($"doccheck: {corpus}: kho mới, chưa có văn bản; thêm bằng 'doccheck index THƯ_MỤC' hoặc 'serve --index THƯ_MỤC' / a new, empty corpus");
            }
            var options = new WebOptions
            {
                Db = corpus,
                Urls = list.Count > 0 ? list : new WebOptions { Db = corpus }.Urls,
                MaxUpload = r.GetValue(maxUpload) * 1024L * 1024,
                LintTimeout = TimeSpan.FromSeconds(r.GetValue(timeout)),
                NoModel = r.GetValue(noModel),
            };
            var app = DocCheckWeb.Build(options, notify: m => Console.Error.WriteLine("doccheck: " + m));
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                throw new UsageException($"{string.Join(", ", options.Urls)}: không nghe được ({e.Message}); địa chỉ đã có chương trình khác dùng? / cannot listen: is the address in use?", e);
            }
            Console.WriteLine($"DocCheck: {string.Join(", ", options.Urls)} — kho {corpus}; Ctrl+C để dừng / to stop");
            app.WaitForShutdown();
            return ExitCodes.Ok;
        }));
        return cmd;
    }
}

/// <summary><c>doccheck users add NAME --role reader|archivist</c>, <c>users list</c>, <c>users remove NAME</c>: the accounts of a corpus.</summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Tên tài khoản / account name" };
        var role = new Option<string>("--role") { Description = "reader | archivist", DefaultValueFactory = _ => "reader" };
        role.AcceptOnlyFromAmong("reader", "archivist");
        var db = CliOptions.Db();
        var add = new Command("add", "Thêm tài khoản hoặc đổi mật khẩu; mật khẩu đọc từ bàn phím hoặc stdin / add an account or set its password (read from the terminal or stdin)") { name, role, db };
        add.SetAction(r => Commands.Guarded(() =>
        {
            var accounts = Accounts.For(CorpusLocation.Resolve(r.GetValue(db)));
            string password = ReadPassword();
            accounts.Set(r.GetValue(name)!, r.GetValue(role) == "archivist" ? Role.Archivist : Role.Reader, password);
            Console.WriteLine($"{r.GetValue(name)}: {r.GetValue(role)} ({accounts.File})");
            return ExitCodes.Ok;
        }));
        var listDb = CliOptions.Db();
        var list = new Command("list", "Các tài khoản / the accounts") { listDb };
        list.SetAction(r => Commands.Guarded(() =>
        {
            foreach (var a in Accounts.For(CorpusLocation.Resolve(r.GetValue(listDb))).All()) Console.WriteLine($"{a.Name}\t{a.Role.ToString().ToLowerInvariant()}");
            return ExitCodes.Ok;
        }));
        var removeName = new Argument<string>("name") { Description = "Tên tài khoản / account name" };
        var removeDb = CliOptions.Db();
        var remove = new Command("remove", "Xóa tài khoản / remove an account") { removeName, removeDb };
        remove.SetAction(r => Commands.Guarded(() =>
            Accounts.For(CorpusLocation.Resolve(r.GetValue(removeDb))).Remove(r.GetValue(removeName)!) ? ExitCodes.Ok
                : throw new UsageException($"{r.GetValue(removeName)}: không có tài khoản này / no such account")));
        return new Command("users", "Tài khoản của ứng dụng web / accounts of the web application") { add, list, remove };
    }

    /// <summary>The password: the first line of stdin when it is redirected, else typed twice without echo.</summary>
    private static string ReadPassword()
    {
        if (Console.IsInputRedirected) return Console.In.ReadLine()?.TrimEnd('\r') ?? throw new UsageException("cần mật khẩu trên stdin / a password is expected on stdin");
        string first = Hidden("Mật khẩu / password: ");
        string second = Hidden("Nhập lại / again: ");
        return first == second ? first : throw new UsageException("hai lần nhập không khớp / the two entries differ");
    }

    private static string Hidden(string prompt)
    {
        Console.Error.Write(prompt);
        var sb = new System.Text.StringBuilder();
        while (true)
        {
            var k = Console.ReadKey(intercept: true);
            if (k.Key == ConsoleKey.Enter) break;
            if (k.Key == ConsoleKey.Backspace) { if (sb.Length > 0) sb.Length--; continue; }
            if (!char.IsControl(k.KeyChar)) sb.Append(k.KeyChar);
        }
        Console.Error.WriteLine();
        return sb.ToString();
    }
}
