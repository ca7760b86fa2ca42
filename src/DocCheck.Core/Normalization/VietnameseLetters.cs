using System.Collections.Frozen;
using System.Text;

namespace DocCheck.Normalization;

/// <summary>The five Vietnamese tone marks (and none).</summary>
public enum Tone : byte { None, Grave, Acute, Hook, Tilde, DotBelow }

/// <summary>Vietnamese letter facts: splitting a vowel into base and tone, folding for search keys.</summary>
public static class VietnameseLetters
{
    private static readonly char[] ToneMarks = ['\0', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
    private const string BaseVowels = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";

    private static readonly FrozenDictionary<char, (char Base, Tone Tone)> Split;
    private static readonly FrozenDictionary<(char, Tone), char> Compose;
    private static readonly FrozenDictionary<char, char> FoldMap;

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
        Split = split.ToFrozenDictionary();
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
        FoldMap = fold.ToFrozenDictionary();
    }

    /// <summary>True for a Vietnamese vowel letter with or without marks.</summary>
    public static bool IsVowel(char c) => Split.ContainsKey(c);

    /// <summary>Splits a vowel into its base letter (keeping breve, circumflex, horn) and its tone.</summary>
    public static bool TrySplit(char c, out char baseVowel, out Tone tone)
    {
        if (Split.TryGetValue(c, out var v)) { baseVowel = v.Base; tone = v.Tone; return true; }
        baseVowel = c; tone = Tone.None; return false;
    }

    /// <summary>The vowel <paramref name="baseVowel"/> carrying <paramref name="tone"/>.</summary>
    public static char WithTone(char baseVowel, Tone tone) =>
        Compose.TryGetValue((baseVowel, tone), out char c) ? c : baseVowel;

    /// <summary>Removes every diacritic and folds đ to d (one char in, one char out).</summary>
    public static char FoldChar(char c) => FoldMap.TryGetValue(c, out char f) ? f : c;

    /// <summary>Folds a whole string with <see cref="FoldChar"/>, keeping its length.</summary>
    public static string Fold(string s)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++) chars[i] = FoldChar(chars[i]);
        return new string(chars);
    }
}
