namespace DocCheck.Application.Evaluation.Planted;

/// <summary>A document that could not be read or analyzed.</summary>
public sealed record Unreadable(string Group, string File, string Reason);
