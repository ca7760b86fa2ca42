using System.Diagnostics;
using System.Text;

namespace DocCheck.Tests.TestSupport;

/// <summary>Runs the real doccheck tool (doccheck.dll beside the tests) as a separate process.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(string workingDirectory, params string[] args) => RunWith(null, workingDirectory, args);

    /// <summary>Runs doccheck with <paramref name="input"/> on its stdin.</summary>
    public static Result RunWithInput(string workingDirectory, string input, params string[] args) => RunWith(null, workingDirectory, args, input);

    /// <summary>Runs doccheck with extra environment variables (a null value removes the variable).</summary>
    public static Result RunWith(IReadOnlyDictionary<string, string?>? environment, string workingDirectory, params string[] args) => RunWith(environment, workingDirectory, args, null);

    private static Result RunWith(IReadOnlyDictionary<string, string?>? environment, string workingDirectory, string[] args, string? input)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "doccheck.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var (k, v) in environment ?? new Dictionary<string, string?>())
        {
            if (v is null) psi.Environment.Remove(k);
            else psi.Environment[k] = v;
        }
        psi.ArgumentList.Add(dll);
        foreach (string a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        if (input is not null) p.StandardInput.Write(input);
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException("doccheck did not finish"); }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
