namespace DocCheck.Corpus;

/// <summary>A document found by search, with its header fields, its score and the passage that best matches.</summary>
public sealed record SearchHit(string Path, string? Number, string? Type, DateOnly? IssueDate, string? Title, string? Issuer, double Score, Snippet Snippet);
