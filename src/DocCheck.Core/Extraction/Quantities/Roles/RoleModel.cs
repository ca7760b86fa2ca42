using System.Collections.Frozen;
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

    // Only the features with a weight: the row of each (a frozen map), and the rows' weights, class after class
    // (row r, class c at r × classes + c). A dense table would be 4 × 2^18 floats (4 MB) to allocate and clear at
    // every start for some 8,000 features that have one.
    private readonly FrozenDictionary<int, int> _rows;
    private readonly float[] _rowWeights;

    public RoleModel(RoleFeatures features, float[][] weights, IReadOnlySet<QuantityRole> keepRuleRoles, IReadOnlySet<string> appliesTo, JsonObject? manifest = null, string? identity = null)
        : this(features, Sparse(features, weights), keepRuleRoles, appliesTo, manifest, identity)
    {
    }

    private RoleModel(RoleFeatures features, (FrozenDictionary<int, int> Rows, float[] Weights) sparse, IReadOnlySet<QuantityRole> keepRuleRoles, IReadOnlySet<string> appliesTo, JsonObject? manifest, string? identity)
    {
        Identity = identity ?? "model:unsaved";
        Features = features;
        (_rows, _rowWeights) = sparse;
        KeepRuleRoles = keepRuleRoles;
        AppliesTo = appliesTo;
        Manifest = manifest ?? [];
    }

    private static (FrozenDictionary<int, int>, float[]) Sparse(RoleFeatures features, float[][] weights)
    {
        if (weights.Length != Classes.Count || weights.Any(w => w.Length != features.Dimension))
            throw new ArgumentException("weights must be classes × feature dimension", nameof(weights));
        var rows = new Dictionary<int, int>();
        var values = new List<float>();
        for (int f = 0; f < features.Dimension; f++)
        {
            if (weights.All(w => w[f] == 0)) continue;
            rows[f] = rows.Count;
            foreach (var w in weights) values.Add(w[f]);
        }
        return (rows.ToFrozenDictionary(), [.. values]);
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
    public RoleModel WithManifest(JsonObject manifest) => new(Features, (_rows, _rowWeights), KeepRuleRoles, AppliesTo, manifest, Identity);

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
        int k = Classes.Count;
        var z = new double[k];
        for (int c = 0; c < k; c++)
        {
            double s = 0;
            foreach (int f in features)
                if (_rows.TryGetValue(f, out int r)) s += _rowWeights[r * k + c];
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
        foreach (var (name, v) in Manifest) if (!root.ContainsKey(name) && name != "weights") root[name] = v?.DeepClone();
        var rows = new JsonArray();
        int k = Classes.Count;
        foreach (var (f, r) in _rows.OrderBy(x => x.Key))
        {
            // Non-generic JsonValue.Create and Add(JsonNode): the generic Add<T> needs reflection (AOT/trim warnings).
            var row = new JsonArray(JsonValue.Create(f));
            for (int c = 0; c < k; c++) row.Add((JsonNode)JsonValue.Create(Round(_rowWeights[r * k + c])));
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
    /// <remarks>Read as a <see cref="JsonDocument"/> (one flat buffer), not as nodes: the weight rows are some 40,000
    /// numbers, and only the manifest is kept as nodes.</remarks>
    public static bool TryLoad(string path, out RoleModel? model, out string reason)
    {
        model = null;
        if (!File.Exists(path)) { reason = "không có tệp mô hình / model file not found"; return false; }
        byte[] bytes;
        JsonDocument doc;
        try
        {
            bytes = File.ReadAllBytes(path);
            doc = JsonDocument.Parse(bytes);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) { doc.Dispose(); throw new JsonException("not a JSON object"); }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            reason = "tệp mô hình hỏng / model file is not valid JSON: " + e.Message;
            return false;
        }
        using (doc)
        {
            var root = doc.RootElement;
            try
            {
                if (Str(root, "format") != Format) { reason = $"không phải mô hình vai trò / not a {Format} file"; return false; }
                int fv = Int(root, "formatVersion") ?? -1, feat = Int(root, "featureVersion") ?? -1;
                if (fv != FormatVersion || feat != RoleFeatures.Version)
                {
                    reason = $"phiên bản mô hình {fv}/{feat} không khớp {FormatVersion}/{RoleFeatures.Version} / model version mismatch, retrain with `doccheck train roles`";
                    return false;
                }
                var classes = root.TryGetProperty("classes", out var cl) ? cl.EnumerateArray().Select(n => n.GetString()).ToList() : null;
                if (classes is null || !classes.SequenceEqual(Classes.Select(c => c.ToString()))) { reason = "danh sách vai trò khác / classes differ"; return false; }
                var features = new RoleFeatures(Int(root, "hashBits") ?? 0);
                if (!root.TryGetProperty("weights", out var weightRows)) throw new FormatException("no weights");
                int k = Classes.Count;
                var rows = new Dictionary<int, int>();
                var values = new List<float>();
                foreach (var row in weightRows.EnumerateArray())
                {
                    int f = row[0].GetInt32();
                    if (f < 0 || f >= features.Dimension || row.GetArrayLength() != k + 1) throw new FormatException($"bad weight row for feature {f}");
                    if (!rows.TryAdd(f, rows.Count)) throw new FormatException($"feature {f} has two weight rows");
                    for (int c = 0; c < k; c++)
                    {
                        float w = (float)row[c + 1].GetDouble();
                        if (!float.IsFinite(w)) throw new FormatException($"weight of feature {f} is not finite");
                        values.Add(w);
                    }
                }
                var keep = (root.TryGetProperty("keepRuleRoles", out var kr) ? kr.EnumerateArray().Select(n => Enum.Parse<QuantityRole>(n.GetString()!)) : []).ToHashSet();
                var applies = (root.TryGetProperty("appliesTo", out var at) ? at.EnumerateArray().Select(n => n.GetString()!) : throw new FormatException("no appliesTo")).ToHashSet(StringComparer.Ordinal);
                var manifest = new JsonObject();
                foreach (var p in root.EnumerateObject()) if (p.Name != "weights") manifest[p.Name] = JsonNode.Parse(p.Value.GetRawText());
                model = new RoleModel(features, (rows.ToFrozenDictionary(), [.. values]), keep, applies, manifest, "model:" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]);
                reason = "";
                return true;
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or InvalidCastException or NullReferenceException or OverflowException or KeyNotFoundException or IndexOutOfRangeException or JsonException)
            {
                reason = "tệp mô hình hỏng / model file is corrupt: " + e.Message;
                return false;
            }
        }
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.Null ? null : v.GetString() : null;

    private static int? Int(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.GetInt32() : null;

    /// <summary>The SHA-256 of a file, lowercase hex (the manifest's training-data hash).</summary>
    public static string Sha256(string path)
    {
        using var s = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(s));
    }
}
