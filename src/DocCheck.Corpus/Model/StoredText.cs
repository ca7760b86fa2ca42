namespace DocCheck.Corpus;

/// <summary>A stored document's normalized text and the source line of each of its paragraphs.</summary>
public sealed record StoredText(string Path, string Text, IReadOnlyList<int> BlockLines);
