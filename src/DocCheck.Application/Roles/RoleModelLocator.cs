using System.Globalization;
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

    /// <summary>
    /// One line on the role model a run would use: its file, version (the first 12 hex digits of its SHA-256, so two
    /// offices can tell whether they run the same model), feature scheme, trainer and held-out score; or why there is none.
    /// </summary>
    public static string Describe()
    {
        string path = DefaultModelPath;
        if (!RoleModel.TryLoad(path, out var model, out string reason))
            return $"role model: none ({path}: {reason}); quantity roles by the rules";
        // The model's identity is "model:" and the start of the file's SHA-256, as loaded.
        string version = model!.Identity["model:".Length..][..12];
        var m = model.Manifest;
        var parts = new List<string> { $"role model: {version}", $"features v{RoleFeatures.Version}" };
        if (m["training"]?["settings"]?["trainer"]?.ToString() is { } trainer)
            parts.Add(trainer + (m["packages"]?["Microsoft.ML"]?.ToString() is { } ml ? $" (Microsoft.ML {ml})" : ""));
        if (m["training"]?["examples"]?.ToString() is { } n) parts.Add($"{n} labels");
        if (m["heldOut"]?["model"]?["macroF1"]?.GetValue<double>() is { } f1) parts.Add("held-out macro-F1 " + f1.ToString("0.000", CultureInfo.InvariantCulture));
        parts.Add(path);
        return string.Join(" · ", parts);
    }
}
