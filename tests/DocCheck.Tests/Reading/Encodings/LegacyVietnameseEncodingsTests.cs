using System.Text;
using DocCheck.Reading.Encodings;

namespace DocCheck.Tests.Reading.Encodings;

public class LegacyVietnameseEncodingsTests
{
    private const string LowercaseLetters =
        "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";

    // Byte strings as they appear when TCVN3 / VNI files are opened as Latin-1: the well-known mojibake forms.
    [Theory]
    [InlineData("Cộng hoà xã hội chủ nghĩa Việt Nam", "Céng hoµ x· héi chñ nghÜa ViÖt Nam")]
    [InlineData("Độc lập - Tự do - Hạnh phúc", "§éc lËp - Tù do - H¹nh phóc")]
    [InlineData("Ăn ương Ơ Ư Ê Ô Â", "¡n \u00AD¬ng ¥ ¦ £ ¤ ¢")]
    public void Tcvn3_matches_known_byte_strings(string text, string latin1Bytes)
    {
        byte[] expected = Encoding.Latin1.GetBytes(latin1Bytes);

        Assert.Equal(expected, LegacyVietnameseEncodings.EncodeTcvn3(text));
        Assert.Equal(text, LegacyVietnameseEncodings.DecodeTcvn3(expected));
    }

    [Theory]
    [InlineData("Việt Nam", "Vieät Nam")]
    [InlineData("Cộng hòa xã hội chủ nghĩa Việt Nam", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")]
    [InlineData("Độc lập - Tự do - Hạnh phúc", "Ñoäc laäp - Töï do - Haïnh phuùc")]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM")]
    [InlineData("Tỉnh lỵ Quảng Ngãi", "Tænh lî Quaûng Ngaõi")]
    public void Vni_matches_known_byte_strings(string text, string latin1Bytes)
    {
        byte[] expected = Encoding.Latin1.GetBytes(latin1Bytes);

        Assert.Equal(expected, LegacyVietnameseEncodings.EncodeVni(text));
        Assert.Equal(text, LegacyVietnameseEncodings.DecodeVni(expected));
    }

    [Fact]
    public void Tcvn3_round_trips_every_lowercase_letter_and_the_seven_uppercase_ones()
    {
        string text = LowercaseLetters + "ĂÂÊÔƠƯĐ";

        byte[] bytes = LegacyVietnameseEncodings.EncodeTcvn3(text);

        Assert.Equal(text.Length, bytes.Length);
        Assert.Equal(text, LegacyVietnameseEncodings.DecodeTcvn3(bytes));
    }

    [Fact]
    public void Tcvn3_writes_uppercase_toned_letters_with_lowercase_codes()
    {
        string upper = LowercaseLetters.ToUpperInvariant();

        // Alone (no Latin capitals around it) a .VnTimeH capital cannot be told from a lowercase letter.
        Assert.Equal("ộ", LegacyVietnameseEncodings.DecodeTcvn3(LegacyVietnameseEncodings.EncodeTcvn3("Ộ")));
        Assert.Equal("ội", LegacyVietnameseEncodings.DecodeTcvn3(LegacyVietnameseEncodings.EncodeTcvn3("Ội")));
        // On a line of capitals they come back as capitals.
        Assert.Equal("HỘI " + upper, LegacyVietnameseEncodings.DecodeTcvn3(LegacyVietnameseEncodings.EncodeTcvn3("HỘI " + upper)));
        Assert.Equal("Đ", LegacyVietnameseEncodings.DecodeTcvn3(LegacyVietnameseEncodings.EncodeTcvn3("Đ")));
    }

    [Fact]
    public void Tcvn3_has_exactly_the_vn3_repertoire_in_the_high_half()
    {
        byte[] high = Enumerable.Range(0xA0, 0x60).Select(b => (byte)b).ToArray();

        string decoded = LegacyVietnameseEncodings.DecodeTcvn3(high);

        // 60 toned lowercase vowels, ă â ê ô ơ ư đ, Ă Â Ê Ô Ơ Ư Đ, no-break space; the 21 VN1-only codes are unassigned.
        Assert.Equal(96, decoded.Length);
        Assert.Equal(21, decoded.Count(c => c == '\uFFFD'));
        Assert.Equal('\u00A0', decoded[0]);
        Assert.Equal(60, decoded.Count(c => c != 'đ' && c.ToString().Normalize(NormalizationForm.FormD).Length > 1
            && char.IsLower(c) && "ăâêôơư".IndexOf(c) < 0));
    }

    [Fact]
    public void Vni_round_trips_every_letter_in_both_cases()
    {
        string text = LowercaseLetters + LowercaseLetters.ToUpperInvariant();

        Assert.Equal(text, LegacyVietnameseEncodings.DecodeVni(LegacyVietnameseEncodings.EncodeVni(text)));
    }

    [Fact]
    public void Vni_uses_uppercase_diacritic_bytes_for_uppercase_letters()
    {
        Assert.Equal(new byte[] { (byte)'a', 0xF8 }, LegacyVietnameseEncodings.EncodeVni("à"));
        Assert.Equal(new byte[] { (byte)'A', 0xD8 }, LegacyVietnameseEncodings.EncodeVni("À"));
        Assert.Equal(new byte[] { 0xF1 }, LegacyVietnameseEncodings.EncodeVni("đ"));
        Assert.Equal(new byte[] { 0xD1 }, LegacyVietnameseEncodings.EncodeVni("Đ"));
        Assert.Equal(new byte[] { 0xD6, 0xCF }, LegacyVietnameseEncodings.EncodeVni("Ự"));
    }

    [Theory]
    [InlineData(new byte[] { (byte)'A', 0xF9 }, "Á")]
    [InlineData(new byte[] { (byte)'a', 0xD9 }, "á")]
    [InlineData(new byte[] { (byte)'i', 0xF9 }, "í")]
    [InlineData(new byte[] { (byte)'t', 0xF9 }, "tù")]
    [InlineData(new byte[] { (byte)'a', 0xF9, 0xF9 }, "áù")]
    public void Vni_decoder_takes_case_from_the_base_and_keeps_stray_marks(byte[] bytes, string expected)
    {
        Assert.Equal(expected, LegacyVietnameseEncodings.DecodeVni(bytes));
    }

    [Theory]
    [InlineData("漢")]
    [InlineData("Ä")]
    [InlineData("e\u0302\u0301\u0301")]
    public void Tcvn3_encoder_rejects_characters_it_cannot_write(string text)
    {
        Assert.Throws<ArgumentException>(() => LegacyVietnameseEncodings.EncodeTcvn3(text));
    }

    [Theory]
    [InlineData("漢")]
    [InlineData("ä")]
    [InlineData("Õ\u0301")]
    public void Vni_encoder_rejects_characters_it_cannot_write(string text)
    {
        Assert.Throws<ArgumentException>(() => LegacyVietnameseEncodings.EncodeVni(text));
    }

    [Fact]
    public void Encoders_accept_decomposed_input()
    {
        string decomposed = "Việt Nam".Normalize(NormalizationForm.FormD);

        Assert.Equal(Encoding.Latin1.GetBytes("ViÖt Nam"), LegacyVietnameseEncodings.EncodeTcvn3(decomposed));
        Assert.Equal(Encoding.Latin1.GetBytes("Vieät Nam"), LegacyVietnameseEncodings.EncodeVni(decomposed));
    }

    [Fact]
    public void Decoders_accept_every_byte_value()
    {
        byte[] all = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();

        Assert.Equal(256, LegacyVietnameseEncodings.DecodeTcvn3(all).Length);
        Assert.NotEmpty(LegacyVietnameseEncodings.DecodeVni(all));
    }

    [Fact]
    public void Windows_1252_punctuation_passes_through_both_encodings()
    {
        const string text = "“Quyết định” – số 5…";

        Assert.Equal(text, LegacyVietnameseEncodings.DecodeTcvn3(LegacyVietnameseEncodings.EncodeTcvn3(text)));
        Assert.Equal(text, LegacyVietnameseEncodings.DecodeVni(LegacyVietnameseEncodings.EncodeVni(text)));
    }
}
