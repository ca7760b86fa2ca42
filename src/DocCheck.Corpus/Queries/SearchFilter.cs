namespace DocCheck.Corpus;

/// <summary>Filters of a search: type code, part of the issuer's name, years of the issue date, and how many hits.</summary>
public sealed record SearchFilter(string? Type = null, string? Issuer = null, int? FromYear = null, int? ToYear = null, int Limit = 20);
