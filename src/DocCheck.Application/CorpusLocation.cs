namespace DocCheck.Application;

/// <summary>Which corpus a command uses: the one it names (--db), else DOCCHECK_DB, else .doccheck/corpus.db in the current folder.</summary>
public static class CorpusLocation
{
    /// <summary>The default database, relative to the current directory.</summary>
    public const string DefaultPath = ".doccheck/corpus.db";

    /// <summary>The database to use: <paramref name="option"/>, else DOCCHECK_DB, else <see cref="DefaultPath"/>.</summary>
    public static string Resolve(string? option) =>
        option ?? (Environment.GetEnvironmentVariable("DOCCHECK_DB") is { Length: > 0 } env ? env : DefaultPath);
}
