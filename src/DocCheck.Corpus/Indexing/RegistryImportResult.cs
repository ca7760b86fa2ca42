namespace DocCheck.Corpus;

/// <summary>What a registry import did.</summary>
public sealed record RegistryImportResult(int Imported, IReadOnlyList<RegistryProblem> Problems);
