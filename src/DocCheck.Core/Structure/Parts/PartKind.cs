namespace DocCheck.Structure;

/// <summary>Whether a part is the document itself, a document carried inside it, or an annex.</summary>
public enum PartKind { Main, Embedded, Annex }
