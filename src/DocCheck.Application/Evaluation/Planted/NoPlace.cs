namespace DocCheck.Application.Evaluation.Planted;

/// <summary>A document that has no place for a kind of defect (no header number, no budget table, no dated citation).</summary>
public sealed record NoPlace(string Group, string File, DefectKind Kind);
