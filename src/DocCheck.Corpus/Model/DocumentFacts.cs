namespace DocCheck.Corpus;

/// <summary>
/// Everything written for one document in one go: the document, its normalized text, the source line each of its
/// paragraphs starts on (so a search snippet can name its line), and the facts extracted from it.
/// </summary>
public sealed record DocumentFacts(
    CorpusDocument Document, string Text, IReadOnlyList<CorpusCitation> Citations, IReadOnlyList<CorpusQuantity> Quantities,
    IReadOnlyList<CorpusFinding> Findings)
{
    /// <summary>The 1-based source line of each paragraph ('\n'-separated block) of <see cref="Text"/>; empty when unknown.</summary>
    public IReadOnlyList<int> BlockLines { get; init; } = [];
}
