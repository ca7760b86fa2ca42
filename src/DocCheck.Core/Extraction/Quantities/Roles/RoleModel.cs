using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DocCheck.Extraction.Quantities.Roles;

/// <summary>
/// The learned role classifier: a multinomial logistic regression over <see cref="RoleFeatures"/>, read from and
/// written to <c>models/quantity-roles.json</c> with its manifest (format and feature versions, the hash of the
/// training labels, the training options and the held-out metrics). Roles the rules give with high precision
/// (<see cref="KeepRuleRoles"/>) are kept as they are; the model decides the rest. Immutable and thread-safe.
/// </summary>
public sealed class RoleModel : IRoleClassifier
{
    public const string Format = "doccheck-quantity-roles";
    public const int FormatVersion = 1;

    /// <summary>The classes in weight order.</summary>
    public static IReadOnlyList<QuantityRole> Classes { get; } = [QuantityRole.Other, QuantityRole.Target, QuantityRole.Baseline, QuantityRole.Requirement];

    private readonly float[][] _weights; // [class][feature]

    public RoleModel(RoleFeatures features, float[][] weights, IReadOnlySet<QuantityRole> keepRuleRoles, IReadOnlySet<string> appliesTo, JsonObject? manifest = null, string? identity = null)
    {
        Identity = identity ?? "model:unsaved";
        if (weights.Length != Classes.Count || weights.Any(w => w.Length != features.Dimension))
            throw new ArgumentException("weights must be classes × feature dimension", nameof(weights));
        Features = features;
        _weights = weights;
        KeepRuleRoles = keepRuleRoles;
        AppliesTo = appliesTo;
        Manifest = manifest ?? [];
    }

    public RoleFeatures Features { get; }
    public IReadOnlySet<QuantityRole> KeepRuleRoles { get; }
    /// <summary>"model:" and the start of the model file's SHA-256 (as loaded), or "model:unsaved".</summary>
    public string Identity { get; }
    /// <summary>The document types (KH, BC) the model was trained on and is used for; elsewhere the rules decide.</summary>
    public IReadOnlySet<string> AppliesTo { get; }
    /// <summary>The manifest as read or as written (without the weights).</summary>
    public JsonObject Manifest { get; }

    /// <summary>The same model with another manifest.</summary>
    public RoleModel WithManifest(JsonObject manifest) => new(Features, _weights, KeepRuleRoles, AppliesTo, manifest);

    /// <summary>True when the model decides this value (its document type is one it was trained on).</summary>
    public bool Covers(RoleCues cues) => cues.DocumentType is { } t && AppliesTo.Contains(t);

    public QuantityRole Classify(RoleCues cues)
    {
        if (!Covers(cues) || KeepRuleRoles.Contains(cues.RuleRole)) return cues.RuleRole;
        return Classes[ArgMax(Scores(Features.Extract(cues)))];
    }

    /// <summary>The model's probability of each class (in <see cref="Classes"/> order) for one quantity.</summary>
    public double[] Probabilities(RoleCues cues)
    {
        var z = Scores(Features.Extract(cues));
        double max = z.Max(), sum = 0;
        for (int c = 0; c < z.Length; c++) { z[c] = Math.Exp(z[c] - max); sum += z[c]; }
        for (int c = 0; c < z.Length; c++) z[c] /= sum;
        return z;
    }

    /// <summary>The class scores (before softmax) for a feature vector.</summary>
    public double[] Scores(int[] features)
    {
        var z = new double[Classes.Count];
        for (int c = 0; c < z.Length; c++)
        {
            var w = _weights[c];
            double s = 0;
            foreach (int f in features) s += w[f];
            z[c] = s;
        }
        return z;
    }

    internal static int ArgMax(double[] z)
    {
        int best = 0;
        for (int c = 1; c < z.Length; c++) if (z[c] > z[best]) best = c;
        return best;
    }

    // ---- persistence -------------------------------------------------------------------------------------------

    /// <summary>Writes the model: the manifest's fields, then the non-zero weights as [feature, w per class] rows
    /// with 6 significant digits, in feature order — the same model always gives the same bytes.</summary>
    public void Save(string path)
    {
        var root = new JsonObject
        {
            ["format"] = Format,
            ["formatVersion"] = FormatVersion,
            ["featureVersion"] = RoleFeatures.Version,
            ["hashBits"] = Features.HashBits,
            ["classes"] = new JsonArray([.. Classes.Select(c => JsonValue.Create(c.ToString()))]),
            ["keepRuleRoles"] = new JsonArray([.. KeepRuleRoles.OrderBy(r => r).Select(r => JsonValue.Create(r.ToString()))]),
            ["appliesTo"] = new JsonArray([.. AppliesTo.Order(StringComparer.Ordinal).Select(t => JsonValue.Create(t))]),
        };
        foreach (var (k, v) in Manifest) if (!root.ContainsKey(k) && k != "weights") root[k] = v?.DeepClone();
        var rows = new JsonArray();
        for (int f = 0; f < Features.Dimension; f++)
        {
            if (_weights.All(w => w[f] == 0)) continue;
            // Non-generic JsonValue.Create and Add(JsonNode): the generic Add<T> needs reflection (AOT/trim warnings).
            var row = new JsonArray(JsonValue.Create(f));
            foreach (var w in _weights) row.Add((JsonNode)JsonValue.Create(Round(w[f])));
            rows.Add((JsonNode)row);
        }
        root["weights"] = rows;
        string dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        string tmp = path + ".tmp";
        using (var s = File.Create(tmp))
        using (var w = new Utf8JsonWriter(s, new JsonWriterOptions { Indented = false }))
            root.WriteTo(w);
        File.Move(tmp, path, overwrite: true);
    }

    private static double Round(float w) => double.Parse(w.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Reads a model; on any problem returns false with a reason a person can act on, never throws.</summary>
    public static bool TryLoad(string path, out RoleModel? model, out string reason)
    {
        model = null;
        if (!File.Exists(path)) { reason = "không có tệp mô hình / model file not found"; return false; }
        JsonObject root;
        try
        {
            using var s = File.OpenRead(path);
            root = JsonNode.Parse(s) as JsonObject ?? throw new JsonException("not a JSON object");
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            reason = "tệp mô hình hỏng / model file is not valid JSON: " + e.Message;
            return false;
        }
        try
        {
            if ((string?)root["format"] != Format) { reason = $"không phải mô hình vai trò / not a {Format} file"; return false; }
            int fv = (int?)root["formatVersion"] ?? -1, feat = (int?)root["featureVersion"] ?? -1;
            if (fv != FormatVersion || feat != RoleFeatures.Version)
            {
                reason = $"phiên bản mô hình {fv}/{feat} không khớp {FormatVersion}/{RoleFeatures.Version} / model version mismatch, retrain with `doccheck train roles`";
                return false;
            }
            var classes = root["classes"]?.AsArray().Select(n => (string?)n).ToList();
            if (classes is null || !classes.SequenceEqual(Classes.Select(c => c.ToString()))) { reason = "danh sách vai trò khác / classes differ"; return false; }
            var features = new RoleFeatures((int?)root["hashBits"] ?? 0);
            var weights = Classes.Select(_ => new float[features.Dimension]).ToArray();
            foreach (var row in root["weights"]?.AsArray() ?? throw new FormatException("no weights"))
            {
                var r = row!.AsArray();
                int f = (int)r[0]!;
                if (f < 0 || f >= features.Dimension || r.Count != Classes.Count + 1) throw new FormatException($"bad weight row for feature {f}");
                for (int c = 0; c < Classes.Count; c++)
                {
                    float w = (float)(double)r[c + 1]!;
                    if (!float.IsFinite(w)) throw new FormatException($"weight of feature {f} is not finite");
                    weights[c][f] = w;
                }
            }
            var keep = (root["keepRuleRoles"]?.AsArray() ?? []).Select(n => Enum.Parse<QuantityRole>((string)n!)).ToHashSet();
            var applies = (root["appliesTo"]?.AsArray() ?? throw new FormatException("no appliesTo")).Select(n => (string)n!).ToHashSet(StringComparer.Ordinal);
            var manifest = new JsonObject();
            foreach (var (k, v) in root) if (k != "weights") manifest[k] = v?.DeepClone();
            model = new RoleModel(features, weights, keep, applies, manifest, "model:" + Sha256(path)[..16]);
            reason = "";
            return true;
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or InvalidCastException or NullReferenceException or OverflowException or KeyNotFoundException or IndexOutOfRangeException)
        {
            reason = "tệp mô hình hỏng / model file is corrupt: " + e.Message;
            return false;
        }
    }

    /// <summary>The SHA-256 of a file, lowercase hex (the manifest's training-data hash).</summary>
    public static string Sha256(string path)
    {
        using var s = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(s));
    }
}
