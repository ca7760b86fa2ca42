namespace DocCheck.Reading;

/// <summary>
/// Facts a reader found beside the text — a portal page's property panel (số hiệu, ngày ban hành, cơ quan ban
/// hành, tình trạng hiệu lực) and its relationship diagram. Every field may be absent.
/// </summary>
public sealed record DocumentMetadata
{
    /// <summary>Where the facts came from ("thuvienphapluat.vn", "vbpl.vn", "docx core properties").</summary>
    public string? Source { get; init; }
    public string? NumberSymbol { get; init; }
    public string? DocumentType { get; init; }
    public DateOnly? IssueDate { get; init; }
    public DateOnly? EffectiveDate { get; init; }
    public string? Issuer { get; init; }
    public string? Signer { get; init; }
    public string? Title { get; init; }
    /// <summary>Validity as the portal states it ("Còn hiệu lực", "Hết hiệu lực toàn bộ", …).</summary>
    public string? Status { get; init; }
    public IReadOnlyList<RelatedInstrument> Relations { get; init; } = [];
}
