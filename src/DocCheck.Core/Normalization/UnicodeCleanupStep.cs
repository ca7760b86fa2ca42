using System.Globalization;
using System.Text;
using DocCheck.Text;

namespace DocCheck.Normalization;

/// <summary>
/// Unicode NFC, Icelandic Ð/ð written for Đ/đ, odd spaces to plain spaces, and removal of
/// zero-width characters and soft hyphens.
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
                char? mapped = MapSingle(c);
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

    private static bool IsRemovable(char c) => MapSingle(c) == '\0';

    private static string RemoveRemovable(string chunk)
    {
        if (!chunk.Any(IsRemovable)) return chunk;
        return new string(chunk.Where(c => !IsRemovable(c)).ToArray());
    }

    private static bool IsCombining(char c)
    {
        if (c < '\u0300') return false;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static bool IsClean(string input)
    {
        foreach (char c in input)
        {
            if (c is >= ' ' and < '\u007F' or '\t' or '\n' or '\r' or '\f') continue;
            if (MapSingle(c) is not null) return false;
            if (IsCombining(c)) return false;
        }
        return input.IsNormalized(NormalizationForm.FormC);
    }
}
