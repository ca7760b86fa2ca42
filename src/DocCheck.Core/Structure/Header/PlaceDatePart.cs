using DocCheck.Text;

namespace DocCheck.Structure;

/// <summary>
/// Where one part of a header date is written: its word ("ngày", "tháng", "năm", as written) and its number.
/// Either is null where it is not written; a draft's blank day has its word and no number.
/// </summary>
public sealed record PlaceDatePart(TextSpan? Word, TextSpan? Number);
