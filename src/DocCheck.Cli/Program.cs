using System.Text;
using DocCheck.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
try
{
    var parsed = Commands.Build().Parse(args);
    if (parsed.Errors.Count > 0)
    {
        // Usage errors exit 2 (System.CommandLine would say 1, which means "findings" here).
        foreach (var error in parsed.Errors) Console.Error.WriteLine("doccheck: " + error.Message);
        Console.Error.WriteLine("doccheck: xem / see 'doccheck --help'");
        return ExitCodes.Usage;
    }
    // System.CommandLine's own handler would print an unexpected exception with its stack trace; the catch below says
    // it in one line instead.
    return parsed.Invoke(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (Environment.GetEnvironmentVariable("DOCCHECK_DEBUG") != "1")
{
    // A user never sees a stack trace; DOCCHECK_DEBUG=1 shows it for developers.
    Console.Error.WriteLine($"doccheck: lỗi nội bộ / internal error: {e.GetType().Name}: {e.Message}");
    return ExitCodes.InternalError;
}
