namespace DocCheck.Corpus;

/// <summary>
/// An instrument cited with different dates across the corpus: the date its own header gives (when it is itself
/// in the corpus), the date most citations give, and every citation that differs.
/// </summary>
public sealed record ConflictGroup(string Key, DateOnly? OwnDate, string? OwnPath, DateOnly MajorityDate, int MajorityCount, int Total, IReadOnlyList<ConflictMention> Outliers);
