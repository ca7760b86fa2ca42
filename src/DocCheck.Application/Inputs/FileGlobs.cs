using Microsoft.Extensions.FileSystemGlobbing;

namespace DocCheck.Application.Inputs;

/// <summary>
/// Include and exclude globs ("**/*.docx", "nhap/**") for files found inside a folder, matched against the path
/// relative to that folder. No include means everything a reader takes.
/// </summary>
public sealed class FileGlobs
{
    private readonly Matcher? _include;
    private readonly Matcher? _exclude;

    public FileGlobs(IEnumerable<string>? include, IEnumerable<string>? exclude)
    {
        var inc = include?.Where(s => !string.IsNullOrWhiteSpace(s)).ToList() ?? [];
        var exc = exclude?.Where(s => !string.IsNullOrWhiteSpace(s)).ToList() ?? [];
        if (inc.Count > 0) { _include = new Matcher(StringComparison.OrdinalIgnoreCase); _include.AddIncludePatterns(inc); }
        if (exc.Count > 0) { _exclude = new Matcher(StringComparison.OrdinalIgnoreCase); _exclude.AddIncludePatterns(exc); }
    }

    /// <summary>No filtering.</summary>
    public static FileGlobs None { get; } = new(null, null);

    /// <summary>True if <paramref name="file"/>, found under <paramref name="root"/>, is to be checked.</summary>
    public bool Accepts(string root, string file)
    {
        string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        if (_include is not null && !_include.Match(relative).HasMatches) return false;
        return _exclude is null || !_exclude.Match(relative).HasMatches;
    }

    /// <summary>True if <paramref name="file"/> matches an exclusion glob relative to <paramref name="root"/>.</summary>
    public static bool Excluded(IReadOnlyList<string> globs, string root, string file)
    {
        if (globs.Count == 0) return false;
        string relative = Path.GetRelativePath(root, Path.GetFullPath(file)).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal)) return false;
        var m = new Matcher(StringComparison.OrdinalIgnoreCase);
        m.AddIncludePatterns(globs);
        return m.Match(relative).HasMatches;
    }
}
