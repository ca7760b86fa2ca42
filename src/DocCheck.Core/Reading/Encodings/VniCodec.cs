using DocCheck.Text;
using System.Collections.Frozen;
using System.Text;

namespace DocCheck.Reading.Encodings;

/// <summary>Byte tables and codec for VNI-Windows, the encoding of the VNI-Times family of fonts.</summary>
/// <remarks>
/// The mapping is defined by VNI Software's font layout: an ASCII base letter followed by one diacritic byte whose
/// glyph the font draws over the letter ("Vieät" = V i e + 0xE4 "circumflex and dot" + t). A few letters have a single
/// byte of their own (đ, ơ, ư and the toned i, ỵ). Every uppercase code is the lowercase one minus 0x20, because the
/// fonts draw uppercase diacritics higher. Any other byte above 0x7F is read as Windows-1252, which is what these
/// ANSI-charset fonts show there. The decoder returns precomposed (NFC) letters, not base plus combining mark: every
/// base-plus-diacritic pair VNI can write has a precomposed form.
/// There is no published standard for VNI; the tables below were derived from the byte strings in three independent
/// open-source converters (xvnkb's vni.h, VBKey's mdlCodeTable.bas, duydev/vietnamese-conversion's charsets.ts), which
/// agree on all 134 letters.
/// </remarks>
internal static class VniCodec
{
    /// <summary>Lowercase diacritic bytes for a tone alone, for the bases a e o u y ơ ư.</summary>
    /// <remarks>VNI writes toned i (and ỵ) as single bytes, but the decoder also accepts i (and y) plus these marks.</remarks>
    private static readonly (byte Code, Tone Tone)[] ToneMarks =
    [
        (0xF8, Tone.Grave), (0xF9, Tone.Acute), (0xFB, Tone.Hook),
        (0xF5, Tone.Tilde), (0xEF, Tone.DotBelow),
    ];

    /// <summary>Lowercase diacritic bytes for a circumflex with a tone, for the bases a e o.</summary>
    private static readonly (byte Code, Tone Tone)[] CircumflexMarks =
    [
        (0xE2, Tone.None), (0xE0, Tone.Grave), (0xE1, Tone.Acute),
        (0xE5, Tone.Hook), (0xE3, Tone.Tilde), (0xE4, Tone.DotBelow),
    ];

    /// <summary>Lowercase diacritic bytes for a breve with a tone, for the base a.</summary>
    private static readonly (byte Code, Tone Tone)[] BreveMarks =
    [
        (0xEA, Tone.None), (0xE8, Tone.Grave), (0xE9, Tone.Acute),
        (0xFA, Tone.Hook), (0xFC, Tone.Tilde), (0xEB, Tone.DotBelow),
    ];

    /// <summary>Letters with a lowercase byte of their own.</summary>
    private static readonly (byte Code, char Letter)[] SingleByteLetters =
    [
        (0xF1, 'đ'), (0xF4, 'ơ'), (0xF6, 'ư'),
        (0xEC, 'ì'), (0xED, 'í'), (0xE6, 'ỉ'), (0xF3, 'ĩ'), (0xF2, 'ị'),
        (0xEE, 'ỵ'),
    ];

    /// <summary>Distance from a lowercase code to its uppercase one.</summary>
    private const int UppercaseOffset = 0x20;

    private static readonly char[] ByteToChar;
    private static readonly bool[] IsSpecialByte;
    private static readonly FrozenDictionary<int, char> Compositions;
    private static readonly FrozenDictionary<char, byte[]> CharToBytes;

    static VniCodec()
    {
        ByteToChar = new char[256];
        IsSpecialByte = new bool[256];
        for (int b = 0; b < 0x80; b++)
        {
            ByteToChar[b] = (char)b;
        }

        Span<byte> oneByte = stackalloc byte[1];
        for (int b = 0x80; b < 0x100; b++)
        {
            oneByte[0] = (byte)b;
            ByteToChar[b] = LegacyCodePages.Windows1252.GetString(oneByte)[0];
        }

        var compositions = new Dictionary<int, char>();
        var encodings = new Dictionary<char, byte[]>();
        AddMarks(ToneMarks, bases: "aeouyơưi", shaped: "aeouyơưi", compositions, encodings);
        AddMarks(CircumflexMarks, bases: "aeo", shaped: "âêô", compositions, encodings);
        AddMarks(BreveMarks, bases: "a", shaped: "ă", compositions, encodings);

        // Added last so that, for i and ỵ, the single byte wins over base plus mark when encoding.
        foreach (var (code, letter) in SingleByteLetters)
        {
            char upper = char.ToUpperInvariant(letter);
            byte upperCode = (byte)(code - UppercaseOffset);
            ByteToChar[code] = letter;
            ByteToChar[upperCode] = upper;
            IsSpecialByte[code] = IsSpecialByte[upperCode] = true;
            encodings[letter] = [code];
            encodings[upper] = [upperCode];
        }

        Compositions = compositions.ToFrozenDictionary();

        // Other Windows-1252 characters pass through, unless their byte means something else in VNI.
        for (int b = 0x80; b < 0x100; b++)
        {
            if (!IsSpecialByte[b])
            {
                encodings.TryAdd(ByteToChar[b], [(byte)b]);
            }
        }

        CharToBytes = encodings.ToFrozenDictionary();
    }

    /// <summary>Decodes VNI bytes into precomposed text; never fails.</summary>
    /// <remarks>A diacritic byte that follows no suitable base letter is kept as its Windows-1252 character.</remarks>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        bool lastIsBase = false;
        foreach (byte b in bytes)
        {
            // Case comes from the base letter: files often mix an uppercase base with a lowercase mark, or vice versa.
            if (lastIsBase && Compositions.TryGetValue(Key(text[text.Length - 1], b), out char composed))
            {
                text[text.Length - 1] = composed;
                lastIsBase = false;
                continue;
            }

            char c = ByteToChar[b];
            text.Append(c);
            lastIsBase = IsBase(c);
        }

        return text.ToString();
    }

    /// <summary>Encodes text as VNI; throws <see cref="ArgumentException"/> for characters VNI cannot write.</summary>
    public static byte[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string nfc = text.Normalize(NormalizationForm.FormC);
        var bytes = new List<byte>(nfc.Length + (nfc.Length / 4));
        for (int i = 0; i < nfc.Length; i++)
        {
            char c = nfc[i];
            if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else if (CharToBytes.TryGetValue(c, out byte[]? code))
            {
                bytes.AddRange(code);
            }
            else
            {
                throw new ArgumentException($"VNI cannot represent U+{(int)c:X4} '{c}' at index {i}.", nameof(text));
            }
        }

        return [.. bytes];
    }

    private static void AddMarks(
        (byte Code, Tone Tone)[] marks,
        string bases,
        string shaped,
        Dictionary<int, char> compositions,
        Dictionary<char, byte[]> encodings)
    {
        for (int i = 0; i < bases.Length; i++)
        {
            char lowerBase = bases[i];
            char lowerShaped = shaped[i];
            char upperBase = char.ToUpperInvariant(lowerBase);
            byte lowerBaseCode = BaseCode(lowerBase);
            byte upperBaseCode = BaseCode(upperBase);
            foreach (var (lowerMark, tone) in marks)
            {
                byte upperMark = (byte)(lowerMark - UppercaseOffset);
                IsSpecialByte[lowerMark] = IsSpecialByte[upperMark] = true;
                char lowerLetter = VietnameseLetters.Composed(lowerShaped, tone);
                char upperLetter = VietnameseLetters.Composed(char.ToUpperInvariant(lowerShaped), tone);
                foreach (byte mark in (ReadOnlySpan<byte>)[lowerMark, upperMark])
                {
                    compositions[Key(lowerBase, mark)] = lowerLetter;
                    compositions[Key(upperBase, mark)] = upperLetter;
                }

                encodings[lowerLetter] = [lowerBaseCode, lowerMark];
                encodings[upperLetter] = [upperBaseCode, upperMark];
            }
        }
    }

    /// <summary>The byte of a base letter: ASCII, or the single byte of ơ/ư.</summary>
    private static byte BaseCode(char baseLetter)
    {
        if (baseLetter < 0x80)
        {
            return (byte)baseLetter;
        }

        char lower = char.ToLowerInvariant(baseLetter);
        byte code = SingleByteLetters.First(s => s.Letter == lower).Code;
        return char.IsUpper(baseLetter) ? (byte)(code - UppercaseOffset) : code;
    }

    private static bool IsBase(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'A' or 'E' or 'I' or 'O' or 'U' or 'Y'
        or 'ơ' or 'ư' or 'Ơ' or 'Ư';

    private static int Key(char baseLetter, byte mark) => (baseLetter << 8) | mark;
}
