using System.CommandLine;

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
        root.Subcommands.Add(CorpusCommands.Index());
        root.Subcommands.Add(CorpusCommands.Cites());
        root.Subcommands.Add(CorpusCommands.Search());
        root.Subcommands.Add(CorpusCommands.Conflicts());
        root.Subcommands.Add(CorpusCommands.Refs());
        root.Subcommands.Add(CorpusCommands.Graph());
        root.Subcommands.Add(CorpusCommands.Export());
        root.Subcommands.Add(CorpusCommands.Registry());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(RoleCommands.Train());
        return root;
    }
}
