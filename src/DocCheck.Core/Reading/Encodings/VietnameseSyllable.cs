using DocCheck.Text;
using System.Collections.Frozen;

namespace DocCheck.Reading.Encodings;

/// <summary>Checks whether a word has the shape of a Vietnamese syllable: onset, vowel nucleus, coda and one tone.</summary>
/// <remarks>
/// The check is deliberately a little permissive (it accepts rare and unused but well-formed syllables); it exists to
/// tell correctly decoded text from mojibake, where stray symbols, impossible vowel clusters, two tone marks, or a
/// level tone before a stop consonant (c ch p t) show up quickly.
/// </remarks>
internal static class VietnameseSyllable
{
    /// <summary>No syllable is longer than this ("nghiêng").</summary>
    private const int MaxLength = 7;

    /// <summary>Onsets, longest first so that "ngh" is tried before "ng" and "n"; the empty onset comes last.</summary>
    private static readonly string[] Onsets =
    [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ];

    /// <summary>Vowel nuclei (with any final semivowel) that end the syllable: no consonant may follow.</summary>
    private static readonly FrozenSet<string> OpenOnly = FrozenSet.Create(StringComparer.Ordinal,
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu",
        "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu", "uơ");

    /// <summary>Vowel nuclei that need a final consonant.</summary>
    private static readonly FrozenSet<string> ClosedOnly = FrozenSet.Create(StringComparer.Ordinal,
        "ă", "â", "iê", "yê", "uô", "ươ", "oă", "uâ", "uyê", "oo");

    /// <summary>Vowel nuclei that may stand with or without a final consonant.</summary>
    private static readonly FrozenSet<string> OpenOrClosed = FrozenSet.Create(StringComparer.Ordinal,
        "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy");

    /// <summary>Final consonants.</summary>
    private static readonly FrozenSet<string> Codas = FrozenSet.Create(StringComparer.Ordinal,
        "c", "ch", "m", "n", "ng", "nh", "p", "t");

    /// <summary>The only nuclei that "ch" and "nh" follow.</summary>
    private static readonly FrozenSet<string> PalatalNuclei = FrozenSet.Create(StringComparer.Ordinal,
        "a", "ê", "i", "y", "oa", "uê", "uy");

    /// <summary>True if <paramref name="word"/> (letters only, any case, NFC) is a well-formed Vietnamese syllable.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength)
        {
            return false;
        }

        Span<char> plain = stackalloc char[word.Length];
        var tone = Tone.None;
        for (int i = 0; i < word.Length; i++)
        {
            if (!VietnameseLetters.TryDecompose(word[i], out char lowerBase, out var letterTone))
            {
                return false;
            }

            if (letterTone != Tone.None)
            {
                if (tone != Tone.None)
                {
                    return false;
                }

                tone = letterTone;
            }

            plain[i] = lowerBase;
        }

        foreach (string onset in Onsets)
        {
            if (plain.StartsWith(onset, StringComparison.Ordinal) && IsRhyme(onset, plain[onset.Length..], tone))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRhyme(string onset, ReadOnlySpan<char> rhyme, Tone tone)
    {
        int vowels = 0;
        while (vowels < rhyme.Length && VietnameseLetters.Vowels.Contains(rhyme[vowels]))
        {
            vowels++;
        }

        if (vowels == 0)
        {
            return false;
        }

        string nucleus = rhyme[..vowels].ToString();
        ReadOnlySpan<char> coda = rhyme[vowels..];
        bool validNucleus = coda.IsEmpty
            ? OpenOnly.Contains(nucleus) || OpenOrClosed.Contains(nucleus)
            : ClosedOnly.Contains(nucleus) || OpenOrClosed.Contains(nucleus);
        if (!validNucleus)
        {
            return false;
        }

        if (!coda.IsEmpty)
        {
            string codaText = coda.ToString();
            if (!Codas.Contains(codaText))
            {
                return false;
            }

            // Stop finals carry only the two "entering" tones.
            bool stop = codaText is "c" or "ch" or "p" or "t";
            if (stop && tone is not (Tone.Acute or Tone.DotBelow))
            {
                return false;
            }

            if (codaText is "ch" or "nh" && !PalatalNuclei.Contains(nucleus))
            {
                return false;
            }
        }

        // Spelling: k, gh, ngh are written only before front vowels, c only before the others.
        bool front = nucleus[0] is 'i' or 'e' or 'ê' or 'y';
        return onset switch
        {
            "k" or "gh" or "ngh" => front,
            "c" => !front,
            _ => true,
        };
    }
}
