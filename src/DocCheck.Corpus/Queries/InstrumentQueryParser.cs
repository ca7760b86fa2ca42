using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Extraction.Citations;
using DocCheck.Text;

namespace DocCheck.Corpus;

/// <summary>Reads what a person types to name an instrument: "61/2018/NĐ-CP", "nd 61/2018", "Nghị định 61/2018", "qđ 225/2016".</summary>
public static partial class InstrumentQueryParser
{
    [GeneratedRegex(@"(?<num>\d{1,5}[a-zđ]?)\s*/\s*(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NumberYear();

    [GeneratedRegex(@"\b(?:nghi\s*dinh|nd)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Decree();

    [GeneratedRegex(@"\b(?:quyet\s*dinh|qd)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Decision();

    [GeneratedRegex(@"\b(?:thong\s*tu\s*lien\s*tich|ttlt)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex JointCircular();

    [GeneratedRegex(@"\b(?:thong\s*tu|tt)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Circular();

    [GeneratedRegex(@"\b(?:nghi\s*quyet|nq)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Resolution();

    [GeneratedRegex(@"\b(?:chi\s*thi|ct)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Directive();

    [GeneratedRegex(@"\b(?:ke\s*hoach|kh)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Plan();

    // In this order: "thông tư liên tịch" before "thông tư".
    private static readonly (Func<Regex> Pattern, string Code)[] TypeHints =
    [
        (Decree, "NĐ"), (Decision, "QĐ"), (JointCircular, "TTLT"), (Circular, "TT"), (Resolution, "NQ"), (Directive, "CT"), (Plan, "KH"),
    ];

    /// <summary>
    /// Understands "61/2018/NĐ-CP", "61/2018/ND-CP", "nd 61/2018", "Nghị định 61/2018", "225/QĐ-TTg", and "qd 225/2016"
    /// (a number without a year in its symbol, with the year of its date). Null when the text names no instrument number.
    /// </summary>
    public static InstrumentQuery? Parse(string text)
    {
        string? key = CitationKeys.FromText(text);
        if (key is not null) return new InstrumentQuery(key, null, null, null, text);
        var m = NumberYear().Match(text);
        if (!m.Success) return null;
        string folded = VietnameseFold.Fold(text);
        string? type = TypeHints.FirstOrDefault(h => h.Pattern().IsMatch(folded)).Code;
        return new InstrumentQuery(null, m.Groups["num"].Value.ToLowerInvariant(), int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), type, text);
    }

    /// <summary>
    /// Whether <paramref name="text"/> is an instrument number and nothing else but type words ("61/2018",
    /// "nd 61/2018", "Quyết định số 225/QĐ-TTg"): a search box sends such a query to the instrument's page.
    /// </summary>
    public static bool IsOnlyANumber(string text)
    {
        if (Parse(text) is null) return false;
        // The words around the number (a token with a digit or a slash is the number or its symbol).
        string rest = string.Join(' ', VietnameseFold.Fold(text).Split([' ', '\t', ',', '.', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.Any(char.IsDigit) && !w.Contains('/')));
        foreach (var (pattern, _) in TypeHints) rest = pattern().Replace(rest, " ");
        foreach (string word in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (word is not ("so" or "luat" or "van" or "ban") && word.Any(char.IsLetter)) return false;
        return true;
    }
}
