namespace DocCheck.Corpus;

/// <summary>Which bytes (content hash) and which analysis (<c>DocumentAnalyzer.Signature</c>) made a stored document.</summary>
public sealed record StoredVersion(string Hash, string Analysis);
