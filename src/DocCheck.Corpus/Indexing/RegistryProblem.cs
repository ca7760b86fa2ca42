namespace DocCheck.Corpus;

/// <summary>A row of a registry file that was not imported, and why.</summary>
public sealed record RegistryProblem(int Row, string Reason);
