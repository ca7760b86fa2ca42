namespace DocCheck.Corpus;

/// <summary>Where an index run stands.</summary>
public sealed record IndexProgress(int Done, int Total, int Indexed, int Unchanged, int Failed);
