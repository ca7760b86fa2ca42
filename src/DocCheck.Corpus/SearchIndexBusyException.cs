namespace DocCheck.Corpus;

/// <summary>The search index is being written by another run (only one writer per corpus); the store can still be written.</summary>
public sealed class SearchIndexBusyException(string message, Exception? inner = null) : CorpusException(message, inner);
