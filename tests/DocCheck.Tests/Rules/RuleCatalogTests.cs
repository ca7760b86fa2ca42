using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocCheck.Rules;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Rules;

/// <summary>
/// The rule catalogue is code plus one help page per ID: it holds every rule class of the library (none listed by
/// hand), IDs are well formed and unique, every descriptor has its page under docs/rules/ with its title, level and
/// category (and no page is left without a descriptor), messages have the same placeholders in both languages, and
/// the rule tables of both READMEs are written from the descriptors.
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
    public void Catalogue_holds_every_rule_class_of_the_library_once()
    {
        // What the source generator must have found: the same rule, whether or not anyone listed it by hand.
        var expected = typeof(IRule).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters && typeof(IRule).IsAssignableFrom(t)
                        && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList();
        var actual = RuleCatalog.All.Select(r => r.GetType().FullName!).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Catalogue_is_in_id_order_and_its_descriptors_are_its_rules()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(RuleCatalog.All.Select(r => r.Descriptor), RuleCatalog.Descriptors);
        Assert.All(RuleCatalog.Descriptors, d => Assert.Same(d, RuleCatalog.Find(d.Id)));
        Assert.Null(RuleCatalog.Find("DC0000"));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Help_page_heading_and_category_match_the_descriptor(string id)
    {
        var d = Descriptor(id);
        var lines = File.ReadLines(Path.Combine(RulesDir, id + ".md")).ToList();
        Assert.Equal($"# {id} — {d.TitleVi} ({d.TitleEn})", lines[0]);
        Assert.Contains($"Nhóm / Category: **{d.Category}**", MetadataLine(id), StringComparison.Ordinal);
    }

    /// <summary>
    /// The table in docs/rules/README.md is written from the descriptors: DOCCHECK_UPDATE_GOLDEN=1 rewrites it, a plain
    /// run fails on any row that differs, is missing, is extra or is out of ID order.
    /// </summary>
    [Fact]
    public void Rules_readme_table_is_the_catalogue()
    {
        var table = new StringBuilder()
            .Append("| ID | mức / level | nhóm / category | tên (tiếng Việt) | title (English) |\n")
            .Append("|---|---|---|---|---|\n");
        foreach (var d in RuleCatalog.Descriptors)
            table.Append(CultureInfo.InvariantCulture, $"| [{d.Id}]({d.Id}.md) | {Level(d)} | {CategoryLabel(d.Category)} | {Cell(d.TitleVi)} | {Cell(d.TitleEn)} |\n");
        GeneratedTable(Path.Combine(RulesDir, "README.md"), table.ToString());
    }

    /// <summary>The table in the root README's "## Rules" section, the same way; a rule that needs the corpus says so.</summary>
    [Fact]
    public void Root_readme_rules_table_is_the_catalogue()
    {
        var table = new StringBuilder()
            .Append("| ID | level | what | page |\n")
            .Append("|---|---|---|---|\n");
        foreach (var d in RuleCatalog.Descriptors)
        {
            // The help page's metadata line is where a rule that only runs against the corpus says so.
            string db = MetadataLine(d.Id).Contains("chỉ chạy với `doccheck lint --db`", StringComparison.Ordinal) ? " (`lint --db`)" : "";
            table.Append(CultureInfo.InvariantCulture, $"| {d.Id} | {Level(d)} | {Cell(d.TitleVi)}{db} | [{d.HelpPath}]({d.HelpPath}) |\n");
        }
        string path = Path.Combine(RepoPaths.RepoRoot, "README.md");
        GeneratedTable(path, table.ToString());

        string readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        int section = readme.IndexOf("\n## Rules\n", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no \"## Rules\" section");
        int next = readme.IndexOf("\n## ", section + 1, StringComparison.Ordinal);
        int begin = readme.IndexOf(TableBegin, StringComparison.Ordinal);
        Assert.True(begin > section && (next < 0 || begin < next), "README.md's rule table is not in its \"## Rules\" section");
    }

    private const string TableBegin = "<!-- rule table: written from RuleCatalog by tests/DocCheck.Tests/Rules/RuleCatalogTests.cs; DOCCHECK_UPDATE_GOLDEN=1 dotnet test rewrites it -->";
    private const string TableEnd = "<!-- end of rule table -->";

    /// <summary>Compares the text between the markers with <paramref name="table"/>, or rewrites it (DOCCHECK_UPDATE_GOLDEN=1).</summary>
    private static void GeneratedTable(string path, string table)
    {
        table = "\n" + table + "\n"; // blank lines around it, so that no Markdown reader takes a marker into the table
        string text = File.ReadAllText(path).ReplaceLineEndings("\n");
        int begin = text.IndexOf(TableBegin, StringComparison.Ordinal);
        int end = text.IndexOf(TableEnd, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"{path} has no generated rule table: put the lines\n{TableBegin}\n{TableEnd}\nwhere it goes and run with DOCCHECK_UPDATE_GOLDEN=1");
        int from = begin + TableBegin.Length + 1;
        if (RepoPaths.UpdateGolden)
        {
            File.WriteAllText(path, text[..from] + table + text[end..], new UTF8Encoding(false));
            return;
        }
        Assert.Equal(table, text[from..end]);
    }

    private static string MetadataLine(string id) =>
        File.ReadLines(Path.Combine(RulesDir, id + ".md")).FirstOrDefault(l => l.StartsWith("Mức mặc định / Default level:", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"{id}.md has no \"Mức mặc định / Default level:\" line");

    private static string Level(RuleDescriptor d) => d.DefaultLevel.ToString().ToLowerInvariant();

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);

    private static string CategoryLabel(RuleCategory c) => c switch
    {
        RuleCategory.Form => "Form — thể thức",
        RuleCategory.Citations => "Citations — dẫn chiếu",
        RuleCategory.Dates => "Dates — ngày tháng",
        RuleCategory.Targets => "Targets — chỉ tiêu, số liệu",
        RuleCategory.Text => "Text — chữ viết",
        _ => throw new InvalidOperationException($"no label for category {c}"),
    };

    private static List<int> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order().ToList();
}
