namespace DocCheck.Reading;

/// <summary>One entry of a portal's lược đồ: the relation as written, its kind, and the other instrument.</summary>
public sealed record RelatedInstrument(string RelationText, PortalRelation Relation, string? NumberSymbol, string? Title, DateOnly? IssueDate);
