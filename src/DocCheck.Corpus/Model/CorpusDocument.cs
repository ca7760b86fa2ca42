namespace DocCheck.Corpus;

/// <summary>
/// A document as the corpus keeps it: where it came from, which bytes and which analysis made it, and what its header
/// says. <see cref="IndexedAt"/> is set by the store when the document is written.
/// </summary>
public sealed record CorpusDocument(
    string Path, string Hash, string Analysis, long Size, string Encoding, string? Number, string? OwnKey, string? TypeCode,
    string? Issuer, DateOnly? IssueDate, int? PeriodStart, int? PeriodEnd, string? Title)
{
    /// <summary>When the store wrote the document (UTC); null for a document not yet written.</summary>
    public DateTime? IndexedAt { get; init; }
}
