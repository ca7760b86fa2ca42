namespace DocCheck.Reading;

/// <summary>
/// How a portal's relationship diagram (lược đồ) links another instrument to this one, with its direction:
/// <see cref="ReplacedBy"/> means the other instrument replaces this one.
/// </summary>
public enum PortalRelation
{
    Basis, Guides, GuidedBy, Amends, AmendedBy, Replaces, ReplacedBy, Repeals, RepealedBy, Suspends, SuspendedBy,
    Consolidates, ConsolidatedBy, References, Related,
}
