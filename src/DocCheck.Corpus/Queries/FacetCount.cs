namespace DocCheck.Corpus;

/// <summary>How many hits have <see cref="Value"/> for a filter (<see cref="Facet"/>: type, province, issuer, year, relation, status).</summary>
public sealed record FacetCount(string Facet, string Value, int Count);
