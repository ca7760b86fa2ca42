namespace DocCheck.Corpus;

/// <summary>
/// A citation of a numbered instrument (not a named law or standard, not the citing document's own number) together
/// with what the corpus knows of the citing document: its path, own key, header date and issuer.
/// </summary>
public sealed record CitationInContext(CorpusCitation Citation, string Path, string? CitingKey, DateOnly? CitingDate, string? CitingIssuer);
