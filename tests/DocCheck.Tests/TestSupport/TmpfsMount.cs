using System.Diagnostics;

namespace DocCheck.Tests.TestSupport;

/// <summary>
/// A small tmpfs mounted for one test: a real full disk (its size) or a real read-only disk (remounted ro).
/// Running as root makes file permissions useless for such tests; a mount is what an archivist's full or
/// read-only disk really is. Needs Linux and the right to mount; <see cref="Unavailable"/> says why not.
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    private static readonly Lazy<string?> Probe = new(() =>
    {
        if (!OperatingSystem.IsLinux()) return "tmpfs mounts need Linux";
        if (!Environment.IsPrivilegedProcess) return "mounting a tmpfs needs root";
        try
        {
            using var m = new TmpfsMount("64k");
            return null;
        }
        catch (Exception e)
        {
            return "cannot mount a tmpfs here: " + e.Message;
        }
    });

    /// <summary>Why tmpfs tests cannot run on this machine, or null when they can.</summary>
    public static string? Unavailable => Probe.Value;

    public string Path { get; }

    public TmpfsMount(string size)
    {
        Path = Directory.CreateTempSubdirectory("doccheck-tmpfs-").FullName;
        try
        {
            Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", Path);
        }
        catch
        {
            Directory.Delete(Path);
            throw;
        }
    }

    public void RemountReadOnly() => Run("mount", "-o", "remount,ro", Path);

    public void Resize(string size) => Run("mount", "-o", $"remount,size={size}", Path);

    public void Dispose()
    {
        try { Run("umount", "-l", Path); } catch (InvalidOperationException) { }
        try { Directory.Delete(Path, true); } catch (IOException) { }
    }

    private static void Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"{file} did not start");
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)}: exit {p.ExitCode}: {err.Trim()}");
    }
}

/// <summary>A fact that needs <see cref="TmpfsMount"/>; skipped, with the reason, where mounting is not possible.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (TmpfsMount.Unavailable is { } why) Skip = why;
    }
}
