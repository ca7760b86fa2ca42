using System.Reflection;
using System.Text.RegularExpressions;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests;

/// <summary>
/// The shape docs/ARCHITECTURE.md promises, checked: dependencies point inward (Cli → Web → Application → Corpus → Core),
/// the analysis library knows no database, console or web framework, SQL lives only in the store implementation, no
/// rule file declares a regular expression, and no source file grows past 450 lines.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static string[] References(string assembly) =>
        Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).ToArray();

    [Theory]
    [InlineData("DocCheck.Core", new[] { "DocCheck.Corpus", "DocCheck.Application", "doccheck", "Microsoft.Data.Sqlite", "Spectre.Console", "System.CommandLine", "Microsoft.AspNetCore", "Lucene.Net", "Npgsql", "System.Console" })]
    [InlineData("DocCheck.Corpus", new[] { "DocCheck.Application", "doccheck", "Spectre.Console", "System.CommandLine", "Microsoft.AspNetCore", "System.Console" })]
    [InlineData("DocCheck.Application", new[] { "doccheck", "Spectre.Console", "System.CommandLine", "Microsoft.AspNetCore", "Microsoft.Data.Sqlite", "System.Console" })]
    [InlineData("DocCheck.Web", new[] { "doccheck", "Spectre.Console", "System.CommandLine", "Microsoft.Data.Sqlite", "Lucene.Net", "Npgsql" })]
    public void An_inner_project_references_nothing_outside_it(string assembly, string[] forbidden)
    {
        var refs = References(assembly);
        Assert.DoesNotContain(refs, r => forbidden.Any(f => r == f || r.StartsWith(f + ".", StringComparison.Ordinal)));
    }

    private static IEnumerable<string> SourceFiles(string project) =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.RepoRoot, "src", project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"\b(?:SELECT|INSERT|UPDATE|DELETE)\s+.*\b(?:FROM|INTO|SET)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Sql();

    [Fact]
    public void Sql_is_written_only_in_the_store_implementation()
    {
        var outside = new[] { "DocCheck.Core", "DocCheck.Corpus", "DocCheck.Application", "DocCheck.Cli", "DocCheck.Web" }
            .SelectMany(SourceFiles)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Sqlite{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Sql().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepoPaths.RepoRoot, f))
            .ToList();
        Assert.Empty(outside);
    }

    [Fact]
    public void No_rule_file_declares_a_regular_expression()
    {
        var withRegex = SourceFiles("DocCheck.Core")
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}Rules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Regex", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepoPaths.RepoRoot, f))
            .ToList();
        Assert.Empty(withRegex);
    }

    [Fact]
    public void No_source_file_is_over_450_lines()
    {
        var roots = new[] { "src", "tests", "bench" }.Select(d => Path.Combine(RepoPaths.RepoRoot, d));
        var tooLong = roots.SelectMany(r => Directory.EnumerateFiles(r, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(RepoPaths.RepoRoot, f), Lines: File.ReadLines(f).Count()))
            .Where(x => x.Lines > 450)
            .ToList();
        Assert.Empty(tooLong);
    }
}
