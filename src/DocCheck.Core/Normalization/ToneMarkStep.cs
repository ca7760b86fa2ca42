using DocCheck.Text;

namespace DocCheck.Normalization;

/// <summary>
/// Puts tone marks in one canonical place so old and new spellings match: "hoà/thuỷ/khoẻ" become
/// "hòa/thủy/khỏe" (mark on the first vowel of a final oa, oe, uy). Length-preserving; reports quote
/// the source, not this form.
/// </summary>
public sealed class ToneMarkStep : INormalizationStep
{
    public string Name => "tone-marks";

    public StepResult Apply(string input)
    {
        char[]? chars = null;
        int n = input.Length;
        for (int i = 1; i < n; i++)
        {
            char second = input[i];
            if (second < '\u00C0') continue; // no toned vowel below À: most characters leave here
            if (!VietnameseLetters.TrySplit(second, out char b2, out Tone tone) || tone == Tone.None) continue;
            char first = input[i - 1];
            if (!VietnameseLetters.TrySplit(first, out char b1, out Tone t1) || t1 != Tone.None) continue;
            bool pair = (char.ToLowerInvariant(b1), char.ToLowerInvariant(b2)) is ('o', 'a') or ('o', 'e') or ('u', 'y');
            if (!pair) continue;
            // The pair must end the syllable and not follow another vowel ("uoa" is not "oa").
            if (i + 1 < n && char.IsLetter(input[i + 1])) continue;
            if (i >= 2 && VietnameseLetters.IsVowel(input[i - 2])) continue;
            // In "quy" the u belongs to the consonant qu: the mark stays on y.
            if (char.ToLowerInvariant(b1) == 'u' && i >= 2 && char.ToLowerInvariant(input[i - 2]) == 'q') continue;
            chars ??= input.ToCharArray();
            chars[i - 1] = VietnameseLetters.WithTone(b1, tone);
            chars[i] = b2;
        }
        string text = chars is null ? input : new string(chars);
        return new StepResult(text, PairMap(input, text));
    }

    // Swapped pairs map as a unit, so a span never splits a vowel from the mark that moved.
    private static OffsetMap PairMap(string input, string text)
    {
        if (ReferenceEquals(input, text)) return OffsetMap.Identity(input.Length);
        int n = text.Length;
        bool Swapped(int i) => i >= 1 && i < n && text[i] != input[i] && text[i - 1] != input[i - 1];
        var runs = new OffsetMap.Runs(16);
        for (int i = 0; i < n; i++)
            runs.Add(i, Swapped(i) ? i - 1 : i, Swapped(i + 1) ? i + 2 : i + 1);
        return runs.ToMap(n, input.Length);
    }
}
