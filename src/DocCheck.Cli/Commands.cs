using System.CommandLine;
using System.Reflection;

namespace DocCheck.Cli;

/// <summary>The command tree of doccheck.</summary>
internal static class Commands
{
    public static RootCommand Build()
    {
        var root = new RootCommand("DocCheck: kiểm tra và lập chỉ mục văn bản hành chính Việt Nam (Kế hoạch, Quyết định, Báo cáo, Tờ trình).");
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(LintCommand.Create());
        root.Subcommands.Add(IndexCommand.Create());
        root.Subcommands.Add(CorpusCommands.Cites());
        root.Subcommands.Add(CorpusCommands.Search());
        root.Subcommands.Add(CorpusCommands.Similar());
        root.Subcommands.Add(CorpusCommands.Conflicts());
        root.Subcommands.Add(CorpusCommands.Refs());
        root.Subcommands.Add(CorpusCommands.Graph());
        root.Subcommands.Add(CorpusCommands.Export());
        root.Subcommands.Add(CorpusCommands.Registry());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(RoleCommands.Train());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        foreach (var o in root.Options)
            if (o is VersionOption v) v.Action = new VersionAction();
        return root;
    }

    /// <summary>
    /// Runs a command body, turning the errors a person can act on into one line on stderr and exit code 2: a request
    /// that cannot be carried out as asked, or a corpus that cannot be opened or written.
    /// </summary>
    public static int Guarded(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (DocCheck.Application.UsageException e)
        {
            Console.Error.WriteLine("doccheck: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (DocCheck.Corpus.CorpusException e)
        {
            Console.Error.WriteLine("doccheck: " + e.Message);
            return ExitCodes.Usage;
        }
    }

    /// <summary>
    /// <c>--version</c>: the tool's version and commit, the build (JIT, ReadyToRun or Native AOT is not told apart;
    /// the runtime is), and the role model it would use.
    /// </summary>
    private sealed class VersionAction : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            string info = typeof(Commands).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            string[] p = info.Split('+');
            string commit = p.Length > 1 ? $" (commit {p[1][..Math.Min(7, p[1].Length)]})" : "";
            Console.Out.WriteLine($"doccheck {p[0]}{commit} · .NET {Environment.Version} {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}");
            Console.Out.WriteLine(DocCheck.Application.Roles.RoleModelLocator.Describe());
            return 0;
        }
    }
}
