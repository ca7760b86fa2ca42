using System.Text;
using DocCheck.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
try
{
    return Commands.Build().Parse(args).Invoke();
}
catch (Exception e) when (Environment.GetEnvironmentVariable("DOCCHECK_DEBUG") != "1")
{
    // A user never sees a stack trace; DOCCHECK_DEBUG=1 shows it for developers.
    Console.Error.WriteLine($"doccheck: lỗi nội bộ / internal error: {e.Message}");
    return ExitCodes.InternalError;
}
