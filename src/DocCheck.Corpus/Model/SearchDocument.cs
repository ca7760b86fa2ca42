namespace DocCheck.Corpus;

/// <summary>
/// What a search index holds of a stored document: its header fields, its text and paragraph lines, the instruments it
/// cites and how, and its status where the registry knows it. <see cref="Seq"/> is the store batch that last wrote it.
/// </summary>
public sealed record SearchDocument(
    string Path, long Seq, string? Number, string? OwnKey, string? TypeCode, string? Issuer, DateOnly? IssueDate, string? Title,
    string Text, IReadOnlyList<int> BlockLines, IReadOnlyList<string> CitedKeys, IReadOnlyList<DocCheck.Extraction.Citations.CitationRelation> Relations,
    string? Status);
