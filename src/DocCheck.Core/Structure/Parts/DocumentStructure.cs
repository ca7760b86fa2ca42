namespace DocCheck.Structure;

/// <summary>What DocCheck understood of a document's layout; the first part is the document itself.</summary>
public sealed record DocumentStructure(IReadOnlyList<DocumentPart> Parts)
{
    /// <summary>The document itself.</summary>
    public DocumentPart Main => Parts[0];

    /// <summary>The main header.</summary>
    public DocumentHeader Header => Main.Header;

    /// <summary>
    /// The type code ("KH", "BC", "QĐ") of the part that holds <paramref name="position"/>: its own, or — for an
    /// untyped part such as a PHỤ LỤC — the one of the part before it; null when none is known.
    /// </summary>
    public string? TypeCodeAt(int position)
    {
        string? type = null;
        foreach (var p in Parts)
        {
            if (p.Span.Start > position) break;
            type = p.Header.Type?.Code ?? type;
        }
        return type;
    }
}
