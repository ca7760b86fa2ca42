using DocCheck.Text;
using System.Collections.Frozen;
using System.Text;

namespace DocCheck.Reading.Encodings;

/// <summary>Byte table and codec for TCVN3 (TCVN 5712:1993 "VN3", the ABC encoding of the .VnTime fonts).</summary>
/// <remarks>
/// The mapping is defined by the Vietnamese standard TCVN 5712:1993, table VN3: VN3 keeps only the 0xA1–0xFE part of
/// the full VN1 table (ASCII and C0 controls are untouched), i.e. the 7 uppercase letters Ă Â Ê Ô Ơ Ư Đ, their
/// lowercase forms, and the 60 lowercase toned vowels. VN1 also puts uppercase toned vowels in C0/0x80–0x9F and in the
/// gaps of 0xA0–0xFF; VN3 does not, so those gaps decode to U+FFFD here (libiconv's "TCVN" is VN1: do not swap them).
/// Uppercase toned letters were written with the lowercase codes in the .VnTimeH font, so they decode as lowercase.
/// Bytes 0x80–0x9F are read as Windows-1252 (smart quotes, dashes, ellipsis), which is what Word documents typed with
/// ABC on Windows contain there.
/// The table was cross-checked against four open-source converters: libiconv's tcvn.h (VN1; it agrees on all 75 VN3
/// positions), xvnkb's tcvn.h, VBKey's mdlCodeTable.bas (which also writes uppercase toned letters with lowercase codes)
/// and a published TCVN3-to-Unicode table (gist congkhoa/bcd46eea…).
/// </remarks>
internal static class Tcvn3Codec
{
    /// <summary>Characters for bytes 0xA0–0xFF, 16 per row; U+FFFD marks positions VN3 leaves unassigned.</summary>
    private const string HighHalf =
        "\u00A0ĂÂÊÔƠƯĐăâêôơưđ\uFFFD" +          // 0xA0–0xAF
        "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDàảãáạ\uFFFDằẳẵắ\uFFFD" + // 0xB0–0xBF
        "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDặầẩẫấậè\uFFFDẻẽ" + // 0xC0–0xCF
        "éẹềểễếệìỉ\uFFFD\uFFFD\uFFFDĩíịò" +       // 0xD0–0xDF
        "\uFFFDỏõóọồổỗốộờởỡớợù" +                 // 0xE0–0xEF
        "\uFFFDủũúụừửữứựỳỷỹýỵ\uFFFD";             // 0xF0–0xFF

    private static readonly char[] ByteToChar = BuildDecodeTable();
    private static readonly FrozenDictionary<char, byte> CharToByte = BuildEncodeTable();

    /// <summary>
    /// Decodes TCVN3 bytes; never fails (unassigned bytes become U+FFFD). Capitals written with the .VnTimeH
    /// font share the lowercase codes, so on a line whose Latin letters are all capitals ("KÕ HO¹CH") the
    /// Vietnamese letters are restored to capitals too ("KẾ HOẠCH").
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes, static (chars, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                chars[i] = ByteToChar[source[i]];
            }
            RestoreCapitalLines(chars);
        });
    }

    private static void RestoreCapitalLines(Span<char> chars)
    {
        int start = 0;
        while (start < chars.Length)
        {
            int end = start;
            while (end < chars.Length && chars[end] != '\n' && chars[end] != '\r') end++;
            var line = chars[start..end];
            int upperAscii = 0;
            bool lowerAscii = false, vietnamese = false;
            foreach (char c in line)
            {
                if (c is >= 'A' and <= 'Z') upperAscii++;
                else if (c is >= 'a' and <= 'z') { lowerAscii = true; break; }
                else if (c > '\u007F' && char.IsLower(c)) vietnamese = true;
            }
            if (!lowerAscii && vietnamese && upperAscii >= 2)
            {
                for (int k = 0; k < line.Length; k++)
                    if (line[k] > '\u007F' && char.IsLower(line[k])) line[k] = char.ToUpperInvariant(line[k]);
            }
            start = end + 1;
        }
    }

    /// <summary>Encodes text as TCVN3; uppercase toned vowels get their lowercase code, as the .VnTimeH font expects.</summary>
    public static byte[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string nfc = text.Normalize(NormalizationForm.FormC);
        var bytes = new byte[nfc.Length];
        for (int i = 0; i < nfc.Length; i++)
        {
            char c = nfc[i];
            if (c < 0x80)
            {
                bytes[i] = (byte)c;
            }
            else if (CharToByte.TryGetValue(c, out byte b))
            {
                bytes[i] = b;
            }
            else
            {
                throw new ArgumentException(
                    $"TCVN3 cannot represent U+{(int)c:X4} '{c}' at index {i}.", nameof(text));
            }
        }

        return bytes;
    }

    /// <summary>The decode table for all 256 bytes (for tests and diagnostics).</summary>
    internal static char CharFor(byte b) => ByteToChar[b];

    private static char[] BuildDecodeTable()
    {
        if (HighHalf.Length != 96)
        {
            throw new InvalidOperationException("TCVN3 table must cover 0xA0–0xFF.");
        }

        var table = new char[256];
        for (int b = 0; b < 0x80; b++)
        {
            table[b] = (char)b;
        }

        Span<byte> oneByte = stackalloc byte[1];
        for (int b = 0x80; b < 0xA0; b++)
        {
            oneByte[0] = (byte)b;
            table[b] = LegacyCodePages.Windows1252.GetString(oneByte)[0];
        }

        HighHalf.CopyTo(table.AsSpan(0xA0));
        return table;
    }

    private static FrozenDictionary<char, byte> BuildEncodeTable()
    {
        var map = new Dictionary<char, byte>();
        for (int b = 0x80; b < 0x100; b++)
        {
            char c = ByteToChar[b];
            if (c != '\uFFFD')
            {
                map[c] = (byte)b;
            }
        }

        // Uppercase toned vowels: VN3 has no code of their own; the lowercase code in the .VnTimeH font shows them.
        foreach (char vowel in VietnameseLetters.Vowels)
        {
            foreach (Tone tone in Enum.GetValues<Tone>())
            {
                char upper = VietnameseLetters.Composed(char.ToUpperInvariant(vowel), tone);
                char lower = VietnameseLetters.Composed(vowel, tone);
                if (upper >= 0x80 && !map.ContainsKey(upper) && map.TryGetValue(lower, out byte code))
                {
                    map[upper] = code;
                }
            }
        }

        return map.ToFrozenDictionary();
    }
}
