namespace DocCheck.Corpus;

/// <summary>
/// What the indexer asks of the analysis: a signature naming it (a stored document made by another analysis is
/// analyzed again), and the facts of one file's bytes — the indexer reads each file once and hands the bytes over.
/// </summary>
public interface IIndexAnalysis
{
    /// <summary>Names the analysis (DocCheck build and role model); stored with each document.</summary>
    string Signature { get; }

    /// <summary>The facts of <paramref name="source"/>, or why it could not be read. Never throws for bad input.</summary>
    IndexedFile Analyze(IndexSource source);
}
