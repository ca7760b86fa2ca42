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
            // Annexes and forms too: a real number written wrong is wrong wherever it stands (blanks are not symbols).
            if (!reported.Add(x.SymbolSpan.Start)) continue;
            string written = c.Document.Normalized.Slice(x.SymbolSpan);
            string? why = null;
            if (x.WrittenKey is not null && SameLetters(written, x.WrittenKey))
                why = c.Lang == "en" ? "has lost its year" : "thiếu năm ban hành";
            // A space where the source breaks the line ("TT-" at the end of a PDF line, "BTC" on the next) is the
            // converter's, not the author's.
            else if (!string.Equals(written, x.Key, StringComparison.OrdinalIgnoreCase) && SameLetters(written, x.Key)
                && !c.Document.Normalized.Quote(x.SymbolSpan).AsSpan().ContainsAny('\n', '\r'))
            {
                // A space after a hyphen in a table cell or an annex's form is where a narrow column wrapped the
                // number ("3470/QĐ-" / "UBND") and the conversion joined the lines: the converter's. A missing or
                // wrong separator is the author's wherever it stands.
                bool spaced = written.Contains(' ');
                if (spaced && (c.InTemplate(x.SymbolSpan.Start) || InTable(c, x.SymbolSpan.Start))) continue;
                why = spaced ? (c.Lang == "en" ? "has a space inside" : "có dấu cách xen giữa")
                    : (c.Lang == "en" ? "has a wrong or missing separator" : "sai hoặc thiếu dấu nối “-”, “/”");
            }
            if (why is null) continue;
            yield return c.Report(Rule, x.SymbolSpan, [written, why, x.Key], fix: new SuggestedFix(x.SymbolSpan, x.Key));
        }
    }

    private static bool InTable(RuleContext c, int at) => c.Document.Structure.Parts.Any(p => p.Tables.Any(t => t.Span.Contains(at)));

    /// <summary>The same letters and digits in the same order, whatever the separators and spaces between them.</summary>
    internal static bool SameLetters(string a, string b)
    {
        static string Core(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Core(a) == Core(b);
    }
}
