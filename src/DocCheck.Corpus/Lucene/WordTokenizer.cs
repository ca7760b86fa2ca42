using System.Globalization;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace DocCheck.Corpus.Lucene;

/// <summary>
/// Runs of letters, digits (and the marks that combine with them) and of the joiners / - . &amp; _ that hold a unit like
/// "61/2018/NĐ-CP" or "1.000.000" together. <see cref="JoinerTrimFilter"/> then takes joiners off a token's ends
/// ("cửa." → "cửa"). Lucene's PatternTokenizer did the same with one regular expression but allocated a string per
/// match: 4.6 s and 2,400 collections for 0.6 M characters, against 0.03 s here.
/// </summary>
internal sealed class WordTokenizer(TextReader input) : CharTokenizer(SearchAnalysis.Version, input)
{
    protected override bool IsTokenChar(int c) => IsJoiner(c) || CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };

    internal static bool IsJoiner(int c) => c is '/' or '-' or '.' or '&' or '_';
}
