using DocCheck.Extraction.Citations;

namespace DocCheck.Corpus;

/// <summary>An edge of the citation graph: a document (its own key, else its path) cites an instrument with a relation.</summary>
public sealed record GraphEdge(string Source, string Target, CitationRelation Relation);
