namespace DocCheck.Rules.Form;

/// <summary>DC1004: the type word of the document differs from the type code in its own symbol (KẾ HOẠCH with /QĐ-UBND).</summary>
public sealed class TypeMismatchRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC1004", RuleCategory.Form, RuleLevel.Info,
        "Tên loại văn bản không khớp ký hiệu", "Document type word differs from its symbol",
        "Văn bản là \"{0}\" nhưng ký hiệu \"{1}\" mang mã loại {2} ({3})", "The document is a \"{0}\" but its symbol \"{1}\" carries type code {2} ({3})");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        var h = c.Document.Structure.Header;
        if (h.Number is not { TypeCode: { } code } n || h.Type is not { } type || h.TypeWord is null) yield break;
        if (code == type.Code) yield break;
        string codeName = Lexicon.VietnameseLexicon.TypesByCode.TryGetValue(code, out var t) ? t.Name : code;
        yield return c.Report(Rule, n.Field.Span, [h.TypeWord.Text, n.Display, code, codeName], [new RelatedLocation(h.TypeWord.Span, h.TypeWord.Text)]);
    }
}
