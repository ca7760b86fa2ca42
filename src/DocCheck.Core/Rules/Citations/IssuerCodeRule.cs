using DocCheck.Extraction.Citations;
using DocCheck.Text;

namespace DocCheck.Rules.Citations;

/// <summary>
/// DC2005: the issuing body written with a citation differs from the issuer code of its number
/// ("225/QĐ-TTg … của Chính phủ": TTg is the Prime Minister; "202/2025/QH15 … của Ủy ban Thường vụ Quốc hội").
/// </summary>
public sealed class IssuerCodeRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC2005", RuleCategory.Citations, RuleLevel.Info,
        "Cơ quan ban hành không khớp mã trong số hiệu", "Issuing body differs from the issuer code",
        "{0} là văn bản của {1}, nhưng được ghi \"của {2}\"", "{0} is issued by {1}, but the text says \"của {2}\"");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var x in c.Document.Citations)
        {
            if (x.IsSelf || x.Issuer is null || x.IssuerSpan is null || x.Kind is CitationKind.NamedLaw or CitationKind.Party) continue;
            string code = x.IssuerCode?.Split('-')[0] ?? "";
            if (x.Kind == CitationKind.NationalAssembly) code = "QH";
            if (Mismatch(code, Fold(x.Issuer)) is not { } expected) continue;
            yield return c.Report(Rule, x.IssuerSpan.Value, [x.Key, expected, x.Issuer], [new RelatedLocation(x.SymbolSpan, x.Key)]);
        }
    }

    /// <summary>The body the code names when the written issuer cannot be it, else null.</summary>
    private static string? Mismatch(string code, string issuer)
    {
        switch (code)
        {
            case "TTg": return issuer.Contains("thu tuong") ? null : "Thủ tướng Chính phủ";
            case "CP": return issuer.Contains("thu tuong") || !issuer.Contains("chinh phu") ? "Chính phủ" : null;
            case "QH": return issuer.Contains("thuong vu") || !issuer.Contains("quoc hoi") ? "Quốc hội" : null;
        }
        if (code.StartsWith("UBTVQH", StringComparison.Ordinal))
            return issuer.Contains("thuong vu quoc hoi") ? null : "Ủy ban Thường vụ Quốc hội";
        // A ministry code names one ministry; "của Bộ Tài chính" with TT-BNV is someone else.
        if (code.Length > 1 && code[0] == 'B' && Lexicon.SymbolCodes.IssuerNames.TryGetValue(code, out var name) && name.StartsWith("Bộ ", StringComparison.Ordinal))
        {
            string n = Fold(name);
            bool namesAMinistry = issuer.Contains("bo ");
            return namesAMinistry && !issuer.Contains(n) ? name : null;
        }
        return null;
    }

    private static string Fold(string s) => VietnameseLetters.Fold(s).ToLowerInvariant();
}
