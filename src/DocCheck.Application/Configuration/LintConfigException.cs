namespace DocCheck.Application.Configuration;

/// <summary>A doccheck.json that cannot be used: which file, which key, and why (Vietnamese / English).</summary>
public sealed class LintConfigException(string path, string? key, string reason)
    : Exception($"{path}: {(key is null ? "" : $"\"{key}\": ")}{reason}")
{
    public string ConfigPath { get; } = path;
    public string? Key { get; } = key;
    public string Reason { get; } = reason;
}
