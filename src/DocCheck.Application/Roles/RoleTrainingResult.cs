using System.Text.Json.Nodes;
using DocCheck.Extraction.Quantities.Roles;

namespace DocCheck.Application.Roles;

/// <summary>A trained role model with its manifest, and how it and the rules did on the held-out documents.</summary>
public sealed record RoleTrainingResult(RoleModel Model, JsonObject Manifest, RoleMetrics HeldOutModel, RoleMetrics HeldOutRules);
