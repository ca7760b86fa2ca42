using DocCheck.Text;

namespace DocCheck.Extraction.Citations;

/// <summary>
/// One reference to another instrument, with spans over the normalized text. <see cref="Key"/> is the same for
/// every variant of the same instrument ("61/2018/NĐ-CP", "61/2018/nd-cp", "NĐ 61/2018/NĐ-CP").
/// A short form (a later mention without date, or a defined alias) points to its full citation by
/// <see cref="Antecedent"/>; a mention of the document's own number has <see cref="IsSelf"/>.
/// </summary>
public sealed record Citation
{
    public required CitationKind Kind { get; init; }
    public required InstrumentType Type { get; init; }
    /// <summary>The type word as written ("Nghị định", "NĐ", "TT"), if any.</summary>
    public string? TypeWord { get; init; }
    /// <summary>Where <see cref="TypeWord"/> is written in this mention; null when it is not (a list item takes its list head's word, an alias its target's).</summary>
    public TextSpan? TypeWordSpan { get; init; }
    /// <summary>The whole mention: pinpoint, type word, number, date, issuer and title.</summary>
    public required TextSpan Span { get; init; }
    /// <summary>The number/symbol (or the law's name, or the standard) alone.</summary>
    public required TextSpan SymbolSpan { get; init; }
    /// <summary>Canonical key: "61/2018/NĐ-CP", "225/QĐ-TTg", "18-NQ/TW", "Luật Tổ chức chính quyền địa phương".</summary>
    public required string Key { get; init; }
    /// <summary>The key as the number is written, when <see cref="Key"/> restores a part it lost ("126/NĐ-CP" for 126/2024/NĐ-CP); else null.</summary>
    public string? WrittenKey { get; init; }
    public string? Number { get; init; }
    /// <summary>Letter after the number ("c" in 30c/NQ-CP).</summary>
    public string? Suffix { get; init; }
    public int? Year { get; init; }
    public string? TypeCode { get; init; }
    public string? IssuerCode { get; init; }
    /// <summary>The issue date written with this mention; never an effective date.</summary>
    public PartialDate? Date { get; init; }
    public TextSpan? DateSpan { get; init; }
    /// <summary>The issuing body as written ("Thủ tướng Chính phủ").</summary>
    public string? Issuer { get; init; }
    public TextSpan? IssuerSpan { get; init; }
    /// <summary>The trích yếu ("về thực hiện cơ chế một cửa…").</summary>
    public string? Summary { get; init; }
    public TextSpan? SummarySpan { get; init; }
    /// <summary>For named laws, the name as written.</summary>
    public string? Name { get; init; }
    /// <summary>"khoản 3 Điều 14" when the citation points inside the instrument.</summary>
    public string? Pinpoint { get; init; }
    public CitationRelation Relation { get; init; }
    /// <summary>The document's own number, not a citation of another instrument.</summary>
    public bool IsSelf { get; init; }
    /// <summary>Index (in the document's citation list) of the full citation a short form stands for.</summary>
    public int? Antecedent { get; init; }
    /// <summary>True for a defined alias ("Chương trình số 51-CTr/TU" after "sau đây gọi tắt là").</summary>
    public bool IsAlias { get; init; }
}
