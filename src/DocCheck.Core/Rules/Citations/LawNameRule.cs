using DocCheck.Extraction.Citations;

namespace DocCheck.Rules.Citations;

/// <summary>
/// DC2012: a law named in the text that is on no list of laws but is one or two letters away from one that is
/// ("Luật Công nghiệp thông tin" for the Luật Công nghệ thông tin, "Luật Đất đại"): a misspelt name. Reads the named-law
/// citations and the list of laws; the closest real name is the fix when it is the only one that near. Names far from
/// every listed law (a new law the list does not have yet, "Luật Trí tuệ nhân tạo") stay silent.
/// </summary>
public sealed class LawNameRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC2012", RuleCategory.Citations, RuleLevel.Warning,
        "Tên luật không có trong danh mục luật", "A law name no law has",
        "Không có luật nào tên “{0}”; gần nhất là “{1}”", "No law is named “{0}”; the closest is “{1}”");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var x in c.Document.Citations)
        {
            if (x.Kind != CitationKind.NamedLaw || x.IsAlias || x.Name is not { } full || x.TypeWordSpan is not { } tw) continue;
            if (x.Type is not (InstrumentType.Law or InstrumentType.Code or InstrumentType.Ordinance)) continue;
            string written = c.Document.Normalized.Slice(x.SymbolSpan);
            int cut = tw.End - x.SymbolSpan.Start;
            if (cut <= 0 || cut >= written.Length) continue;
            string keyword = written[..cut].TrimEnd();
            string name = written[cut..].Trim();
            if (name.StartsWith("sửa đổi", StringComparison.OrdinalIgnoreCase)) continue;
            // A footnote mark glued on ("Luật Bảo hiểm y tế1"), or a name that may go on past the line's end ("Luật
            // Giám" / "định tư pháp" in a PDF's text), is no misspelling.
            if (char.IsDigit(name[^1])) continue;
            var src = c.Document.Normalized.ToSource(x.SymbolSpan);
            string raw = c.Document.Source.Text;
            int after = src.End;
            while (after < raw.Length && raw[after] is ' ' or '\t' or '\r') after++;
            if (after >= raw.Length || raw[after] == '\n') continue;
            var (known, closest) = NamedLawFinder.Lookup(name);
            if (known || closest is null) continue;
            string right = keyword + " " + closest;
            yield return c.Report(Rule, x.SymbolSpan, [written, right], [], new SuggestedFix(x.SymbolSpan, right));
        }
    }
}
