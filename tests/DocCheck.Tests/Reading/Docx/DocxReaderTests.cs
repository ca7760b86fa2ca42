using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Reading.Docx;
using DocCheck.Structure;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static DocCheck.Tests.Reading.Docx.DocxBuilder;

namespace DocCheck.Tests.Reading.Docx;

/// <summary>The DOCX reader on a Word-built plan: header table, numbering, text box, tracked changes, notes, budget table.</summary>
public class DocxReaderTests
{
    private const string BoxText = "59261620764500";

    /// <summary>A plan laid out as Vietnamese offices write it in Word.</summary>
    internal static byte[] Plan() => Build((main, body) =>
    {
        AddNumbering(main,
            [Lvl(0, NumberFormatValues.UpperRoman, "%1."), Lvl(1, NumberFormatValues.Decimal, "%2."), Lvl(2, NumberFormatValues.Bullet, "\uF0B7"), Lvl(3, NumberFormatValues.Bullet, "o")],
            [Lvl(0, NumberFormatValues.LowerLetter, "%1)")]);
        main.AddNewPart<WordprocessingCommentsPart>().Comments =
            new Comments(new Comment(P("BÌNH LUẬN KHÔNG ĐƯỢC LỌT")) { Id = "0", Author = "Chuyên viên" });
        main.AddNewPart<FootnotesPart>().Footnotes =
            new Footnotes(new Footnote(P("Công văn số 5612/CV-BCĐ ngày 12/9/2025 của Ban Chỉ đạo tỉnh.")) { Id = 1 });

        // Header: issuer | motto, number | place and date. The rule under the issuer is a drawn text box here.
        body.Append(Table(
            Row(CellOf(P("ỦY BAN NHÂN DÂN"), new Paragraph(R("TỈNH KON TUM"), TextBoxRun(BoxText))),
                Cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")),
            Row(Cell("Số: 497/KH-UBND"), Cell("Kon Tum, ngày 28 tháng 02 năm 2018"))));
        body.Append(P("KẾ HOẠCH"));
        body.Append(P("Triển khai thực hiện nhiệm vụ cải cách hành chính năm 2018"));
        body.Append(P("Căn cứ Quyết định số 225/QĐ-TTg ngày 04 tháng 02 năm 2016 của Thủ tướng Chính phủ;"));
        body.Append(new Paragraph(R("Ủy ban nhân dân tỉnh ban hành Kế hoạch"), new Run(new FootnoteReference { Id = 1 }), R(" như sau:")));

        body.Append(Numbered(1, 0, "MỤC ĐÍCH, YÊU CẦU"));
        body.Append(Numbered(1, 1, "Mục đích"));
        body.Append(Numbered(1, 2, "Nâng cao chất lượng phục vụ người dân."));
        body.Append(Numbered(1, 3, "Giảm thời gian giải quyết hồ sơ."));
        body.Append(Numbered(1, 1, "Yêu cầu"));
        body.Append(Numbered(2, 0, "Bám sát chỉ đạo của Chính phủ;"));
        body.Append(Numbered(2, 0, "Phân công rõ trách nhiệm."));
        body.Append(Numbered(1, 0, "NHIỆM VỤ"));
        body.Append(Numbered(1, 1, "Cải cách thể chế"));
        body.Append(new Paragraph(
            R("Kinh phí "),
            new InsertedRun(R("được bổ sung")) { Id = "1", Author = "A" },
            new DeletedRun(new Run(new DeletedText("đã bị xóa") { Space = SpaceProcessingModeValues.Preserve })) { Id = "2", Author = "A" },
            R(" theo "),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" HYPERLINK \"http://example.invalid/\" ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            R("liên kết"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new CommentRangeStart { Id = "0" },
            R(" đã duyệt."),
            new CommentRangeEnd { Id = "0" },
            new Run(new CommentReference { Id = "0" })));
        body.Append(P("Dự toán kinh phí như sau:"));
        body.Append(Table(
            Row(Cell("STT"), Cell("Nội dung"), Cell("Kinh phí (đồng)"), Cell("Nguồn")),
            Row(Cell("1"), Cell("Tập huấn cán bộ"), Cell("10.000.000"), MergeStart("Ngân sách tỉnh")),
            Row(Cell("2"), Cell("In tài liệu"), Cell("20.000.000"), MergeContinue()),
            Row(Span(2, "Tổng cộng"), Cell("30.000.000"), EmptyCell())));
        body.Append(Numbered(1, 1, "Cải cách thủ tục hành chính"));
        body.Append(Numbered(1, 2, "Rà soát thủ tục."));
        body.Append(Numbered(1, 2, "Công bố thủ tục."));
        body.Append(Numbered(1, 0, "TỔ CHỨC THỰC HIỆN"));
        body.Append(Numbered(1, 1, "Sở Nội vụ theo dõi, đôn đốc."));
        body.Append(Numbered(1, 1, "Các sở, ngành thực hiện."));
        body.Append(Numbered(1, 1, "Báo cáo kết quả trước ngày 15/12/2018."));
        body.Append(P("Trong quá trình thực hiện, nếu có vướng mắc, báo cáo Ủy ban nhân dân tỉnh."));
        body.Append(Table(
            Row(Cell("Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT."),
                Cell("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hòa"))));
    });

    private static string DocumentXml(byte[] package)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(package));
        using var r = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return r.ReadToEnd();
    }

    private static (ReadResult Read, AnalyzedDocument Doc) Analyze(byte[] bytes)
    {
        var read = new DocxReader().Read("plan.docx", bytes);
        Assert.True(read.Success, read.Error?.Describe("en"));
        return (read, new DocumentAnalyzer().Analyze(read.Source));
    }

    [Fact]
    public void Header_table_gives_issuer_number_date_and_type()
    {
        var (_, doc) = Analyze(Plan());
        var h = doc.Structure.Header;
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH KON TUM", h.Issuer!.Issuer);
        Assert.Equal("497/KH-UBND", h.Number!.Display);
        Assert.Equal("2018-02-28", h.PlaceDate!.Date.Iso);
        Assert.Equal("Kon Tum", h.PlaceDate.Place);
        Assert.Equal("KH", h.Type!.Code);
        Assert.StartsWith("Triển khai thực hiện", h.Title!.Text);
        Assert.Single(doc.Structure.Main.Preamble);
    }

    [Fact]
    public void Numbering_labels_come_out_and_nest()
    {
        var (_, doc) = Analyze(Plan());
        var outline = doc.Structure.Main.Outline;
        Assert.Equal(["I", "II", "III"], outline.Select(n => n.Label));
        Assert.Equal("MỤC ĐÍCH, YÊU CẦU", outline[0].Heading.Text);
        Assert.Equal(["1", "2"], outline[0].Children.Select(n => n.Label));
        // Level 2 is a bullet ("-"), level 3 a bullet under it ("+").
        var purpose = outline[0].Children[0];
        Assert.Equal("-", Assert.Single(purpose.Children).Label);
        Assert.Equal("+", Assert.Single(purpose.Children[0].Children).Label);
        // The letter list: a), b).
        Assert.Equal(["a", "b"], outline[0].Children[1].Children.Select(n => n.Label));
        // Arabic numbering restarts under II.
        Assert.Equal(["1", "2"], outline[1].Children.Select(n => n.Label));
        Assert.Equal(["-", "-"], outline[1].Children[1].Children.Select(n => n.Label));
        Assert.Equal(["1", "2", "3"], outline[2].Children.Select(n => n.Label));
    }

    [Fact]
    public void Text_boxes_comments_deletions_and_field_codes_stay_out_and_footnotes_follow_the_body()
    {
        byte[] plan = Plan();
        // The package does hold them, where a naive extraction would pick them up.
        string xml = DocumentXml(plan);
        Assert.Contains(BoxText, xml);
        Assert.Contains("5926162", xml);
        Assert.Contains("đã bị xóa", xml);
        Assert.Contains("HYPERLINK", xml);
        var (read, doc) = Analyze(plan);
        string text = read.Source!.Text;
        Assert.DoesNotContain(BoxText, text);
        Assert.DoesNotContain("5926162", text);
        Assert.DoesNotContain("BÌNH LUẬN", text);
        Assert.DoesNotContain("đã bị xóa", text);
        Assert.DoesNotContain("HYPERLINK", text);
        Assert.DoesNotContain("example.invalid", text);
        Assert.Contains("Kinh phí được bổ sung theo liên kết đã duyệt.", doc.Normalized.Text);
        Assert.Contains("Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", text);
        // The footnote is read after the body (the body's lines keep their numbers), and its citation is found.
        Assert.EndsWith("\n\n[1] Công văn số 5612/CV-BCĐ ngày 12/9/2025 của Ban Chỉ đạo tỉnh.\n\n", text);
        var cited = Assert.Single(doc.Citations, c => c.Key == "5612/CV-BCĐ");
        Assert.Equal("2025-09-12", cited.Date?.Iso);
    }

    [Fact]
    public void Budget_table_keeps_its_rows_and_merged_cells()
    {
        var (read, doc) = Analyze(Plan());
        var table = Assert.Single(doc.Structure.Main.Tables);
        Assert.False(table.RowsAreInferred);
        Assert.Equal(["STT", "Nội dung", "Kinh phí (đồng)", "Nguồn"], table.Header.Select(c => c.Text));
        Assert.Equal(
            [["1", "Tập huấn cán bộ", "10.000.000", "Ngân sách tỉnh"], ["2", "In tài liệu", "20.000.000", ""], ["Tổng cộng", "30.000.000", ""]],
            table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray());
        // The spanned cell is written once; the continued merge is an empty cell.
        Assert.Contains("||\nTổng cộng\n\n|\n30.000.000\n\n|\n|\n", read.Source!.Text);
    }

    [Fact]
    public void Closing_matter_is_found()
    {
        var (_, doc) = Analyze(Plan());
        Assert.Equal(["- Sở Nội vụ;", "- Lưu: VT."], doc.Structure.Main.Recipients!.Recipients.Select(i => i.Text));
        var sig = doc.Structure.Main.Signature!;
        Assert.Equal("TM", sig.Mode);
        Assert.Equal("Nguyễn Văn Hòa", sig.Signer!.Text);
    }

    [Fact]
    public void Text_follows_the_reader_convention()
    {
        var (read, _) = Analyze(Plan());
        string text = read.Source!.Text;
        Assert.StartsWith("||\nỦY BAN NHÂN DÂN\n\nTỈNH KON TUM\n\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n|\n||\nSố: 497/KH-UBND\n\n|\n", text);
        Assert.Contains("\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Nâng cao chất lượng phục vụ người dân.\n\n+ Giảm thời gian giải quyết hồ sơ.\n\n2. Yêu cầu\n\na) Bám sát", text);
        Assert.Equal("docx", read.Encoding);
    }

    [Fact]
    public void Numbering_follows_paragraph_styles_and_start_overrides()
    {
        var bytes = Build((main, body) =>
        {
            AddNumbering(main, [Lvl(0, NumberFormatValues.Decimal, "Điều %1."), Lvl(1, NumberFormatValues.Decimal, "%1.%2.")]);
            var numbering = main.NumberingDefinitionsPart!.Numbering;
            // List 2: the same definition restarted at 5.
            numbering.Append(new NumberingInstance(new AbstractNumId { Val = 0 }, new LevelOverride(new StartOverrideNumberingValue { Val = 5 }) { LevelIndex = 0 }) { NumberID = 2 });
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "Dieu" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 })))
                { Type = StyleValues.Paragraph, StyleId = "Dieu" },
                new Style(new StyleName { Val = "Khoan" }, new BasedOn { Val = "Dieu" }, new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 1 }, new NumberingId { Val = 1 })))
                { Type = StyleValues.Paragraph, StyleId = "Khoan" });
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Dieu" }), R("Phạm vi")));
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Khoan" }), R("Khoản một")));
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Khoan" }), R("Khoản hai")));
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Dieu" }), R("Đối tượng")));
            body.Append(Numbered(2, 0, "Hiệu lực"));
            // numId 0 switches the style's numbering off.
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Dieu" }, new NumberingProperties(new NumberingId { Val = 0 })), R("Không đánh số")));
        });
        var read = new DocxReader().Read("d.docx", bytes);
        Assert.True(read.Success);
        Assert.Equal(
            ["Điều 1. Phạm vi", "1.1. Khoản một", "1.2. Khoản hai", "Điều 2. Đối tượng", "Điều 5. Hiệu lực", "Không đánh số"],
            read.Source.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Nested_tables_are_flattened_into_their_cell()
    {
        var bytes = Build((_, body) => body.Append(Table(
            Row(Cell("A"), CellOf(P("B"), Table(Row(Cell("B1"), Cell("B2"))), P("C"))))));
        var read = new DocxReader().Read("n.docx", bytes);
        Assert.True(read.Success);
        Assert.Equal("||\nA\n\n|\nB\n\nB1\n\nB2\n\nC\n\n|\n\n", read.Source.Text);
    }

    [Fact]
    public void Content_controls_hidden_runs_and_line_breaks()
    {
        var bytes = Build((_, body) =>
        {
            body.Append(new SdtBlock(new SdtContentBlock(P("Trong điều khiển nội dung"))));
            body.Append(new Paragraph(R("Hiện"), new Run(new RunProperties(new Vanish()), new DocumentFormat.OpenXml.Wordprocessing.Text("ẨN")), new Run(new Break()), R("dòng hai"), new Run(new TabChar()), R("sau tab")));
        });
        var read = new DocxReader().Read("s.docx", bytes);
        Assert.True(read.Success);
        Assert.Equal("Trong điều khiển nội dung\n\nHiện\ndòng hai sau tab\n\n", read.Source.Text);
    }
}
