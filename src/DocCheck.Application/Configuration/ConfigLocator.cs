using System.Collections.Concurrent;

namespace DocCheck.Application.Configuration;

/// <summary>
/// Finds the doccheck.json that governs a file: the nearest one in the file's folder or any parent.
/// Each folder is looked up once; a configuration given explicitly (--config) wins everywhere.
/// </summary>
public sealed class ConfigLocator(string? explicitPath = null)
{
    public const string FileName = "doccheck.json";

    private readonly ConcurrentDictionary<string, LintConfig> _byFolder = new(StringComparer.Ordinal);
    private readonly Lazy<LintConfig>? _explicit = explicitPath is null ? null : new Lazy<LintConfig>(() => LintConfig.Load(explicitPath));

    /// <summary>The configuration for <paramref name="file"/>; throws <see cref="LintConfigException"/> if it is invalid.</summary>
    public LintConfig For(string file)
    {
        if (_explicit is not null) return _explicit.Value;
        string? folder = Path.GetDirectoryName(Path.GetFullPath(file));
        return folder is null ? LintConfig.Empty : ForFolder(folder);
    }

    private LintConfig ForFolder(string folder)
    {
        if (_byFolder.TryGetValue(folder, out var cached)) return cached;
        string candidate = Path.Combine(folder, FileName);
        LintConfig config;
        if (File.Exists(candidate)) config = LintConfig.Load(candidate);
        else
        {
            string? parent = Path.GetDirectoryName(folder);
            config = parent is null ? LintConfig.Empty : ForFolder(parent);
        }
        _byFolder[folder] = config;
        return config;
    }
}
