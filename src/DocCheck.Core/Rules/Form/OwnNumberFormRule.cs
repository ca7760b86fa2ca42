using DocCheck.Text;

namespace DocCheck.Rules.Form;

/// <summary>
/// DC1008: the document's own number, in its header, written with a space or a separator wrong ("Số: 141 /TTr-STP",
/// "Số: 12/KH- UBND"). Reads the header's number as written against the number the header parser read from it
/// (<see cref="Structure.DocumentNumber.Display"/>): only spaces and separators may differ, so the one correction is
/// known and given as a fix. Not where the source breaks the line inside the number, not a blank number (DC1001).
/// Info: on corpus-ext 70 of its 75 findings are in text drawn from signed PDFs, where the number stamped into the
/// template's blank is a text run of its own and the converter may have put the space there (docs/rules/DC1008.md).
/// </summary>
public sealed class OwnNumberFormRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC1008", RuleCategory.Form, RuleLevel.Info,
        "Số, ký hiệu của văn bản viết sai dấu", "The document's own number written with a wrong separator",
        "Số, ký hiệu “{0}” {1} — viết đúng là {2}", "The number “{0}” {1}; it is written {2}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        if (c.Document.Structure.Header.Number is not { IsBlank: false } n) yield break;
        string field = n.Field.Text;
        int first = 0;
        while (first < field.Length && !char.IsDigit(field[first])) first++;
        int end = field.Length;
        while (end > first && !char.IsLetterOrDigit(field[end - 1])) end--;
        if (end <= first) yield break;
        var span = new TextSpan(n.Field.Span.Start + first, end - first);
        string written = c.Document.Normalized.Slice(span);
        string right = n.Display;
        if (string.Equals(written, right, StringComparison.OrdinalIgnoreCase) || !Citations.SymbolFormRule.SameLetters(written, right)) yield break;
        // A space where the source breaks the line is the converter's, not the author's.
        if (c.Document.Normalized.Quote(span).AsSpan().ContainsAny('\n', '\r')) yield break;
        string why = written.Contains(' ') ? (c.Lang == "en" ? "has a space inside" : "có dấu cách xen giữa")
            : (c.Lang == "en" ? "has a wrong or missing separator" : "sai hoặc thiếu dấu nối “-”, “/”");
        yield return c.Report(Rule, span, [written, why, right], fix: new SuggestedFix(span, right));
    }
}
