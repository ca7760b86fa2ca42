using System.CommandLine;
using System.Globalization;
using DocCheck.Application.Roles;
using DocCheck.Pipeline;

namespace DocCheck.Cli;

/// <summary>Options several commands share, and the analyzer a command's options ask for.</summary>
internal static class CliOptions
{
    public static Option<string?> Db() => new("--db") { Description = "Cơ sở dữ liệu (mặc định .doccheck/corpus.db hoặc DOCCHECK_DB) / database file" };

    public static Option<string> Lang()
    {
        var lang = new Option<string>("--lang") { Description = "Ngôn ngữ / language: vi | en", DefaultValueFactory = _ => "vi" };
        lang.AcceptOnlyFromAmong("vi", "en");
        return lang;
    }

    public static Option<string?> Output() => new("--output", "-o") { Description = "Ghi ra tệp / write to a file" };

    public static Option<string> Format(string @default, params string[] formats)
    {
        var format = new Option<string>("--format") { Description = string.Join(" | ", formats), DefaultValueFactory = _ => @default };
        format.AcceptOnlyFromAmong(formats);
        return format;
    }

    public static Option<string?> ReferenceDate() =>
        new("--reference-date") { Description = "Ngày tham chiếu khi văn bản chưa có ngày (2023-05-31 hoặc 31/05/2023) / date to use when a document has none" };

    /// <summary>The value of --reference-date, or null; a date in another form is a usage error.</summary>
    public static DateOnly? ParseReferenceDate(string? text)
    {
        if (text is null) return null;
        if (!DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            throw new DocCheck.Application.UsageException($"--reference-date \"{text}\": cần dạng 2023-05-31 hoặc 31/05/2023 / expected 2023-05-31 or 31/05/2023");
        return d;
    }

    public static Option<bool> NoModel() =>
        new("--no-model") { Description = "Vai trò chỉ tiêu chỉ theo quy tắc, không dùng mô hình / quantity roles by the rules alone" };

    /// <summary>The analyzer for a command: with the role model unless --no-model; a missing or broken model is one warning on stderr.</summary>
    public static DocumentAnalyzer Analyzer(ParseResult r, Option<bool> noModel) =>
        RoleModelLocator.Analyzer(r.GetValue(noModel), warning => Console.Error.WriteLine("doccheck: " + warning));
}
