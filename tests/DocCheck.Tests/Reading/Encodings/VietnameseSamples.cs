using System.Globalization;
using System.Text;

namespace DocCheck.Tests.Reading.Encodings;

/// <summary>Vietnamese sample sentences and helpers to turn them into legacy-encoded bytes.</summary>
internal static class VietnameseSamples
{
    /// <summary>Realistic sentences; together they use every toned vowel, đ and Đ (checked by a test).</summary>
    public static readonly string[] Sentences =
    [
        "Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 497/KH-UBND Kon Tum, ngày 28 tháng 02 năm 2018",
        "Mẹ bé sẽ về quê ăn Tết, chè thì trẻ em thích, kỹ sư nói rõ ràng từng chữ.",
        "Huyện lỵ Đắk Tô được xây dựng lại, tùy theo kỳ hạn, đồng thời tổ chức họp bàn.",
        "Ý kiến của các sở, ngành về việc cấp phép sản phẩm nhỏ phải gửi trước ngày 15 hằng tháng.",
        "Tỷ lệ người dân sẵn lòng tham gia cũng tăng; chẳng ai vỡ nợ, mặt bằng giá ổn định.",
        "Thủ trưởng cơ quan chịu trách nhiệm thi hành, dẫn đầu phong trào, vụ án được xử lý.",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; xét đề nghị của Giám đốc Sở.",
        "Mỗi tỉnh, thành phố sẽ dễ dàng nghỉ ngơi, tuy nhiên quyết định này có hiệu lực kể từ ngày ký.",
    ];

    /// <summary>The national motto header in capitals, the classic case for uppercase toned letters.</summary>
    public const string UppercaseHeader = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>All sentences as one document, one per line.</summary>
    public static string Document => string.Join("\r\n", Sentences);

    /// <summary>
    /// Encodes text as Windows-1258 the way Vietnamese Windows software writes it: letters the code page has
    /// precomposed (ă, ê, ơ, à, é…) as one byte, other toned letters as base letter plus combining tone byte.
    /// .NET's code page encoder does not decompose by itself, so this does it letter by letter.
    /// </summary>
    public static byte[] EncodeWindows1258(string text)
    {
        var encoding = (Encoding)CodePagesEncodingProvider.Instance.GetEncoding(1258)!.Clone();
        encoding.EncoderFallback = EncoderFallback.ExceptionFallback;
        var bytes = new List<byte>();
        foreach (char c in text.Normalize(NormalizationForm.FormC))
        {
            try
            {
                bytes.AddRange(encoding.GetBytes(c.ToString()));
            }
            catch (EncoderFallbackException)
            {
                bytes.AddRange(encoding.GetBytes(SplitTone(c)));
            }
        }

        return [.. bytes];
    }

    /// <summary>What a TCVN3 decoder must return: uppercase toned vowels come back lowercase.</summary>
    public static string ExpectedTcvn3Reading(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormC))
        {
            result.Append(char.IsUpper(c) && ToneMark(c) is not null ? char.ToLowerInvariant(c) : c);
        }

        return result.ToString();
    }

    /// <summary>Base letter (keeping circumflex, breve, horn) followed by the combining tone mark.</summary>
    private static string SplitTone(char c)
    {
        char? tone = ToneMark(c);
        if (tone is null)
        {
            return c.ToString();
        }

        string withoutTone = c.ToString().Normalize(NormalizationForm.FormD).Replace(tone.Value.ToString(), "", StringComparison.Ordinal);
        return withoutTone.Normalize(NormalizationForm.FormC) + tone.Value;
    }

    private static char? ToneMark(char c)
    {
        foreach (char mark in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(mark) == UnicodeCategory.NonSpacingMark
                && mark is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                return mark;
            }
        }

        return null;
    }
}
