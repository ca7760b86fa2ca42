namespace DocCheck.Bench;

/// <summary>The repository root: the nearest folder above the program (or the current folder) holding DocCheck.sln.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "DocCheck.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("DocCheck.sln not found above the current folder");
    }
}
