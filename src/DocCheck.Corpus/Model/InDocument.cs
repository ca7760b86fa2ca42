namespace DocCheck.Corpus;

/// <summary>A fact with the stored path of the document it belongs to.</summary>
public sealed record InDocument<T>(string Path, T Fact);
