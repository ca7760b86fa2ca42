using DocCheck.Text;

namespace DocCheck.Structure;

/// <summary>
/// One part of a file: the document itself, a document it carries ("Ban hành kèm theo Quyết định…"),
/// or an annex (PHỤ LỤC), each with its own header, outline, tables and signature.
/// </summary>
public sealed record DocumentPart(
    PartKind Kind,
    TextSpan Span,
    DocumentHeader Header,
    IReadOnlyList<PreambleClause> Preamble,
    IReadOnlyList<OutlineNode> Outline,
    IReadOnlyList<Table> Tables,
    RecipientList? Recipients,
    SignatureBlock? Signature)
{
    /// <summary>All outline nodes of the part in document order.</summary>
    public IEnumerable<OutlineNode> AllNodes() => Outline.SelectMany(n => n.DescendantsAndSelf());
}
