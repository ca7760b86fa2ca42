using System.Collections.Concurrent;
using System.Text;

namespace DocCheck.Rules;

/// <summary>
/// Each rule's help page (docs/rules/ID.md), built into the library: SARIF carries it as the rule's help, and the web
/// app shows it at /rules/ID.
/// </summary>
public static class RuleHelp
{
    private static readonly ConcurrentDictionary<string, string?> Pages = new(StringComparer.Ordinal);

    /// <summary>The page of rule <paramref name="id"/> in Markdown, or null when there is none.</summary>
    public static string? Markdown(string id) => Pages.GetOrAdd(id, static i =>
    {
        using var s = typeof(RuleHelp).Assembly.GetManifestResourceStream($"DocCheck.Rules.{i}.md");
        if (s is null) return null;
        using var r = new StreamReader(s, Encoding.UTF8);
        return r.ReadToEnd();
    });

    /// <summary>
    /// The page's short English summary (its "*In English:*" paragraph), or null. Plain text: the Markdown marks of
    /// code and emphasis are dropped.
    /// </summary>
    public static string? EnglishSummary(string id)
    {
        if (Markdown(id) is not { } md) return null;
        int at = md.IndexOf("*In English:*", StringComparison.Ordinal);
        if (at < 0) return null;
        int end = md.IndexOf("\n\n", at, StringComparison.Ordinal);
        string p = md[(at + "*In English:*".Length)..(end < 0 ? md.Length : end)];
        return string.Join(' ', p.Replace("`", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal)
            .Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
    }
}
