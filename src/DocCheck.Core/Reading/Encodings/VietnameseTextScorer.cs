using System.Globalization;
using System.Text;

namespace DocCheck.Reading.Encodings;

/// <summary>Scores a candidate decoding by how much its non-ASCII words look like Vietnamese syllables.</summary>
/// <remarks>
/// Only words with a non-ASCII letter, and non-ASCII symbols outside words, are weighed: ASCII decodes identically in
/// every candidate encoding, so it cannot tell them apart. One pass over the text: linear time.
/// </remarks>
internal static class VietnameseTextScorer
{
    /// <summary>Weight of a word found in the list of frequent syllables.</summary>
    private const double CommonWeight = 1.0;

    /// <summary>Weight of a word that is a well-formed but not frequent syllable (wrong decodings make some).</summary>
    private const double WellFormedWeight = 0.6;

    /// <summary>Longer words are never syllables; they are scored 0 without lowercasing them.</summary>
    private const int MaxWordLength = 16;

    /// <summary>Scores <paramref name="text"/>, which need not be normalized.</summary>
    public static VietnameseLikeness Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string nfc = text.Normalize(NormalizationForm.FormC);
        double total = 0;
        int evidence = 0;
        Span<char> lower = stackalloc char[MaxWordLength];
        int i = 0;
        while (i < nfc.Length)
        {
            char c = nfc[i];
            if (IsWordChar(c))
            {
                int start = i;
                bool ascii = true;
                while (i < nfc.Length && IsWordChar(nfc[i]))
                {
                    ascii &= nfc[i] < 0x80;
                    i++;
                }

                if (!ascii)
                {
                    evidence++;
                    total += WordWeight(nfc.AsSpan(start, i - start), lower);
                }

                continue;
            }

            if (c >= 0x80 && !IsNeutralSymbol(c))
            {
                evidence++;
            }

            i++;
        }

        return new VietnameseLikeness(evidence == 0 ? 0 : total / evidence, evidence);
    }

    private static double WordWeight(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length)
        {
            return 0;
        }

        Span<char> lower = buffer[..word.Length];
        word.ToLowerInvariant(lower);
        if (CommonVietnameseSyllables.Contains(lower))
        {
            return CommonWeight;
        }

        return VietnameseSyllable.IsWellFormed(lower) ? WellFormedWeight : 0;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetter(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>
    /// Non-ASCII characters that are ordinary in any correctly decoded Vietnamese text: whitespace, typographic
    /// punctuation (quotes, dashes, bullets, ellipsis) and the dong and euro signs. Anything else outside a word
    /// (Latin-1 symbols, C1 controls, U+FFFD) is a sign of a wrong decoding.
    /// </summary>
    private static bool IsNeutralSymbol(char c) =>
        char.IsWhiteSpace(c) || c is >= '\u2010' and <= '\u205E' || c is '\u20AB' or '\u20AC';
}
