using System.Text.Json;
using System.Text.RegularExpressions;
using DocCheck.Rules;

namespace DocCheck.Application.Configuration;

/// <summary>
/// The settings in a doccheck.json: per-rule levels ("error" | "warning" | "info" | "off"), a plan-period
/// override, and exclusion globs (relative to the file's folder). Unknown keys are errors, so a typo never
/// silently turns a rule back on.
/// </summary>
public sealed record LintConfig
{
    /// <summary>The file this came from (null for the empty configuration).</summary>
    public string? Path { get; init; }

    /// <summary>Rule ID → level (null = off).</summary>
    public IReadOnlyDictionary<string, RuleLevel?> Levels { get; init; } = new Dictionary<string, RuleLevel?>();

    /// <summary>The plan period to use instead of the one read from the title.</summary>
    public (int Start, int End)? Period { get; init; }

    /// <summary>Globs of files not to check, relative to the folder of <see cref="Path"/>.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>The folder exclusion globs are relative to.</summary>
    public string? BaseDirectory => Path is null ? null : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));

    /// <summary>No configuration: every rule at its default level.</summary>
    public static LintConfig Empty { get; } = new();

    /// <summary>The options of a lint run under this configuration.</summary>
    public LintOptions Apply(LintOptions options) => options with
    {
        Levels = Levels,
        Period = Period ?? options.Period,
    };

    /// <summary>Reads a doccheck.json; throws <see cref="LintConfigException"/> naming the key at fault.</summary>
    public static LintConfig Load(string path)
    {
        string json;
        try { json = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LintConfigException(path, null, $"không đọc được tệp / cannot read the file: {e.Message}");
        }
        return Parse(json, path);
    }

    /// <summary>Parses the text of a doccheck.json.</summary>
    public static LintConfig Parse(string json, string path)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e)
        {
            throw new LintConfigException(path, null, $"JSON không hợp lệ / invalid JSON (dòng/line {(e.LineNumber ?? 0) + 1}): {e.Message}");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new LintConfigException(path, null, "cần một đối tượng JSON { … } / expected a JSON object");
            var levels = new Dictionary<string, RuleLevel?>(StringComparer.Ordinal);
            (int, int)? period = null;
            var exclude = new List<string>();
            foreach (var prop in doc.RootElement.EnumerateObject())
            {
                switch (prop.Name)
                {
                    case "rules":
                        ReadRules(path, prop.Value, levels);
                        break;
                    case "period":
                        period = ReadPeriod(path, prop.Value);
                        break;
                    case "exclude":
                        if (prop.Value.ValueKind != JsonValueKind.Array)
                            throw new LintConfigException(path, "exclude", "cần một mảng mẫu tên tệp / expected an array of globs");
                        foreach (var item in prop.Value.EnumerateArray())
                        {
                            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                                throw new LintConfigException(path, "exclude", "mỗi phần tử phải là một mẫu tên tệp / each item must be a glob string");
                            exclude.Add(item.GetString()!);
                        }
                        break;
                    case "$schema":
                        break;
                    default:
                        throw new LintConfigException(path, prop.Name, "khóa không được hỗ trợ (chỉ có rules, period, exclude) / unknown key (expected rules, period, exclude)");
                }
            }
            return new LintConfig { Path = path, Levels = levels, Period = period, Exclude = exclude };
        }
    }

    private static void ReadRules(string path, JsonElement rules, Dictionary<string, RuleLevel?> levels)
    {
        if (rules.ValueKind != JsonValueKind.Object)
            throw new LintConfigException(path, "rules", "cần một đối tượng { \"DC1007\": \"off\" } / expected an object");
        foreach (var rule in rules.EnumerateObject())
        {
            string key = "rules." + rule.Name;
            if (RuleCatalog.Find(rule.Name) is null)
                throw new LintConfigException(path, key, "không có quy tắc này / no such rule");
            string? value = rule.Value.ValueKind == JsonValueKind.String ? rule.Value.GetString() : null;
            levels[rule.Name] = value switch
            {
                "error" => RuleLevel.Error,
                "warning" => RuleLevel.Warning,
                "info" or "note" => RuleLevel.Info,
                "off" => null,
                _ => throw new LintConfigException(path, key, $"mức phải là error, warning, info hoặc off / level must be error, warning, info or off (got {rule.Value.GetRawText()})"),
            };
        }
    }

    private static readonly Regex PeriodText = new(@"^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$", RegexOptions.CultureInvariant);

    private static (int, int) ReadPeriod(string path, JsonElement value)
    {
        int start, end;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int year)) start = end = year;
        else if (value.ValueKind == JsonValueKind.String && PeriodText.Match(value.GetString()!) is { Success: true } m)
        {
            start = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            end = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : start;
        }
        else throw new LintConfigException(path, "period", $"cần một năm hoặc \"2021-2025\" / expected a year or \"2021-2025\" (got {value.GetRawText()})");
        if (start < 1945 || end > 2100 || end < start)
            throw new LintConfigException(path, "period", $"giai đoạn không hợp lệ / invalid period {start}-{end}");
        return (start, end);
    }
}
