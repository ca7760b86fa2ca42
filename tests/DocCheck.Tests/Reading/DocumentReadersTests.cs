using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Reading.Encodings;
using DocCheck.Tests.Reading.Encodings;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Reading;

public class DocumentReadersTests
{
    private const string Header = "ỦY BAN NHÂN DÂN\r\nTỈNH KON TUM\r\n-------\r\n|\r\nSố:\r\n497/KH-UBND\r\n|\r\nKon\r\nTum, ngày 28\r\ntháng 02 năm 2018\r\n|\r\nKẾ HOẠCH\r\nTriển khai thực hiện nhiệm vụ năm 2018\r\nI. MỤC ĐÍCH, YÊU CẦU\r\n";

    public static TheoryData<string, string> Encodings => new()
    {
        { "tcvn3", "tcvn3" },
        { "vni", "vni" },
        { "windows-1258", "windows-1258" },
        { "utf-16le", "utf-16le" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Legacy_and_utf16_files_parse_like_utf8(string encoding, string expected)
    {
        byte[] bytes = encoding switch
        {
            "tcvn3" => LegacyVietnameseEncodings.EncodeTcvn3(Header),
            "vni" => LegacyVietnameseEncodings.EncodeVni(Header),
            "windows-1258" => VietnameseSamples.EncodeWindows1258(Header),
            _ => [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(Header)],
        };
        var read = DocumentReaders.Default.ReadBytes("plan.txt", bytes);
        Assert.True(read.Success, read.Error?.Describe("en"));
        Assert.Equal(expected, read.Encoding);
        var doc = new DocumentAnalyzer().Analyze(read.Source, read.Encoding!);
        var h = doc.Structure.Header;
        Assert.Equal("497/KH-UBND", h.Number!.Display);
        Assert.Equal("2018-02-28", h.PlaceDate!.Date.Iso);
        Assert.Equal("KH", h.Type!.Code);
        // Positions point into the decoded text: the number is on line 5.
        Assert.Equal(5, doc.Normalized.SourcePosition(h.Number.Field.Span.Start).Line);
    }

    [Fact]
    public void Unsupported_extension_is_reported_not_thrown()
    {
        var r = DocumentReaders.Default.ReadBytes("scan.pdf", [1, 2, 3]);
        Assert.False(r.Success);
        Assert.Equal(ReadErrorKind.UnsupportedType, r.Error.Kind);
        Assert.StartsWith("scan.pdf: ", r.Error.Describe());
    }

    [Fact]
    public void Seeds_are_read_as_utf8()
    {
        foreach (string seed in Seeds.All)
        {
            var r = DocumentReaders.Default.ReadFile(RepoPaths.CorpusFile(seed));
            Assert.True(r.Success, seed);
            Assert.Equal("utf-8", r.Encoding);
        }
    }

    [Fact]
    public void Stray_nul_checkboxes_in_pdf_text_do_not_make_it_binary()
    {
        // Seen in corpus-ext (Công báo PDF extraction): "\0 Tiếp nhận, kiểm tra hồ sơ".
        string text = string.Concat(Enumerable.Repeat("Tổ chức tham gia Hệ thống thực hiện các hoạt động sau đây:\n", 20)) + "\0 Tiếp nhận, kiểm tra hồ sơ\n";
        var r = DocumentReaders.Default.ReadBytes("congbao.txt", System.Text.Encoding.UTF8.GetBytes(text));
        Assert.True(r.Success, r.Error?.Describe("en"));
        var doc = new DocumentAnalyzer().Analyze(r.Source);
        Assert.DoesNotContain('\0', doc.Normalized.Text);
        Assert.Contains("Tiếp nhận, kiểm tra hồ sơ", doc.Normalized.Text);
    }

    [Fact]
    public void Many_nuls_are_binary()
    {
        var r = DocumentReaders.Default.ReadBytes("x.txt", [0x41, 0x00, 0x42, 0x00, 0x43, 0x00, 0x44, 0x00, 0x45, 0x00]);
        Assert.False(r.Success);
        Assert.Equal(ReadErrorKind.Binary, r.Error.Kind);
    }
}
