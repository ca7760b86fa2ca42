using System.Collections.Frozen;
using System.Text;

namespace DocCheck.Reading.Encodings;

/// <summary>Splits precomposed Vietnamese letters into base letter and tone, and composes them back.</summary>
/// <remarks>
/// "Base letter" keeps the shape marks that make a distinct letter (ă â ê ô ơ ư đ) and drops only the tone.
/// The tables are derived from Unicode normalization at start-up rather than typed in, so they cannot disagree with NFC.
/// </remarks>
internal static class VietnameseLetters
{
    /// <summary>The 12 lowercase vowel letters that take a tone mark.</summary>
    public const string Vowels = "aăâeêioôơuưy";

    /// <summary>The lowercase consonant letters of the Vietnamese alphabet; f, j, w and z occur only in loanwords.</summary>
    private const string Consonants = "bcdđghklmnpqrstvx";

    private static readonly FrozenDictionary<char, (char Base, VietnameseTone Tone)> Decomposition;
    private static readonly FrozenDictionary<(char Base, VietnameseTone Tone), char> Composition;

    static VietnameseLetters()
    {
        var decomposition = new Dictionary<char, (char, VietnameseTone)>();
        var composition = new Dictionary<(char, VietnameseTone), char>();
        foreach (char lower in Vowels)
        {
            foreach (VietnameseTone tone in Enum.GetValues<VietnameseTone>())
            {
                char composedLower = ComposeByNormalization(lower, tone);
                char upper = char.ToUpperInvariant(lower);
                char composedUpper = ComposeByNormalization(upper, tone);
                decomposition[composedLower] = (lower, tone);
                decomposition[composedUpper] = (lower, tone);
                composition[(lower, tone)] = composedLower;
                composition[(upper, tone)] = composedUpper;
            }
        }

        foreach (char lower in Consonants)
        {
            decomposition[lower] = (lower, VietnameseTone.None);
            decomposition[char.ToUpperInvariant(lower)] = (lower, VietnameseTone.None);
        }

        Decomposition = decomposition.ToFrozenDictionary();
        Composition = composition.ToFrozenDictionary();
    }

    /// <summary>The combining mark Unicode uses for a tone.</summary>
    public static char CombiningMark(VietnameseTone tone) => tone switch
    {
        VietnameseTone.Grave => '\u0300',
        VietnameseTone.Acute => '\u0301',
        VietnameseTone.Hook => '\u0309',
        VietnameseTone.Tilde => '\u0303',
        VietnameseTone.Dot => '\u0323',
        _ => throw new ArgumentOutOfRangeException(nameof(tone), tone, "No mark for this tone."),
    };

    /// <summary>Splits a Vietnamese letter (either case) into its lowercase base letter and tone.</summary>
    public static bool TryDecompose(char letter, out char lowerBase, out VietnameseTone tone)
    {
        if (Decomposition.TryGetValue(letter, out var parts))
        {
            (lowerBase, tone) = parts;
            return true;
        }

        lowerBase = '\0';
        tone = VietnameseTone.None;
        return false;
    }

    /// <summary>The precomposed letter for a vowel (either case, shape marks included) with a tone.</summary>
    public static char Compose(char vowel, VietnameseTone tone) =>
        Composition.TryGetValue((vowel, tone), out char composed)
            ? composed
            : throw new ArgumentException($"'{vowel}' is not a Vietnamese vowel letter.", nameof(vowel));

    /// <summary>True for the 12 vowel letters without tone, in either case.</summary>
    public static bool IsBaseVowel(char c) => Vowels.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    private static char ComposeByNormalization(char vowel, VietnameseTone tone)
    {
        if (tone == VietnameseTone.None)
        {
            return vowel;
        }

        string composed = string.Concat(vowel, CombiningMark(tone)).Normalize(NormalizationForm.FormC);
        return composed.Length == 1
            ? composed[0]
            : throw new InvalidOperationException($"Unicode has no precomposed form of '{vowel}' with {tone}.");
    }
}
