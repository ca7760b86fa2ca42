namespace DocCheck.Corpus;

/// <summary>Everything written for one document in one go: the document, its normalized text, and the facts extracted from it.</summary>
public sealed record DocumentFacts(
    CorpusDocument Document, string Text, IReadOnlyList<CorpusCitation> Citations, IReadOnlyList<CorpusQuantity> Quantities,
    IReadOnlyList<CorpusFinding> Findings);
