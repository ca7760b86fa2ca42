using DocCheck.Extraction.TextQuality;

namespace DocCheck.Rules.TextQuality;

/// <summary>
/// DC5001: mixed or broken encoding: decomposed (NFD) letters, Icelandic Ð for Đ, mojibake of UTF-8, words in a legacy
/// font (TCVN3), Cyrillic or Greek look-alikes inside Latin words.
/// </summary>
public sealed class EncodingRule : IRule
{
    public static RuleDescriptor Rule { get; } = RuleDescriptor.Create("DC5001", RuleCategory.Text, RuleLevel.Info,
        "Mã hóa ký tự hỗn hợp hoặc bị lỗi", "Mixed or broken character encoding",
        "{0} ({1} chỗ) — {2}", "{0} ({1} places) — {2}");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(RuleContext c)
    {
        bool en = c.Lang == "en";
        foreach (var t in c.Document.EncodingTraces)
        {
            var (what, advice) = t.Kind switch
            {
                EncodingTraceKind.Decomposed => en
                    ? ("letters written decomposed (NFD): base letter + combining mark", "save the file as Unicode NFC (dựng sẵn)")
                    : ("chữ có dấu được viết tách (NFD): chữ cái + dấu rời", "lưu lại văn bản ở dạng Unicode dựng sẵn (NFC)"),
                EncodingTraceKind.IcelandicEth => en
                    ? ("Icelandic Ð/ð used for Đ/đ", "search by number will miss these")
                    : ("dùng chữ Ð/ð của tiếng Iceland thay cho Đ/đ", "tìm kiếm theo số hiệu sẽ bỏ sót các chỗ này"),
                EncodingTraceKind.Utf8AsLatin1 => en
                    ? ("UTF-8 text read as Windows-1252 (mojibake)", "reconvert the text from its original file")
                    : ("văn bản UTF-8 bị đọc sai bảng mã (lỗi font)", "chuyển đổi lại từ tệp gốc"),
                EncodingTraceKind.LegacyFont => en
                    ? ($"words in a legacy 8-bit font (TCVN3/ABC) or a wrong PDF font: “{c.Quote(t.Span)}”", "convert them to Unicode (Unikey: TCVN3 → Unicode) or retype them")
                    : ($"chữ gõ bằng phông cũ (TCVN3/ABC) hoặc phông PDF sai: “{c.Quote(t.Span)}”", "chuyển sang Unicode (Unikey: TCVN3 → Unicode) hoặc gõ lại"),
                EncodingTraceKind.MixedScript => en
                    ? ($"Cyrillic or Greek look-alike letters inside a Latin word: “{c.Quote(t.Span)}”", "retype them in Latin letters; search by number will miss these")
                    : ($"chữ Kirin hoặc Hy Lạp giống hệt chữ Latinh lẫn trong từ: “{c.Quote(t.Span)}”", "gõ lại bằng chữ Latinh; tìm kiếm theo số hiệu sẽ bỏ sót các chỗ này"),
                _ => throw new InvalidOperationException($"no message for {t.Kind}"),
            };
            yield return c.Report(Rule, t.Span, [what, t.Count, advice]);
        }
    }
}
