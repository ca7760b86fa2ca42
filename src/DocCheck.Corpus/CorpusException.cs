namespace DocCheck.Corpus;

/// <summary>A corpus database that cannot be used (locked, corrupt, newer than this build, not writable), with a message for people.</summary>
public class CorpusException(string message, Exception? inner = null) : Exception(message, inner);
