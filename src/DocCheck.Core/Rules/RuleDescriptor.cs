using System.Globalization;

namespace DocCheck.Rules;

/// <summary>
/// A rule's identity: stable ID, category, default level, a title and a message template in Vietnamese and
/// English ({0}, {1}… are filled by the rule), and its help page docs/rules/ID.md.
/// </summary>
public sealed record RuleDescriptor(string Id, RuleCategory Category, RuleLevel DefaultLevel, string TitleVi, string TitleEn, string MessageVi, string MessageEn)
{
    /// <summary>The help page, relative to the repository.</summary>
    public string HelpPath => $"docs/rules/{Id}.md";

    /// <summary>Creates a descriptor.</summary>
    public static RuleDescriptor Create(string id, RuleCategory category, RuleLevel defaultLevel, string titleVi, string titleEn, string vi, string en) =>
        new(id, category, defaultLevel, titleVi, titleEn, vi, en);

    /// <summary>The title in "vi" or "en".</summary>
    public string Title(string lang) => lang == "en" ? TitleEn : TitleVi;

    /// <summary>The message in "vi" or "en" with its arguments.</summary>
    public string Format(string lang, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, lang == "en" ? MessageEn : MessageVi, args);
}
