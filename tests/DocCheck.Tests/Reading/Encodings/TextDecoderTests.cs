using System.Text;
using DocCheck.Reading.Encodings;

namespace DocCheck.Tests.Reading.Encodings;

public class TextDecoderTests
{
    public static TheoryData<int> SentenceIndexes() => new(Enumerable.Range(0, VietnameseSamples.Sentences.Length));

    [Fact]
    public void Samples_use_every_toned_vowel_and_both_d_with_stroke()
    {
        string all = VietnameseSamples.Document.Normalize(NormalizationForm.FormC);
        string missing = new(
            "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵđĐ"
                .Where(c => !all.Contains(c, StringComparison.Ordinal) && !all.Contains(char.ToUpperInvariant(c), StringComparison.Ordinal))
                .ToArray());

        Assert.Equal("", missing);
        Assert.Contains('đ', all);
        Assert.Contains('Đ', all);
    }

    [Theory]
    [MemberData(nameof(SentenceIndexes))]
    public void Windows1258_sentence_is_detected(int index)
    {
        string text = VietnameseSamples.Sentences[index];

        var result = TextDecoder.Decode(VietnameseSamples.EncodeWindows1258(text));

        AssertDecoded(result, TextEncodingKind.Windows1258, text);
    }

    [Theory]
    [MemberData(nameof(SentenceIndexes))]
    public void Tcvn3_sentence_is_detected(int index)
    {
        string text = VietnameseSamples.Sentences[index];

        var result = TextDecoder.Decode(LegacyVietnameseEncodings.EncodeTcvn3(text));

        AssertDecoded(result, TextEncodingKind.Tcvn3, VietnameseSamples.ExpectedTcvn3Reading(text));
    }

    [Theory]
    [MemberData(nameof(SentenceIndexes))]
    public void Vni_sentence_is_detected(int index)
    {
        string text = VietnameseSamples.Sentences[index];

        var result = TextDecoder.Decode(LegacyVietnameseEncodings.EncodeVni(text));

        AssertDecoded(result, TextEncodingKind.Vni, text);
    }

    [Fact]
    public void Whole_documents_are_detected_in_each_legacy_encoding()
    {
        string text = VietnameseSamples.Document;

        AssertDecoded(TextDecoder.Decode(VietnameseSamples.EncodeWindows1258(text)), TextEncodingKind.Windows1258, text);
        AssertDecoded(TextDecoder.Decode(LegacyVietnameseEncodings.EncodeTcvn3(text)), TextEncodingKind.Tcvn3,
            VietnameseSamples.ExpectedTcvn3Reading(text));
        AssertDecoded(TextDecoder.Decode(LegacyVietnameseEncodings.EncodeVni(text)), TextEncodingKind.Vni, text);
    }

    [Fact]
    public void Uppercase_header_is_detected_in_windows1258_and_vni()
    {
        const string header = VietnameseSamples.UppercaseHeader;

        AssertDecoded(TextDecoder.Decode(VietnameseSamples.EncodeWindows1258(header)), TextEncodingKind.Windows1258, header);
        AssertDecoded(TextDecoder.Decode(LegacyVietnameseEncodings.EncodeVni(header)), TextEncodingKind.Vni, header);
    }

    [Fact]
    public void Uppercase_header_in_tcvn3_gets_its_capitals_back()
    {
        // .VnTimeH capitals share the lowercase codes; a line whose Latin letters are all capitals is capitals.
        var result = TextDecoder.Decode(LegacyVietnameseEncodings.EncodeTcvn3(VietnameseSamples.UppercaseHeader));

        AssertDecoded(result, TextEncodingKind.Tcvn3, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    [Fact]
    public void Windows1258_keeps_tones_as_combining_marks_until_normalized()
    {
        var result = TextDecoder.Decode(VietnameseSamples.EncodeWindows1258("Việt Nam"));

        Assert.True(result.Success);
        Assert.Equal("Vie\u0302\u0323t Nam".Normalize(NormalizationForm.FormC), result.Text.Normalize(NormalizationForm.FormC));
        Assert.Contains('\u0323', result.Text);
    }

    [Fact]
    public void Windows1258_text_that_tcvn3_also_decodes_to_letters_is_read_as_windows1258()
    {
        const string text = "Tôi yêu quê hương, mùa thu ở nơi ấy thật tuyệt.";
        byte[] bytes = VietnameseSamples.EncodeWindows1258(text);

        // The bytes are legal TCVN3 too: every one decodes to a letter, just not to a sensible sentence.
        string asTcvn3 = LegacyVietnameseEncodings.DecodeTcvn3(bytes);
        Assert.DoesNotContain('\uFFFD', asTcvn3);
        Assert.NotEqual(text, asTcvn3.Normalize(NormalizationForm.FormC));

        AssertDecoded(TextDecoder.Decode(bytes), TextEncodingKind.Windows1258, text);
    }

    [Fact]
    public void Legacy_file_larger_than_the_detection_sample_is_decoded_whole()
    {
        var builder = new StringBuilder();
        while (builder.Length < TextDecoder.LegacySampleBytes + 1000)
        {
            builder.Append(VietnameseSamples.Document).Append("\r\n");
        }

        string text = builder.ToString();
        var result = TextDecoder.Decode(LegacyVietnameseEncodings.EncodeVni(text));

        AssertDecoded(result, TextEncodingKind.Vni, text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf8_is_decoded_with_or_without_bom(bool withBom)
    {
        string text = VietnameseSamples.Document;
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (withBom)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }

        var result = TextDecoder.Decode(bytes);

        Assert.Equal(DecodeResult.Decoded(text, TextEncodingKind.Utf8, withBom), result);
    }

    [Fact]
    public void Utf8_is_returned_as_decoded_not_normalized()
    {
        string decomposed = "Việt Nam".Normalize(NormalizationForm.FormD);

        var result = TextDecoder.Decode(Encoding.UTF8.GetBytes(decomposed));

        Assert.Equal(decomposed, result.Text);
    }

    [Fact]
    public void Utf16_little_endian_with_bom_is_decoded()
    {
        string text = VietnameseSamples.Document;
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];

        Assert.Equal(DecodeResult.Decoded(text, TextEncodingKind.Utf16LE, hadBom: true), TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Utf16_big_endian_with_bom_is_decoded()
    {
        string text = VietnameseSamples.Document;
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)];

        Assert.Equal(DecodeResult.Decoded(text, TextEncodingKind.Utf16BE, hadBom: true), TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Short_ascii_file_is_utf8()
    {
        Assert.Equal(DecodeResult.Decoded("OK\n", TextEncodingKind.Utf8, hadBom: false), TextDecoder.Decode("OK\n"u8));
    }

    [Theory]
    [InlineData(new byte[0], false)]
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A, 0x09, 0x0C, 0x20 }, false)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, true)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x20, 0x0A }, true)]
    [InlineData(new byte[] { 0xFF, 0xFE }, true)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00 }, true)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x20 }, true)]
    public void Empty_or_whitespace_only_is_empty(byte[] bytes, bool hadBom)
    {
        var result = TextDecoder.Decode(bytes);

        Assert.False(result.Success);
        Assert.Null(result.Text);
        Assert.Equal(DecodeFailure.Empty, result.Failure);
        Assert.Equal(hadBom, result.HadBom);
    }

    [Fact]
    public void Random_bytes_are_binary()
    {
        var random = new Random(20180228);
        byte[] bytes = new byte[4096];
        random.NextBytes(bytes);

        Assert.Equal(DecodeFailure.Binary, TextDecoder.Decode(bytes).Failure);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', (byte)'b', 0x00, (byte)'c' })]
    [InlineData(new byte[] { (byte)'a', 0x01, 0x02, 0x03, (byte)'b', 0x1B, 0x07, 0x08 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0x00 })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x00, 0x00, 0x41, 0x00 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x01, 0x00, 0x02, 0x00, 0x03 })]
    public void Nul_bytes_or_many_control_characters_are_binary(byte[] bytes)
    {
        Assert.Equal(DecodeFailure.Binary, TextDecoder.Decode(bytes).Failure);
    }

    [Fact]
    public void A_few_control_characters_in_long_text_are_tolerated()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(VietnameseSamples.Document), 0x1A];

        Assert.True(TextDecoder.Decode(bytes).Success);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00 }, TextEncodingKind.Utf16LE)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0xDC, 0x00, 0x00, 0x41 }, TextEncodingKind.Utf16BE)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x42 }, TextEncodingKind.Utf16LE)]
    public void Invalid_utf16_after_a_bom_is_unknown_encoding(byte[] bytes, TextEncodingKind kind)
    {
        var result = TextDecoder.Decode(bytes);

        Assert.Equal(DecodeResult.Failed(DecodeFailure.UnknownEncoding, kind, hadBom: true), result);
    }

    [Fact]
    public void High_bytes_that_read_as_no_vietnamese_are_unknown_encoding()
    {
        var random = new Random(497);
        byte[] bytes = new byte[2000];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = i % 6 == 5 ? (byte)' ' : (byte)random.Next(0x80, 0x100);
        }

        var result = TextDecoder.Decode(bytes);

        Assert.Equal(DecodeResult.Failed(DecodeFailure.UnknownEncoding, TextEncodingKind.Utf8, hadBom: false), result);
    }

    [Fact]
    public void Invalid_utf8_in_the_middle_of_ascii_is_unknown_encoding()
    {
        byte[] bytes = [.. "abc"u8, 0xC3, 0x28, .. "def"u8];

        Assert.Equal(DecodeFailure.UnknownEncoding, TextDecoder.Decode(bytes).Failure);
    }

    // Truncated UTF-8: when everything before an incomplete final sequence (at most 3 bytes) is valid UTF-8 with at
    // least one multi-byte character, the file is UTF-8 cut off mid-character: decode it and put U+FFFD for the rest.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Utf8_cut_inside_its_last_character_keeps_the_text(int keptBytesOfLastChar)
    {
        const string prefix = "Cộng hòa xã hội chủ nghĩa Việt Nam, ";
        byte[] last = Encoding.UTF8.GetBytes("ệ");
        byte[] bytes = [.. Encoding.UTF8.GetBytes(prefix), .. last.AsSpan(0, keptBytesOfLastChar)];

        Assert.Equal(DecodeResult.Decoded(prefix + "\uFFFD", TextEncodingKind.Utf8, hadBom: false), TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Utf8_with_bom_cut_inside_a_four_byte_character_keeps_the_text()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Hà Nội "), 0xF0, 0x9F, 0x98];

        Assert.Equal(DecodeResult.Decoded("Hà Nội \uFFFD", TextEncodingKind.Utf8, hadBom: true), TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Utf8_with_bom_and_invalid_content_is_unknown_encoding()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "abc"u8, 0xFF, .. "def"u8];

        Assert.Equal(DecodeResult.Failed(DecodeFailure.UnknownEncoding, TextEncodingKind.Utf8, hadBom: true), TextDecoder.Decode(bytes));
    }

    // With a pure-ASCII prefix there is no evidence of UTF-8, and a legacy file whose only accented letter is its
    // last byte looks the same; a legacy reading that is plausible Vietnamese wins, otherwise truncated UTF-8.
    [Fact]
    public void Ascii_ending_in_a_lead_byte_prefers_a_plausible_legacy_reading()
    {
        byte[] bytes = [.. "Toi noi l"u8, 0xE0];

        AssertDecoded(TextDecoder.Decode(bytes), TextEncodingKind.Windows1258, "Toi noi là");
    }

    [Fact]
    public void Ascii_ending_in_an_incomplete_sequence_without_a_legacy_reading_is_truncated_utf8()
    {
        byte[] bytes = [.. "abc "u8, 0xE1, 0xBB];

        Assert.Equal(DecodeResult.Decoded("abc \uFFFD", TextEncodingKind.Utf8, hadBom: false), TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Decoding_is_deterministic()
    {
        byte[] bytes = LegacyVietnameseEncodings.EncodeVni(VietnameseSamples.Document);

        Assert.Equal(TextDecoder.Decode(bytes), TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Failed_result_requires_a_reason()
    {
        Assert.Throws<ArgumentException>(() => DecodeResult.Failed(DecodeFailure.None, TextEncodingKind.Utf8, hadBom: false));
    }

    private static void AssertDecoded(DecodeResult result, TextEncodingKind expectedEncoding, string expectedText)
    {
        Assert.Equal(DecodeFailure.None, result.Failure);
        Assert.Equal(expectedEncoding, result.Encoding);
        Assert.False(result.HadBom);
        Assert.NotNull(result.Text);
        Assert.Equal(expectedText.Normalize(NormalizationForm.FormC), result.Text.Normalize(NormalizationForm.FormC));
    }
}
