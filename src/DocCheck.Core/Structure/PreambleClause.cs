namespace DocCheck.Structure;

/// <summary>What a preamble clause does.</summary>
public enum PreambleKind { Basis, Proposal, Consideration }

/// <summary>One "Căn cứ …;" (basis) or "Theo đề nghị …" (proposal) clause.</summary>
public sealed record PreambleClause(PreambleKind Kind, TextField Field);
