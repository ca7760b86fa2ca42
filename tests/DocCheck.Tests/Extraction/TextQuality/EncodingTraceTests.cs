using DocCheck.Extraction.TextQuality;
using DocCheck.Pipeline;

namespace DocCheck.Tests.Extraction.TextQuality;

/// <summary>
/// Encoding traces: found in the source, reported as spans of the normalized text. Inline cases, not a spec file:
/// decomposed letters and Ð look like their repaired forms in an editor.
/// </summary>
public class EncodingTraceTests
{
    private static AnalyzedDocument Analyze(string text) => new DocumentAnalyzer().Analyze(text);

    [Fact]
    public void Decomposed_letters_are_counted_and_the_first_is_the_composed_letter_it_became()
    {
        var doc = Analyze("Cải cách ha\u0300nh chi\u0301nh và ha\u0300nh chi\u0301nh.");
        var t = Assert.Single(doc.EncodingTraces);
        Assert.Equal(EncodingTraceKind.Decomposed, t.Kind);
        Assert.Equal(4, t.Count);
        Assert.Equal("à", doc.Normalized.Slice(t.Span));
        Assert.Equal("a\u0300", doc.Normalized.Quote(t.Span));
    }

    [Fact]
    public void Icelandic_eth_is_counted_in_either_case()
    {
        var doc = Analyze("Nghị định số 92/2017/N\u00D0-CP; \u00D0ồng thời rà soát \u00F0ất đai.");
        var t = Assert.Single(doc.EncodingTraces);
        Assert.Equal(EncodingTraceKind.IcelandicEth, t.Kind);
        Assert.Equal(3, t.Count);
        Assert.Equal("\u00D0", doc.Normalized.Quote(t.Span));
        Assert.Equal("Đ", doc.Normalized.Slice(t.Span));
    }

    [Fact]
    public void Utf8_read_as_windows_1252_is_found_with_its_count()
    {
        var doc = Analyze("Nâng cao chất lượng cáº£i cách hành chính; Æ°u tiên.");
        var t = Assert.Single(doc.EncodingTraces);
        Assert.Equal(EncodingTraceKind.Utf8AsLatin1, t.Kind);
        Assert.Equal(2, t.Count);
        Assert.Equal("áº", doc.Normalized.Quote(t.Span));
    }

    [Fact]
    public void Several_kinds_come_in_the_order_of_the_kinds()
    {
        var doc = Analyze("cáº£i cách; \u00D0ồng thời; ha\u0300nh chính.");
        Assert.Equal([EncodingTraceKind.Decomposed, EncodingTraceKind.IcelandicEth, EncodingTraceKind.Utf8AsLatin1], doc.EncodingTraces.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("Nâng cao chất lượng cải cách hành chính; công bố Đề án và Chỉ số PAR INDEX.")]
    [InlineData("Tham khảo mô hình của Ái Nhĩ Lan, Đan Mạch; giảm 25% chi phí; nhiệt độ 30°C.")]
    public void Clean_NFC_text_has_none(string text) => Assert.Empty(Analyze(text).EncodingTraces);
}
