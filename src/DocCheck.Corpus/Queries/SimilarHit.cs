namespace DocCheck.Corpus;

/// <summary>A document like the one asked about, with how alike (the MoreLikeThis score; comparable within one answer only).</summary>
public sealed record SimilarHit(string Path, string? Number, string? Type, DateOnly? IssueDate, string? Title, string? Issuer, double Score);
