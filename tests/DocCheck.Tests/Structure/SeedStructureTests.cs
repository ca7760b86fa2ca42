using DocCheck.Structure;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Structure;

/// <summary>
/// Reviewed expectations for the five seeds. Every number here was checked by reading the document (outline
/// counts also against grep over the source lines); see corpus/README.md for what each seed is.
/// </summary>
public class SeedStructureTests
{
    private static Dictionary<string, int> Counts(DocumentPart part) =>
        part.AllNodes()
            .GroupBy(n => n.Kind == LabelKind.Arabic ? $"Arabic{n.Label.Count(c => c == '.') + 1}" : n.Kind.ToString())
            .ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void KonTum497_header()
    {
        var h = Seeds.Get(Seeds.KonTum497).Structure.Header;
        Assert.Null(h.Issuer!.Superior);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH KON TUM", h.Issuer.Issuer);
        Assert.Equal("497", h.Number!.Number);
        Assert.Equal("KH-UBND", h.Number.Symbol);
        Assert.Equal("KH", h.Number.TypeCode);
        Assert.Equal("UBND", h.Number.IssuerCode);
        Assert.False(h.Number.IsBlank);
        Assert.Equal("Kon Tum", h.PlaceDate!.Place);
        Assert.Equal("2018-02-28", h.PlaceDate.Date.Iso);
        Assert.Equal("KH", h.Type!.Code);
        Assert.StartsWith("TRIỂN KHAI THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM NHẰM CẢI THIỆN, NÂNG CAO CHỈ SỐ", h.Title!.Text);
        Assert.EndsWith("(PAR INDEX) TỈNH KON TUM NĂM 2018", h.Title.Text);
        Assert.NotNull(h.Motto);
    }

    [Fact]
    public void KonTum497_body_and_signature()
    {
        var d = Seeds.Get(Seeds.KonTum497);
        var main = Assert.Single(d.Structure.Parts);
        Assert.Equal(2, main.Preamble.Count);
        Assert.StartsWith("Căn cứ các Nghị quyết của Chính phủ: số 35/NQ-CP", main.Preamble[0].Field.Text);
        Assert.Equal(PreambleKind.Consideration, main.Preamble[1].Kind);
        var counts = Counts(main);
        Assert.Equal(4, counts["Roman"]);
        Assert.Equal(9, counts["Arabic1"]);
        Assert.Equal(14, counts["Arabic2"]);
        Assert.Equal(34, counts["Letter"]);
        Assert.Equal(57, counts["Dash"]);
        Assert.Equal(13, counts["Plus"]);
        Assert.Equal(["I", "II", "III", "IV"], main.Outline.Select(n => n.Label));
        // The duplicated "b)" under 1.3 is kept as written (DC1005 reports it).
        var n13 = main.AllNodes().Single(n => n.Label == "1.3");
        Assert.Equal(["a", "b", "b"], n13.Children.Select(c => c.Label));
        Assert.Equal(5, main.Recipients!.Recipients.Count);
        Assert.Equal("TM", main.Signature!.Mode);
        Assert.Equal("ỦY BAN NHÂN DÂN", main.Signature.OnBehalfOf);
        Assert.Equal("CHỦ TỊCH", main.Signature.Position);
        Assert.Equal("Nguyễn Văn Hòa", main.Signature.Signer!.Text);
    }

    [Fact]
    public void TayNinh2818_decision_carries_plan_and_annex()
    {
        var s = Seeds.Get(Seeds.TayNinh2818).Structure;
        Assert.Equal([PartKind.Main, PartKind.Embedded, PartKind.Annex], s.Parts.Select(p => p.Kind));
        var h = s.Header;
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH TÂY NINH", h.Issuer!.Issuer);
        Assert.Equal("2818/QĐ-UBND", h.Number!.Display);
        Assert.Equal("QĐ", h.Number.TypeCode);
        Assert.Equal("Tây Ninh", h.PlaceDate!.Place);
        Assert.Equal("2020-11-16", h.PlaceDate.Date.Iso);
        Assert.Equal("QĐ", h.Type!.Code);
        Assert.Equal("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", h.Authority!.Text);
        var main = s.Main;
        Assert.Equal(5, main.Preamble.Count(c => c.Kind == PreambleKind.Basis));
        Assert.Equal(1, main.Preamble.Count(c => c.Kind == PreambleKind.Proposal));
        Assert.Equal(["Điều 1", "Điều 2", "Điều 3"], main.Outline.Select(n => n.Label));
        Assert.Equal(8, main.Recipients!.Recipients.Count);
        Assert.Equal("KT", main.Signature!.Mode);
        Assert.Equal("CHỦ TỊCH", main.Signature.OnBehalfOf);
        Assert.Equal("PHÓ CHỦ TỊCH", main.Signature.Position);
        Assert.Equal("Nguyễn Mạnh Hùng", main.Signature.Signer!.Text);

        var plan = s.Parts[1];
        Assert.Equal("KH", plan.Header.Type!.Code);
        Assert.StartsWith("CẢI CÁCH HÀNH CHÍNH VÀ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2021", plan.Header.Title!.Text);
        Assert.StartsWith("(Ban hành kèm theo Quyết định số 2818/QĐ-UBND", plan.Header.AttachedTo!.Text);
        Assert.Equal(["I", "II", "III", "IV", "V"], plan.Outline.Select(n => n.Label));
    }

    [Fact]
    public void TayNinh2818_annex_table()
    {
        var annex = Seeds.Get(Seeds.TayNinh2818).Structure.Parts[2];
        Assert.Equal("PHỤ LỤC", annex.Header.TypeWord!.Text);
        var table = Assert.Single(annex.Tables);
        Assert.Equal(13, table.Header.Count);
        Assert.Equal("NỘI DUNG", table.Header[0].Text);
        Assert.True(table.RowsAreInferred);
        // The annex has 79 rows (33 in I, 6 in II, 18 in III, 3 each in IV, V, VI and VII, 9 in VIII, and the
        // total). Known issue: the VI row "Quyết định ban hành Quy định về tiêu chuẩn chức danh…" is merged into
        // the row before it (a task cell that reads like a note), so 78 are recovered.
        Assert.Equal(78, table.Rows.Count);
        var news = table.Rows.Single(r => r.Cells[0].Text == "- Đưa tin CCHC trên báo Tây Ninh");
        Assert.Contains(news.Cells, c => c.Text == "158.580.000");
        Assert.Contains(news.Cells, c => c.Text == "Kế hoạch cụ thể của Báo Tây Ninh");
        var total = table.Rows[^1];
        Assert.Equal("Tổng kinh phí thực hiện", total.Cells[0].Text);
        Assert.Equal("1.752.580.000", total.Cells[1].Text);
        Assert.StartsWith("(Một tỷ, bảy trăm năm mươi hai triệu", total.Cells[^1].Text);
        var year2020 = table.Rows.Where(r => r.Cells.Any(c => c.Text == "Trong năm 2020")).ToList();
        Assert.Equal(8, year2020.Count); // II.4 and III.1, III.3–III.8 ("Thường xuyên trong năm 2020" in III.2 is another cell)
    }

    [Fact]
    public void NgheAn_decision_without_number_carries_two_outlines()
    {
        var s = Seeds.Get(Seeds.NgheAnDeCuong).Structure;
        Assert.Equal([PartKind.Main, PartKind.Embedded, PartKind.Embedded], s.Parts.Select(p => p.Kind));
        var h = s.Header;
        Assert.Null(h.Issuer);
        Assert.Null(h.Number);
        Assert.Null(h.PlaceDate);
        Assert.Equal("QĐ", h.Type!.Code);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", h.Authority!.Text);
        Assert.Equal(5, s.Main.Preamble.Count(c => c.Kind == PreambleKind.Basis));
        Assert.Equal(["Điều 1", "Điều 2", "Điều 3", "Điều 4"], s.Main.Outline.Select(n => n.Label));
        Assert.Equal(6, s.Main.Recipients!.Recipients.Count);
        Assert.Null(s.Main.Signature);
        foreach (var part in s.Parts.Skip(1))
        {
            Assert.Equal("ĐỀ CƯƠNG ĐỀ ÁN MẪU", part.Header.TypeWord!.Text);
            var c = Counts(part);
            Assert.Equal(4, c["Roman"]);
            Assert.Equal(11, c["Arabic2"]);
            Assert.Equal(19, c["Arabic3"]);
            Assert.Equal(7, c["Arabic4"]);
        }
        Assert.Equal(128, Counts(s.Parts[1])["Dash"]);
        Assert.Equal(139, Counts(s.Parts[2])["Dash"]);
        // The wrongly numbered "2.1.2.2." sits under 3.1.2 as written (DC1005 reports it); so does the second
        // outline's Roman "VI." right after "III.".
        var n312 = s.Parts[1].AllNodes().Single(n => n.Label == "3.1.2");
        Assert.Equal(["3.1.2.1", "2.1.2.2", "3.1.2.3", "3.1.2.4", "3.1.2.5", "3.1.2.6", "3.1.2.7"], n312.Children.Select(n => n.Label));
        Assert.Equal(["I", "II", "III", "IV"], s.Parts[1].Outline.Select(n => n.Label));
        Assert.Equal(["I", "II", "III", "VI"], s.Parts[2].Outline.Select(n => n.Label));
    }

    [Fact]
    public void BaGiang_draft_keeps_blank_number_and_day()
    {
        var s = Seeds.Get(Seeds.BaGiangDraft).Structure;
        var h = s.Header;
        Assert.Null(h.Issuer);
        Assert.True(h.Number!.IsBlank);
        Assert.Equal("KH-UBND", h.Number.Symbol);
        Assert.Equal("Ba Giang", h.PlaceDate!.Place);
        Assert.Null(h.PlaceDate.Date.Day);
        Assert.Equal(2, h.PlaceDate.Date.Month);
        Assert.Equal(2023, h.PlaceDate.Date.Year);
        Assert.Null(h.PlaceDate.Date.Iso);
        Assert.StartsWith("Về việc khắc phục, cải thiện và nâng cao Chỉ số cải cách hành chính", h.Title!.Text);
        var c = Counts(s.Main);
        Assert.Equal(3, c["Roman"]);
        Assert.Equal(8, c["Arabic1"]);
        Assert.Equal(9, c["Arabic2"]);
        Assert.Equal(61, c["Dash"]);
        Assert.Equal(9, s.Main.Recipients!.Recipients.Count);
        Assert.Null(s.Main.Signature!.Mode);
        Assert.Equal("CHỦ TỊCH", s.Main.Signature.Position);
        Assert.Equal("Phạm Văn Thật", s.Main.Signature.Signer!.Text);
    }

    [Fact]
    public void KonTum51_has_no_header_but_parses()
    {
        var s = Seeds.Get(Seeds.KonTum51).Structure;
        var h = s.Header;
        Assert.Null(h.Issuer);
        Assert.Null(h.Number);
        Assert.Null(h.PlaceDate);
        Assert.Equal("KH", h.Type!.Code);
        Assert.StartsWith("TRIỂN KHAI CHƯƠNG TRÌNH SỐ 51-CTR/TU NGÀY 09 THÁNG 02 NĂM 2018", h.Title!.Text);
        Assert.Equal(2, s.Main.Preamble.Count);
        var c = Counts(s.Main);
        Assert.Equal(3, c["Roman"]);
        Assert.Equal(14, c["Arabic1"]);
        Assert.Equal(16, c["Letter"]);
        Assert.Equal(15, c["Dash"]);
        Assert.Equal(10, s.Main.Recipients!.Recipients.Count);
        Assert.Null(s.Main.Signature);
    }
}
