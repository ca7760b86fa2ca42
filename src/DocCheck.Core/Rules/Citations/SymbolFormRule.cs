using DocCheck.Extraction.Citations;

namespace DocCheck.Rules.Citations;

/// <summary>
/// DC2010: a cited number written with a separator missing, doubled or spaced ("79/2025/NĐCP", "QĐ- UBND",
/// "31- HD/BTCTW"), or one that has lost its year ("Nghị định số 126/NĐ-CP" for 126/2024/NĐ-CP). Reads the citation's
/// number as written against the key the extractor gave it; only separators and spaces may differ, or the year the
/// extractor restored (<see cref="Citation.WrittenKey"/>), so the one correction is known and given as a fix.
/// </summary>
public sealed class SymbolFormRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC2010", RuleCategory.Citations, RuleLevel.Warning,
        "Số hiệu văn bản được dẫn viết sai dấu hoặc thiếu năm", "Cited number with a wrong separator or a lost year",
        "Số hiệu “{0}” {1} — viết đúng là {2}", "The number “{0}” {1}; it is written {2}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        var reported = new HashSet<int>();
        foreach (var x in c.Document.Citations)
        {
            if (x.IsSelf || x.IsAlias || x.Kind is CitationKind.NamedLaw or CitationKind.Standard || x.SymbolSpan.Length == 0) continue;
            if (c.InTemplate(x.SymbolSpan.Start) || !reported.Add(x.SymbolSpan.Start)) continue;
            string written = c.Document.Normalized.Slice(x.SymbolSpan);
            string? why = null;
            if (x.WrittenKey is not null && SameLetters(written, x.WrittenKey))
                why = c.Lang == "en" ? "has lost its year" : "thiếu năm ban hành";
            // A space where the source breaks the line ("TT-" at the end of a PDF line, "BTC" on the next) is the
            // converter's, not the author's.
            else if (!string.Equals(written, x.Key, StringComparison.OrdinalIgnoreCase) && SameLetters(written, x.Key)
                && !c.Document.Normalized.Quote(x.SymbolSpan).AsSpan().ContainsAny('\n', '\r'))
                why = written.Contains(' ') ? (c.Lang == "en" ? "has a space inside" : "có dấu cách xen giữa")
                    : (c.Lang == "en" ? "has a wrong or missing separator" : "sai hoặc thiếu dấu nối “-”, “/”");
            if (why is null) continue;
            yield return c.Report(Rule, x.SymbolSpan, [written, why, x.Key], fix: new SuggestedFix(x.SymbolSpan, x.Key));
        }
    }

    /// <summary>The same letters and digits in the same order, whatever the separators and spaces between them.</summary>
    private static bool SameLetters(string a, string b)
    {
        static string Core(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Core(a) == Core(b);
    }
}
