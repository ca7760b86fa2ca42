namespace DocCheck.Structure;

/// <summary>
/// The document's own number and symbol from "Số: 497/KH-UBND" (also "84/2025/QĐ-UBND", "18-NQ/TW",
/// and a draft's blank "Số:      /KH-UBND", where <see cref="Number"/> is null). Party numbers
/// ("Số 221-KL/TW") have <see cref="IsParty"/> and the symbol "KL/TW".
/// </summary>
public sealed record DocumentNumber(TextField Field, string? Number, int? Year, string Symbol, string? TypeCode, string? IssuerCode, bool IsParty = false)
{
    /// <summary>True when the number part was left blank (a draft).</summary>
    public bool IsBlank => Number is null;

    /// <summary>Number and symbol as one string ("497/KH-UBND"), or "/KH-UBND" when blank.</summary>
    public string Display => IsParty ? $"{Number}-{Symbol}" : Year is { } y ? $"{Number}/{y}/{Symbol}" : $"{Number}/{Symbol}";
}
