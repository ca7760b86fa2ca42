using System.Text.RegularExpressions;

namespace DocCheck.Application;

/// <summary>Which corpus a command uses: the one it names (--db), else DOCCHECK_DB, else .doccheck/corpus.db in the current folder.</summary>
public static partial class CorpusLocation
{
    /// <summary>The default database, relative to the current directory.</summary>
    public const string DefaultPath = ".doccheck/corpus.db";

    /// <summary>
    /// The database to use: <paramref name="option"/>, else DOCCHECK_DB, else <see cref="DefaultPath"/>. A value that is
    /// a URL ("postgres://…", "https://…") or a connection string ("Host=…;Database=…") is refused with a
    /// <see cref="UsageException"/>: taken as a file name it became an SQLite file in a new folder named "postgres:".
    /// </summary>
    public static string Resolve(string? option)
    {
        bool fromOption = option is not null;
        string value = option ?? (Environment.GetEnvironmentVariable("DOCCHECK_DB") is { Length: > 0 } env ? env : DefaultPath);
        string source = fromOption ? "--db" : "DOCCHECK_DB";
        if (Url().Match(value) is { Success: true } url)
        {
            string scheme = url.Groups["scheme"].Value.ToLowerInvariant();
            string shown = Redact(value);
            throw new UsageException(scheme is "postgres" or "postgresql"
                ? $"{source} {shown}: phiên bản này chỉ lưu kho văn bản trong tệp SQLite, chưa dùng được máy chủ PostgreSQL; hãy cho đường dẫn tệp .db (mặc định {DefaultPath}) / this version keeps the corpus in an SQLite file only; PostgreSQL is not supported yet"
                : $"{source} {shown}: địa chỉ {scheme}:// không phải kho văn bản; hãy cho đường dẫn tệp SQLite .db (mặc định {DefaultPath}) / not a database DocCheck can use: give the path of an SQLite file");
        }
        if (ConnectionString().IsMatch(value))
            throw new UsageException($"{source} \"{RedactConnectionString(value)}\": đây là chuỗi kết nối; phiên bản này chỉ lưu kho văn bản trong tệp SQLite, hãy cho đường dẫn tệp .db (mặc định {DefaultPath}) / a connection string: this version keeps the corpus in an SQLite file only");
        return value;
    }

    // "scheme://", as URLs and database URIs are written; a Windows path ("C:\…", "C:/…") has one letter and no "//".
    [GeneratedRegex(@"^(?<scheme>[A-Za-z][A-Za-z0-9+.\-]+)://", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    // "Host=…;Database=…", "Server=…; User Id=…": two or more key=value pairs joined by ";".
    [GeneratedRegex(@"^\s*[A-Za-z][A-Za-z ]*=[^;]*;\s*[A-Za-z][A-Za-z ]*=", RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionString();

    /// <summary>The URL without its user, password and query (which may hold a password): credentials never go into a message.</summary>
    private static string Redact(string url)
    {
        int start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        int query = url.IndexOfAny(['?', '#'], start);
        string rest = query < 0 ? url[start..] : url[start..query] + "?…";
        int slash = rest.IndexOf('/');
        int at = (slash < 0 ? rest : rest[..slash]).LastIndexOf('@');
        return url[..start] + (at < 0 ? rest : "…@" + rest[(at + 1)..]);
    }

    /// <summary>
    /// The connection string with the value of each password key replaced, read by the framework's own
    /// <see cref="System.Data.Common.DbConnectionStringBuilder"/> (quoted values included); one it cannot read is not
    /// shown at all.
    /// </summary>
    private static string RedactConnectionString(string value)
    {
        try
        {
            var b = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = value };
            foreach (string key in b.Keys.Cast<string>().ToList())
                if (key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() is "password" or "pwd" or "passwd") b[key] = "…";
            return b.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "…";
        }
    }
}
