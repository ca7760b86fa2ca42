namespace DocCheck.Tests.Normalization;

/// <summary>
/// Finds the real documents in <c>shared/seeds</c>, a sibling of the repository (<c>&lt;repo&gt;/../shared/seeds</c>),
/// by walking up from the test assembly. The folder is absent on most machines; callers then skip.
/// </summary>
public static class SeedFiles
{
    public static string? Directory { get; } = Locate();

    /// <summary>The seed documents, or an empty list when the folder is absent.</summary>
    public static IReadOnlyList<string> All =>
        Directory is null ? [] : System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal).ToArray();

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
