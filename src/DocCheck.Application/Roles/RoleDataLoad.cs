using DocCheck.Extraction.Quantities.Roles;

namespace DocCheck.Application.Roles;

/// <summary>The labelled quantities loaded for training or evaluation, with what a person should know about them (missing documents, labels that no longer match).</summary>
public sealed record RoleDataLoad(RoleDataset Data, IReadOnlyList<string> Warnings);
