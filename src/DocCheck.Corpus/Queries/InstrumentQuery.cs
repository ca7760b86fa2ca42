namespace DocCheck.Corpus;

/// <summary>What an instrument query was understood as: an exact key, or number/year with an optional type code.</summary>
public sealed record InstrumentQuery(string? Key, string? Number, int? Year, string? TypeCode, string Text);
