using DocCheck.Extraction.Quantities.Roles;
using DocCheck.Pipeline;

namespace DocCheck.Application.Roles;

/// <summary>Where the learned quantity-role model is found, and the analyzer that uses it.</summary>
public static class RoleModelLocator
{
    /// <summary>The file named by DOCCHECK_ROLE_MODEL, else models/quantity-roles.json beside the tool (copied there at build).</summary>
    public static string DefaultModelPath =>
        Environment.GetEnvironmentVariable("DOCCHECK_ROLE_MODEL") is { Length: > 0 } p ? p : Path.Combine(AppContext.BaseDirectory, "models", "quantity-roles.json");

    /// <summary>
    /// The analyzer for a run: with the role model unless <paramref name="noModel"/>. A missing or broken model is one
    /// warning through <paramref name="warn"/> and the rules' roles, never a failure.
    /// </summary>
    public static DocumentAnalyzer Analyzer(bool noModel, Action<string> warn)
    {
        if (noModel) return new DocumentAnalyzer();
        string path = DefaultModelPath;
        if (RoleModel.TryLoad(path, out var model, out string reason)) return new DocumentAnalyzer(model);
        warn($"cảnh báo / warning: {path}: {reason}; vai trò chỉ tiêu theo quy tắc / using rule-based quantity roles");
        return new DocumentAnalyzer();
    }
}
