namespace DocCheck.Tests.TestSupport;

/// <summary>Finds the repository (by DocCheck.sln) and the optional ../shared folder beside it.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DocCheck.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("DocCheck.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The bundled sample corpus.</summary>
    public static string Corpus => Path.Combine(RepoRoot, "corpus");

    /// <summary>A file of the bundled corpus.</summary>
    public static string CorpusFile(string name) => Path.Combine(Corpus, name);

    /// <summary>../shared beside the repository, or null on a machine that does not have it.</summary>
    public static string? Shared
    {
        get
        {
            string p = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(p) ? p : null;
        }
    }

    /// <summary>True when golden files should be rewritten instead of compared (DOCCHECK_UPDATE_GOLDEN=1).</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("DOCCHECK_UPDATE_GOLDEN") == "1";
}
