namespace DocCheck.Extraction.Quantities;

/// <summary>What a quantity measures.</summary>
public enum QuantityKind { Percentage, Score, Rank, Count, Money, Duration }
