using System.Globalization;
using DocCheck.Rules;
using Microsoft.Data.Sqlite;

namespace DocCheck.Corpus.Sqlite;

/// <summary>
/// How the fact model's values are written in SQLite: dates as ISO 8601 text, enums by their names, levels as the
/// lowercase words of the reports ("error"), booleans as 0/1, missing values as NULL.
/// </summary>
internal static class SqliteValues
{
    public static object Db(string? s) => (object?)s ?? DBNull.Value;

    public static object Db(int? n) => n is { } v ? v : DBNull.Value;

    public static object Db(double? d) => d is { } v ? v : DBNull.Value;

    public static object Db(DateOnly? d) => d is { } v ? Iso(v) : DBNull.Value;

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Level(RuleLevel level) => level switch
    {
        RuleLevel.Error => "error",
        RuleLevel.Warning => "warning",
        _ => "info",
    };

    public static RuleLevel ParseLevel(string s) => s switch
    {
        "error" => RuleLevel.Error,
        "warning" => RuleLevel.Warning,
        _ => RuleLevel.Info,
    };

    public static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    public static double? Real(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    public static DateOnly? Date(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : ParseDate(r.GetString(i));

    public static DateOnly ParseDate(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static T Enum<T>(SqliteDataReader r, int i) where T : struct, System.Enum => System.Enum.Parse<T>(r.GetString(i));
}
