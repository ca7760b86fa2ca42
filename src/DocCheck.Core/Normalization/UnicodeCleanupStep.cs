using System.Globalization;
using System.Text;
using DocCheck.Text;

namespace DocCheck.Normalization;

/// <summary>
/// Unicode NFC, Icelandic Ð/ð written for Đ/đ, Cyrillic or Greek look-alikes inside Latin words to their Latin letter,
/// odd spaces to plain spaces, and removal of zero-width characters and soft hyphens.
/// </summary>
public sealed class UnicodeCleanupStep : INormalizationStep
{
    public string Name => "unicode";

    public StepResult Apply(string input)
    {
        if (IsClean(input)) return new StepResult(input, OffsetMap.Identity(input.Length));

        var b = new OffsetMapBuilder(input.Length, input.Length);
        int i = 0;
        while (i < input.Length)
        {
            // A chunk is one starter and the combining marks after it; NFC never reaches across chunks
            // for the scripts these documents use.
            int start = i;
            i++;
            // Marks belong to their base even across a zero-width character that is about to be removed.
            while (i < input.Length && (IsCombining(input[i]) || (IsRemovable(input[i]) && i + 1 < input.Length && IsCombining(input[i + 1])))) i++;
            if (i - start == 1)
            {
                char c = input[start];
                char? mapped = MapSingle(c) ?? (LookAlike(c) is { } l && InLatinWord(input, start) ? l : null);
                if (mapped is { } m) { if (m != '\0') b.Append(m, start, i); }
                else b.Append(c, start, i);
                continue;
            }
            string chunk = RemoveRemovable(input.Substring(start, i - start));
            string composed;
            try { composed = chunk.Normalize(NormalizationForm.FormC); }
            catch (ArgumentException) { composed = chunk; } // unpaired surrogates: keep as is
            foreach (char c in composed)
            {
                char? mapped = MapSingle(c);
                if (mapped is { } m) { if (m != '\0') b.Append(m, start, i); }
                else b.Append(c, start, i);
            }
        }
        var (text, map) = b.Build();
        return new StepResult(text, map);
    }

    /// <summary>Replacement for a single character: null keeps it, '\0' drops it.</summary>
    private static char? MapSingle(char c) => c switch
    {
        '\u00D0' => '\u0110', // Ð (Icelandic Eth) typed for Đ
        '\u00F0' => '\u0111', // ð for đ
        '\u0189' => '\u0110', // Ɖ (African D) for Đ
        '\u00A0' or '\u2007' or '\u202F' or '\u3000' or '\u205F' or '\u1680' => ' ',
        >= '\u2000' and <= '\u200A' => ' ',
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => '\0',
        // Stray control characters (NUL checkboxes in PDF text, C1 codes from mis-decoding) read as spaces.
        < '\u0020' and not ('\t' or '\n' or '\r' or '\f') => ' ',
        >= '\u007F' and <= '\u009F' => ' ',
        _ => null,
    };

    /// <summary>The Latin letter a Cyrillic or Greek letter looks exactly like, if any.</summary>
    private static char? LookAlike(char c) => c switch
    {
        'А' or 'Α' => 'A', 'В' or 'Β' => 'B', 'С' => 'C', 'Е' or 'Ε' => 'E', 'Н' or 'Η' => 'H', 'І' or 'Ι' => 'I', 'Ј' => 'J',
        'К' or 'Κ' => 'K', 'М' or 'Μ' => 'M', 'Ν' => 'N', 'О' or 'Ο' => 'O', 'Р' or 'Ρ' => 'P', 'Ѕ' => 'S', 'Т' or 'Τ' => 'T',
        'Х' or 'Χ' => 'X', 'У' or 'Υ' => 'Y', 'Ζ' => 'Z',
        'а' => 'a', 'с' => 'c', 'е' => 'e', 'і' => 'i', 'ј' => 'j', 'о' or 'ο' => 'o', 'р' => 'p', 'ѕ' => 's', 'х' => 'x', 'у' => 'y',
        _ => null,
    };

    private static bool IsLatinLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' || (c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF') && char.IsLetter(c);

    private static bool InCode(char c) => char.IsLetterOrDigit(c) || c is '-' or '/';

    /// <summary>
    /// The letter at <paramref name="at"/> stands in a word with a Latin letter ("BТС" typed with a Russian layout): a
    /// Cyrillic or Greek look-alike there is the Latin letter (DC5001 reports it from the source); so is a part of a
    /// number's symbol joined by "-" or "/" ("66/NQ-СР"). A word wholly in Cyrillic or Greek keeps its letters.
    /// </summary>
    private static bool InLatinWord(string s, int at)
    {
        for (int k = at - 1; k >= 0 && k >= at - 40 && InCode(s[k]); k--) if (IsLatinLetter(s[k])) return true;
        for (int k = at + 1; k < s.Length && k <= at + 40 && InCode(s[k]); k++) if (IsLatinLetter(s[k])) return true;
        return false;
    }

    private static bool IsRemovable(char c) => MapSingle(c) == '\0';

    private static string RemoveRemovable(string chunk)
    {
        if (!chunk.Any(IsRemovable)) return chunk;
        return new string(chunk.Where(c => !IsRemovable(c)).ToArray());
    }

    private static bool IsCombining(char c)
    {
        if (c < '\u0300') return false;
        // The combining diacritics block is all marks; the precomposed Vietnamese letters hold none. Most non-ASCII
        // characters of these documents are one or the other, and a category lookup for each was a visible cost.
        if (c <= '\u036F') return true;
        if (c is >= '\u1E00' and <= '\u1EFF') return false;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static bool IsClean(string input)
    {
        // Text of characters that NFC leaves alone whatever stands around them — below the combining marks, the
        // precomposed Latin letters of Latin Extended Additional, punctuation, the đồng sign — and no combining mark
        // is already in NFC: the (ICU) check is only asked about other text.
        bool composedOnly = true;
        foreach (char c in input)
        {
            if (c is >= ' ' and < '\u007F' or '\t' or '\n' or '\r' or '\f') continue;
            if (MapSingle(c) is not null) return false;
            if (IsCombining(c)) return false;
            if (c is >= '\u0370' and <= '\u04FF' && LookAlike(c) is not null) return false;
            if (!(c < '\u0300' || c is >= '\u1E00' and <= '\u1EFF' or >= '\u2010' and <= '\u2027' or >= '\u2030' and <= '\u205E' or '\u20AB')) composedOnly = false;
        }
        return composedOnly || input.IsNormalized(NormalizationForm.FormC);
    }
}
