using DocCheck.Extraction.Quantities;

namespace DocCheck.Corpus;

/// <summary>
/// A quantity (target, baseline, result …) as the corpus keeps it. Values are binary floating point, as the stores
/// hold them (SQLite REAL, PostgreSQL double precision), so what is written is what is read back.
/// </summary>
public sealed record CorpusQuantity(
    int Line, int Column, QuantityKind Kind, QuantityRole Role, double Value, double? Of, double? Upper, Comparison Comparison,
    string? Unit, int? Year, string? Subject, string Text);
