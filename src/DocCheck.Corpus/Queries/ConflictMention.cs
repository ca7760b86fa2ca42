namespace DocCheck.Corpus;

/// <summary>One citation of an instrument with a date that differs from the majority (or from its own header).</summary>
public sealed record ConflictMention(DateOnly Date, string Path, int Line, int Column);
