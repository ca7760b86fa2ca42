namespace DocCheck.Extraction.Quantities.Roles;

/// <summary>
/// What the role of one quantity is decided from: the quantity, the clause before it and the words after it, the
/// heading it stands under, whether the document reports results, the years near it relative to the plan's year,
/// and the role the rules gave it. Built by <see cref="QuantityExtractor"/>; read by an <see cref="IRoleClassifier"/>.
/// </summary>
public sealed record RoleCues
{
    public required QuantityKind Kind { get; init; }
    public required string Text { get; init; }
    public Comparison Comparison { get; init; }
    public bool IsGrowth { get; init; }
    /// <summary>The clause before the value, within its block (at most a few hundred characters).</summary>
    public required string Before { get; init; }
    /// <summary>Up to 80 characters after the value, within its block.</summary>
    public required string After { get; init; }
    /// <summary>The heading of the outline item the value stands under, if any.</summary>
    public string? Section { get; init; }
    /// <summary>Under a "Mục tiêu" / "Chỉ tiêu" heading or in a "Mục tiêu cụ thể: …" paragraph.</summary>
    public bool GoalSection { get; init; }
    /// <summary>The document is a report (Báo cáo) or its title speaks of results.</summary>
    public bool Report { get; init; }
    /// <summary>The last year written in the clause before the value, and the first one in the clause after it.</summary>
    public int? YearBefore { get; init; }
    public int? YearAfter { get; init; }
    /// <summary>The first year the plan covers, or the year of the document's date.</summary>
    public int? PlanYear { get; init; }
    /// <summary>The type code of the document part the value stands in ("KH", "BC", "QĐ"; an untyped part such as an
    /// appendix takes the type of the part before it), or null when none is known.</summary>
    public string? DocumentType { get; init; }
    /// <summary>The role the rules gave (<see cref="RuleRoleClassifier"/>), which a learned classifier may keep.</summary>
    public required QuantityRole RuleRole { get; init; }
}
