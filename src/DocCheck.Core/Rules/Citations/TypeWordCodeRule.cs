using DocCheck.Extraction.Citations;
using DocCheck.Text;

namespace DocCheck.Rules.Citations;

/// <summary>DC2004: a citation's type word differs from the type code of its number ("Nghị định số 10/NQ-CP").</summary>
public sealed class TypeWordCodeRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC2004", RuleCategory.Citations, RuleLevel.Info,
        "Tên loại văn bản được dẫn không khớp ký hiệu", "Cited type word differs from the type code",
        "\"{0}\" nhưng số hiệu {1} là của {2}", "\"{0}\" but the number {1} belongs to a {2}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        foreach (var x in c.Document.Citations)
        {
            if (x.IsSelf || x.IsAlias || x.TypeWord is null || x.TypeCode is null || x.Kind is CitationKind.NamedLaw) continue;
            var word = InstrumentTypes.FromWord(x.TypeWord);
            var code = InstrumentTypes.FromCode(x.TypeCode);
            if (word == InstrumentType.Unknown || code == InstrumentType.Unknown || Compatible(word, code)) continue;
            string codeName = Lexicon.VietnameseLexicon.TypesByCode.TryGetValue(x.TypeCode, out var t) ? t.Name.ToLowerInvariant() : x.TypeCode;
            var span = TypeAndNumber(x);
            yield return c.Report(Rule, span, [c.Quote(span), x.Key, codeName]);
        }
    }

    // The finding covers what contradicts itself, the type word through the number ("Nghị định số 10/NQ-CP"),
    // not the whole mention with its date, issuer and title; a word not written in the mention (a list item's) is
    // left out.
    private static TextSpan TypeAndNumber(Citation x) =>
        x.TypeWordSpan is { } word ? TextSpan.FromBounds(word.Start, x.SymbolSpan.End) : x.SymbolSpan;

    // An abbreviated or general word may stand for a more specific code ("TT" for TTLT, "Văn bản"/"Công văn" for anything).
    private static bool Compatible(InstrumentType word, InstrumentType code) =>
        word == code
        || (word == InstrumentType.Circular && code == InstrumentType.JointCircular)
        || (word == InstrumentType.Resolution && code == InstrumentType.JointResolution)
        || word == InstrumentType.OfficialLetter;
}
