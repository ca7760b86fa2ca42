using DocCheck.Extraction.Citations;

namespace DocCheck.Corpus;

/// <summary>A citation of one document, with the corpus document that is the cited instrument (its path), if the corpus holds it.</summary>
public sealed record DocumentReference(string Key, DateOnly? Date, CitationRelation Relation, int Line, int Column, string Text, string? InCorpus);
