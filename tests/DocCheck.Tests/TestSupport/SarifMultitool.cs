using System.Diagnostics;
using System.Text.Json;

namespace DocCheck.Tests.TestSupport;

/// <summary>
/// Microsoft's SARIF validator (npm package @microsoft/sarif-multitool 5.7.0, a self-contained program): the one named
/// by DOCCHECK_SARIF_MULTITOOL, else the copy in ~/.cache/doccheck/sarif-multitool-5.7.0, which is installed there with
/// npm on first use (the registry is the only download). <see cref="Unavailable"/> says why it cannot be had.
/// </summary>
public static class SarifMultitool
{
    public const string Version = "5.7.0";

    private static readonly Lazy<(string? Path, string? Why)> Found = new(Locate);

    /// <summary>The validator's executable, or null.</summary>
    public static string? Path => Found.Value.Path;

    /// <summary>Why the validator cannot run here, or null when it can.</summary>
    public static string? Unavailable => Found.Value.Why;

    /// <summary>The validator's results on <paramref name="sarifFile"/> at the levels given, as (level, rule id, message).</summary>
    public static IReadOnlyList<(string Level, string Rule, string Message)> Validate(string sarifFile, params string[] levels)
    {
        string output = sarifFile + ".validation.sarif";
        File.Delete(output);
        var psi = new ProcessStartInfo(Path ?? throw new InvalidOperationException(Unavailable)) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in new[] { "validate", sarifFile, "--output", output, "--level" }.Concat(levels)) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        // Both streams at once: reading one to its end while the other fills its pipe would hang.
        var errTask = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd(), stderr = errTask.Result;
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException("sarif-multitool validate took over 2 minutes"); }
        if (!File.Exists(output)) throw new InvalidOperationException($"sarif-multitool wrote no output (exit {p.ExitCode}): {stdout} {stderr}");
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var found = new List<(string, string, string)>();
        foreach (var run in doc.RootElement.GetProperty("runs").EnumerateArray())
            if (run.TryGetProperty("results", out var results))
                foreach (var r in results.EnumerateArray())
                    found.Add((r.TryGetProperty("level", out var l) ? l.GetString()! : "warning", r.GetProperty("ruleId").GetString()!,
                        r.GetProperty("message").TryGetProperty("text", out var t) ? t.GetString()! : string.Join(" ", r.GetProperty("message").GetProperty("arguments").EnumerateArray())));
        return found;
    }

    private static (string?, string?) Locate()
    {
        if (!OperatingSystem.IsLinux()) return (null, "the tests use the linux-x64 build of sarif-multitool");
        string? given = Environment.GetEnvironmentVariable("DOCCHECK_SARIF_MULTITOOL");
        if (!string.IsNullOrEmpty(given)) return File.Exists(given) ? (given, null) : (null, $"DOCCHECK_SARIF_MULTITOOL names {given}, which does not exist");
        string dir = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "doccheck", "sarif-multitool-" + Version);
        string exe = System.IO.Path.Combine(dir, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
        if (!File.Exists(exe))
        {
            // One install at a time, across test processes too.
            Directory.CreateDirectory(dir);
            using var lockFile = new FileStream(System.IO.Path.Combine(dir, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            if (!File.Exists(exe))
            {
                string? why = Npm(dir, "install", "--no-audit", "--no-fund", "--no-save", "--prefix", dir, "@microsoft/sarif-multitool@" + Version);
                if (why is not null) return (null, why);
                if (!File.Exists(exe)) return (null, "npm installed @microsoft/sarif-multitool but " + exe + " is missing");
            }
        }
        // npm 11 leaves packages' install scripts unrun, and this one's only sets the execute bit.
        File.SetUnixFileMode(exe, File.GetUnixFileMode(exe) | UnixFileMode.UserExecute);
        return (exe, null);
    }

    private static string? Npm(string dir, params string[] args)
    {
        var psi = new ProcessStartInfo("npm") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args) psi.ArgumentList.Add(a);
        try
        {
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEndAsync();
            p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(600_000)) { p.Kill(true); return "npm install @microsoft/sarif-multitool took over 10 minutes"; }
            return p.ExitCode == 0 ? null : $"npm install @microsoft/sarif-multitool@{Version} failed (exit {p.ExitCode}): {err.Result.Trim().Split('\n').LastOrDefault()}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "npm is not installed, so Microsoft's SARIF validator (@microsoft/sarif-multitool) cannot be had";
        }
    }
}

/// <summary>A fact that needs <see cref="SarifMultitool"/>; skipped, with the reason, where it cannot be had.</summary>
public sealed class SarifValidatorFactAttribute : FactAttribute
{
    public SarifValidatorFactAttribute()
    {
        if (SarifMultitool.Unavailable is { } why) Skip = why;
    }
}
