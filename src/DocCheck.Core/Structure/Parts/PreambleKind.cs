namespace DocCheck.Structure;

/// <summary>What a preamble clause does.</summary>
public enum PreambleKind { Basis, Proposal, Consideration }
