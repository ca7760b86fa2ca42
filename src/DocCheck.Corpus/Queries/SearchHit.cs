namespace DocCheck.Corpus;

/// <summary>A document found by full-text search, best first; <see cref="Snippet"/> marks the matched words with [ ].</summary>
public sealed record SearchHit(string Path, string? Number, string? Type, DateOnly? IssueDate, string? Title, double Score, string Snippet);
