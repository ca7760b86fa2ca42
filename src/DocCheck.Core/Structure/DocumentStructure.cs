namespace DocCheck.Structure;

/// <summary>What DocCheck understood of a document's layout; the first part is the document itself.</summary>
public sealed record DocumentStructure(IReadOnlyList<DocumentPart> Parts)
{
    /// <summary>The document itself.</summary>
    public DocumentPart Main => Parts[0];

    /// <summary>The main header.</summary>
    public DocumentHeader Header => Main.Header;
}
