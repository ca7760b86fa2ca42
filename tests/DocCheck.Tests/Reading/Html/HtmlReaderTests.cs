using System.Text;
using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Reading.Encodings;
using DocCheck.Reading.Html;
using DocCheck.Tests.Reading.Encodings;

namespace DocCheck.Tests.Reading.Html;

/// <summary>Block structure, tables, dropped markup, entities and encodings of the HTML reader.</summary>
public class HtmlReaderTests
{
    private static string Text(string html)
    {
        var r = new HtmlReader().Read("p.html", Encoding.UTF8.GetBytes(html));
        Assert.True(r.Success, r.Error?.Describe("en"));
        return r.Source.Text;
    }

    [Fact]
    public void Nested_blocks_become_paragraphs_and_br_breaks_a_line()
    {
        string t = Text("<html><body><div><div><p>Một</p><div>Hai <b>đậm</b><br>dòng hai</div></div><ul><li>ba</li><li><p>bốn</p></li></ul><blockquote>năm</blockquote><h2>SÁU</h2></div></body></html>");
        Assert.Equal("Một\n\nHai đậm\ndòng hai\n\nba\n\nbốn\n\nnăm\n\nSÁU\n\n", t);
    }

    [Fact]
    public void Whitespace_collapses_and_entities_are_decoded()
    {
        string t = Text("<p>  Căn&nbsp;cứ\n   Luật &amp; Nghị&#160;định &#7855;   &lt;x&gt; &quot;a&quot;  </p>");
        Assert.Equal("Căn cứ Luật & Nghị định ắ <x> \"a\"\n\n", t);
    }

    [Fact]
    public void Scripts_styles_comments_frames_and_forms_are_dropped()
    {
        string t = Text("""
            <html><head><title>TIÊU ĐỀ TRANG</title><style>p{color:red}</style><script>var x = "KỊCH BẢN";</script></head>
            <body><nav>MENU</nav><header>ĐẦU TRANG</header>
            <p>Nội dung<!-- GHI CHÚ ẨN --></p><noscript>BẬT JAVASCRIPT</noscript><template><p>MẪU</p></template>
            <iframe src="http://example.invalid/">KHUNG</iframe><form><input value="Ô NHẬP"><button>NÚT</button><select><option>LỰA CHỌN</option></select></form>
            <div style="display: none">ẨN ĐI</div><p hidden>CŨNG ẨN</p><footer>CHÂN TRANG</footer></body></html>
            """);
        Assert.Equal("Nội dung\n\n", t);
    }

    [Fact]
    public void Colspan_is_written_once_and_rowspan_leaves_empty_cells()
    {
        string t = Text("""
            <table>
              <tr><th>STT</th><th>Nội dung</th><th>Kinh phí</th><th>Nguồn</th></tr>
              <tr><td>1</td><td>Tập huấn</td><td>10.000.000</td><td rowspan="2">Ngân sách tỉnh</td></tr>
              <tr><td>2</td><td>In tài liệu</td><td>20.000.000</td></tr>
              <tr><td colspan="2">Tổng cộng</td><td>30.000.000</td><td></td></tr>
              <tr><td rowspan="2">3</td><td colspan="3">Dòng có ô gộp dọc ở đầu</td></tr>
              <tr><td>Tiếp</td><td>x</td><td>y</td></tr>
            </table>
            """);
        Assert.Equal(
            "||\nSTT\n\n|\nNội dung\n\n|\nKinh phí\n\n|\nNguồn\n\n|\n" +
            "||\n1\n\n|\nTập huấn\n\n|\n10.000.000\n\n|\nNgân sách tỉnh\n\n|\n" +
            "||\n2\n\n|\nIn tài liệu\n\n|\n20.000.000\n\n|\n|\n" +
            "||\nTổng cộng\n\n|\n30.000.000\n\n|\n|\n" +
            "||\n3\n\n|\nDòng có ô gộp dọc ở đầu\n\n|\n" +
            "||\n|\nTiếp\n\n|\nx\n\n|\ny\n\n|\n\n", t);
    }

    [Fact]
    public void Table_rows_reach_the_structure_parser()
    {
        string html = "<p>KẾ HOẠCH</p><p>Thử nghiệm</p><p>I. NHIỆM VỤ</p><table><thead><tr><th>STT</th><th>Nội dung</th><th>Kinh phí</th></tr></thead>" +
                      "<tbody><tr><td>1</td><td><p>Việc A</p><p>hai đoạn</p></td><td>10.000.000</td></tr><tr><td>2</td><td></td><td>20.000.000</td></tr></tbody></table>";
        var r = new HtmlReader().Read("t.html", Encoding.UTF8.GetBytes(html));
        var table = Assert.Single(new DocumentAnalyzer().Analyze(r.Source!).Structure.Parts.SelectMany(p => p.Tables));
        Assert.False(table.RowsAreInferred);
        Assert.Equal(["STT", "Nội dung", "Kinh phí"], table.Header.Select(c => c.Text));
        Assert.Equal([["1", "Việc A\nhai đoạn", "10.000.000"], ["2", "", "20.000.000"]], table.Rows.Select(x => x.Cells.Select(c => c.Text).ToArray()).ToArray());
    }

    [Fact]
    public void Nested_tables_are_flattened_into_their_cell()
    {
        string t = Text("<table><tr><td>A</td><td>B<table><tr><td>B1</td><td>B2</td></tr></table>C</td></tr></table>");
        Assert.Equal("||\nA\n\n|\nB\n\nB1\n\nB2\n\nC\n\n|\n\n", t);
    }

    [Fact]
    public void Spacer_rows_write_nothing()
    {
        Assert.Equal("Chữ\n\n", Text("<table><tr></tr></table><p>Chữ</p>"));
    }

    [Fact]
    public void Deep_nesting_is_read_without_recursion()
    {
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 1_500; i++) sb.Append("<div><span>");
        sb.Append("sâu");
        for (int i = 0; i < 1_500; i++) sb.Append("</span></div>");
        sb.Append("<table><tr><td>");
        for (int i = 0; i < 1_000; i++) sb.Append("<table><tr><td>");
        sb.Append("trong bảng");
        sb.Append("</body></html>");
        Assert.True(HtmlNesting.EstimateDepth(sb.ToString()) <= HtmlNesting.MaxDepth);
        string t = Text(sb.ToString());
        Assert.StartsWith("sâu\n\n", t);
        Assert.Contains("trong bảng", t);
    }

    [Fact]
    public void Pathological_nesting_is_refused_before_parsing()
    {
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 200_000; i++) sb.Append("<div>");
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var r = new HtmlReader().Read("deep.html", Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.False(r.Success);
        Assert.Equal(ReadErrorKind.Corrupt, r.Error.Kind);
        Assert.Contains("nested deeper", r.Error.Detail);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), sw.Elapsed.ToString());
    }

    [Fact]
    public void Nesting_estimate_ignores_implicitly_closed_and_void_elements()
    {
        Assert.Equal(3, HtmlNesting.EstimateDepth("<html><body><p>a<p>b<br><img src=x><li>c<div>d</div><!-- <div><div> --><script>'<div><div>'</script>"));
    }

    [Fact]
    public void Legacy_encodings_are_decoded()
    {
        const string html = "<html><body><p>KẾ HOẠCH</p><p>Triển khai thực hiện nhiệm vụ cải cách hành chính năm 2018 của tỉnh</p></body></html>";
        var tcvn = new HtmlReader().Read("a.html", LegacyVietnameseEncodings.EncodeTcvn3(html));
        Assert.True(tcvn.Success);
        Assert.Equal("tcvn3", tcvn.Encoding);
        Assert.Contains("Triển khai thực hiện", tcvn.Source.Text);
        var cp1258 = new HtmlReader().Read("b.htm", VietnameseSamples.EncodeWindows1258(html));
        Assert.True(cp1258.Success);
        Assert.Equal("windows-1258", cp1258.Encoding);
    }

    [Fact]
    public void A_declared_western_charset_is_used_when_nothing_else_reads_the_bytes()
    {
        byte[] bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e \u00e0 la fran\u00e7aise</p></body></html>");
        var r = new HtmlReader().Read("w.html", bytes);
        Assert.True(r.Success, r.Error?.Describe("en"));
        Assert.Equal("Café crème brûlée à la française\n\n", r.Source.Text);
    }

    [Fact]
    public void Empty_and_binary_pages_are_errors()
    {
        Assert.Equal(ReadErrorKind.Empty, new HtmlReader().Read("e.html", []).Error!.Kind);
        Assert.Equal(ReadErrorKind.Empty, new HtmlReader().Read("e.html", Encoding.UTF8.GetBytes("<html><body><script>x()</script></body></html>")).Error!.Kind);
        Assert.Equal(ReadErrorKind.Binary, new HtmlReader().Read("b.html", [0, 0, 0, 0, 1, 2, 3]).Error!.Kind);
    }

    [Fact]
    public void Page_without_a_known_content_area_keeps_the_body_without_chrome()
    {
        string t = Text("""
            <html><body>
            <form id="aspnetForm">
            <div id="header">Cổng thông tin</div><div class="menu"><a>Trang chủ</a></div>
            <form class="search"><input name="q"><label>Tìm kiếm văn bản</label></form>
            <div><p>KẾ HOẠCH</p><p>Nội dung chính của văn bản.</p></div>
            <div class="footer">Bản quyền</div><aside>Tin liên quan</aside>
            </form>
            </body></html>
            """);
        Assert.Equal("KẾ HOẠCH\n\nNội dung chính của văn bản.\n\n", t);
    }

    [Fact]
    public void Html_is_registered_with_the_default_readers()
    {
        Assert.True(DocumentReaders.Default.CanRead("a.html"));
        Assert.True(DocumentReaders.Default.CanRead("a.HTM"));
        Assert.True(DocumentReaders.Default.CanRead("a.docx"));
        var r = DocumentReaders.Default.ReadBytes("a.html", Encoding.UTF8.GetBytes("<p>Xin chào</p>"));
        Assert.Equal("utf-8", r.Encoding);
        _ = TextEncodingKind.Utf8;
    }
}
