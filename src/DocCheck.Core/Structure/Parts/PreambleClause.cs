namespace DocCheck.Structure;

/// <summary>One "Căn cứ …;" (basis) or "Theo đề nghị …" (proposal) clause.</summary>
public sealed record PreambleClause(PreambleKind Kind, TextField Field);
