using System.Text.RegularExpressions;
using DocCheck.Rules;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Rules;

/// <summary>
/// The rule catalogue is code plus one help page per ID: IDs are well formed and unique, every descriptor has its
/// page under docs/rules/ (and no page is left without a descriptor), messages have the same placeholders in both
/// languages, and both READMEs list every rule.
/// </summary>
public partial class RuleCatalogTests
{
    public static TheoryData<string> RuleIds() => new(RuleCatalog.Descriptors.Select(d => d.Id));

    private static RuleDescriptor Descriptor(string id) => RuleCatalog.Descriptors.Single(d => d.Id == id);

    private static string RulesDir => Path.Combine(RepoPaths.RepoRoot, "docs", "rules");

    [GeneratedRegex(@"^DC[1-5]\d{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [Fact]
    public void Ids_are_unique()
    {
        var duplicates = RuleCatalog.Descriptors.GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Id_is_DC_and_four_digits_whose_first_names_the_category(string id)
    {
        Assert.Matches(IdPattern(), id);
        // DC1xxx form, DC2xxx citations, DC3xxx dates, DC4xxx targets and numbers, DC5xxx text.
        int expected = Descriptor(id).Category switch
        {
            RuleCategory.Form => 1,
            RuleCategory.Citations => 2,
            RuleCategory.Dates => 3,
            RuleCategory.Targets => 4,
            RuleCategory.Text => 5,
            _ => throw new InvalidOperationException("unknown category"),
        };
        Assert.Equal(expected, id[2] - '0');
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Has_its_help_page_starting_with_its_id(string id)
    {
        var d = Descriptor(id);
        Assert.Equal($"docs/rules/{id}.md", d.HelpPath);
        string path = Path.Combine(RepoPaths.RepoRoot, d.HelpPath);
        Assert.True(File.Exists(path), $"{d.HelpPath} is missing");
        string first = File.ReadLines(path).First();
        Assert.StartsWith($"# {id}", first, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Help_page_states_the_default_level(string id)
    {
        string page = File.ReadAllText(Path.Combine(RulesDir, id + ".md"));
        string level = Descriptor(id).DefaultLevel.ToString().ToLowerInvariant();
        Assert.Contains($"Default level: **{level}**", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_page_belongs_to_a_descriptor()
    {
        var orphans = Directory.EnumerateFiles(RulesDir, "DC*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !RuleCatalog.Exists(name!))
            .ToList();
        Assert.Empty(orphans);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Messages_have_the_same_placeholders_in_vi_and_en(string id)
    {
        var d = Descriptor(id);
        var vi = Placeholders(d.MessageVi);
        var en = Placeholders(d.MessageEn);
        Assert.Equal(vi, en);
        // The arguments are numbered from 0 without gaps, so Format with that many arguments works in both languages.
        Assert.Equal(Enumerable.Range(0, vi.Count), vi);
        object?[] args = vi.Select(i => (object?)$"<{i}>").ToArray();
        Assert.DoesNotContain("{", d.Format("vi", args), StringComparison.Ordinal);
        Assert.DoesNotContain("{", d.Format("en", args), StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_readme_lists_every_rule_with_a_link_to_its_page()
    {
        string readme = File.ReadAllText(Path.Combine(RulesDir, "README.md"));
        var missing = RuleCatalog.Descriptors.Select(d => d.Id).Where(id => !readme.Contains($"[{id}]({id}.md)", StringComparison.Ordinal)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Root_readme_has_a_rules_section_listing_every_rule()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "README.md"));
        int start = readme.IndexOf("\n## Rules\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no \"## Rules\" section");
        int next = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        string section = next < 0 ? readme[start..] : readme[start..next];
        var missing = RuleCatalog.Descriptors.Select(d => d.Id).Where(id => !section.Contains($"docs/rules/{id}.md", StringComparison.Ordinal)).ToList();
        Assert.Empty(missing);
    }

    private static List<int> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order().ToList();
}
