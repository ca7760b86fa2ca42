using System.Collections.Frozen;
using System.Text;

namespace DocCheck.Text;

/// <summary>
/// Vietnamese letter facts, the one place DocCheck keeps them: a vowel split into its base letter and tone and composed
/// back (tone placement, the legacy font codecs), the consonants, and folding for search keys. "Base letter" keeps
/// the shape marks that make a distinct letter (ă â ê ô ơ ư) and drops only the tone. The tables are derived from
/// Unicode normalization at start-up rather than typed in, so they cannot disagree with NFC.
/// </summary>
public static class VietnameseLetters
{
    /// <summary>The 12 lowercase vowel letters that take a tone mark.</summary>
    public const string Vowels = "aăâeêioôơuưy";

    /// <summary>The lowercase consonant letters of the Vietnamese alphabet; f, j, w and z occur only in loanwords.</summary>
    private const string Consonants = "bcdđghklmnpqrstvx";

    private static readonly char[] ToneMarks = ['\0', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
    private const string BaseVowels = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";

    // Flat tables over the first 0x2000 code units (every Vietnamese letter is below U+1F00): one array read per
    // character instead of a dictionary lookup; normalization and search folding run them on every character.
    private const int TableSize = 0x2000;
    private static readonly char[] SplitBase = new char[TableSize];   // '\0' = not a vowel
    private static readonly Tone[] SplitTone = new Tone[TableSize];
    private static readonly char[] FoldTable = new char[TableSize];   // identity where nothing folds
    private static readonly FrozenDictionary<(char, Tone), char> Compose;

    static VietnameseLetters()
    {
        var split = new Dictionary<char, (char, Tone)>();
        var compose = new Dictionary<(char, Tone), char>();
        foreach (char v in BaseVowels)
        {
            for (int t = 0; t <= 5; t++)
            {
                string s = t == 0 ? v.ToString() : (v.ToString() + ToneMarks[t]).Normalize(NormalizationForm.FormC);
                if (s.Length != 1) continue;
                split[s[0]] = (v, (Tone)t);
                compose[(v, (Tone)t)] = s[0];
            }
        }
        foreach (var (c, (b, t)) in split) { SplitBase[c] = b; SplitTone[c] = t; }
        Compose = compose.ToFrozenDictionary();

        var fold = new Dictionary<char, char>();
        foreach (var (c, (b, _)) in split)
        {
            char plain = b switch
            {
                'ă' or 'â' => 'a', 'ê' => 'e', 'ô' or 'ơ' => 'o', 'ư' => 'u',
                'Ă' or 'Â' => 'A', 'Ê' => 'E', 'Ô' or 'Ơ' => 'O', 'Ư' => 'U',
                _ => b,
            };
            if (plain != c) fold[c] = plain;
        }
        fold['đ'] = 'd';
        fold['Đ'] = 'D';
        for (int i = 0; i < TableSize; i++) FoldTable[i] = (char)i;
        foreach (var (c, f) in fold) FoldTable[c] = f;
    }

    /// <summary>True for a Vietnamese vowel letter with or without marks.</summary>
    public static bool IsVowel(char c) => c < TableSize && SplitBase[c] != '\0';

    /// <summary>Splits a vowel into its base letter (keeping breve, circumflex, horn) and its tone.</summary>
    public static bool TrySplit(char c, out char baseVowel, out Tone tone)
    {
        if (c < TableSize && SplitBase[c] is var b and not '\0') { baseVowel = b; tone = SplitTone[c]; return true; }
        baseVowel = c; tone = Tone.None; return false;
    }

    /// <summary>The vowel <paramref name="baseVowel"/> carrying <paramref name="tone"/>.</summary>
    public static char WithTone(char baseVowel, Tone tone) =>
        Compose.TryGetValue((baseVowel, tone), out char c) ? c : baseVowel;

    /// <summary>The precomposed letter for a vowel (either case, shape marks included) with a tone; throws for a letter that is not a Vietnamese vowel.</summary>
    public static char Composed(char vowel, Tone tone) =>
        Compose.TryGetValue((vowel, tone), out char c) ? c : throw new ArgumentException($"'{vowel}' is not a Vietnamese vowel letter.", nameof(vowel));

    /// <summary>Splits a Vietnamese letter (either case, vowel or consonant) into its lowercase base letter and tone.</summary>
    public static bool TryDecompose(char letter, out char lowerBase, out Tone tone)
    {
        if (TrySplit(letter, out char b, out tone)) { lowerBase = char.ToLowerInvariant(b); return true; }
        char lower = char.ToLowerInvariant(letter);
        if (Consonants.Contains(lower, StringComparison.Ordinal)) { lowerBase = lower; return true; }
        lowerBase = '\0';
        return false;
    }

    /// <summary>Removes every diacritic and folds đ to d (one char in, one char out).</summary>
    public static char FoldChar(char c) => c < TableSize ? FoldTable[c] : c;

    /// <summary>Folds a whole string with <see cref="FoldChar"/>, keeping its length.</summary>
    public static string Fold(string s)
    {
        int first = 0;
        while (first < s.Length && FoldChar(s[first]) == s[first]) first++;
        if (first == s.Length) return s;
        return string.Create(s.Length, (s, first), static (span, st) =>
        {
            st.s.AsSpan().CopyTo(span);
            for (int i = st.first; i < span.Length; i++) span[i] = FoldChar(span[i]);
        });
    }
}
