using System.Text;
using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Reading.Html;

namespace DocCheck.Tests.Reading.Html;

/// <summary>
/// Skeletons of saved portal pages, written from the structure of real thuvienphapluat.vn and vbpl.vn pages: the
/// content area is read and the chrome left out, the property panel and lược đồ become metadata.
/// </summary>
public class PortalPageTests
{
    private const string TvplPage = """
        <!DOCTYPE html><html><head><title>Quyết định 12/2024/QĐ-UBND</title><script>var tvpl = 1;</script></head>
        <body><form id="aspnetForm"><table id="tblcontainer"><tr><td>
        <div id="header"><div id="toplinks">Đăng nhập | Đăng ký thành viên</div></div>
        <div id="ctl00_Content_ThongTinVB_divNoiDung">
          <ul id="idTabs"><li><a href="#tab-1">Tóm tắt</a></li><li><a href="#tab1">Nội dung</a></li><li><a href="#tab4">Lược đồ</a></li></ul>
          <div id="tab-1" class="contentDoc"><div id="divThuocTinh"><h1><span>Quyết định 12/2024/QĐ-UBND về cải cách hành chính tỉnh Kon Tum</span></h1>
            <table rules="all">
              <tr><td><b>Số hiệu:</b></td><td>12/2024/QĐ-UBND</td><td></td><td><b>Loại văn bản:</b></td><td>Quyết định</td></tr>
              <tr><td><b>Nơi ban hành:</b></td><td>Tỉnh Kon Tum</td><td></td><td><b>Người ký:</b></td><td>Nguyễn Văn Hòa</td></tr>
              <tr><td><b>Ngày ban hành:</b></td><td>28/02/2024</td><td></td><td><b>Ngày hiệu lực:</b></td><td class="text-green"><span>Đã biết</span></td></tr>
              <tr><td colspan="3"></td><td><b>Tình trạng:</b></td><td class="text-red">Còn hiệu lực</td></tr>
            </table></div>
            <div class="Tomtatvanban"><h2>Điểm mới</h2>TÓM TẮT CỦA CỔNG</div></div>
          <div id="tab1" class="contentDoc"><div class="__mucluc" style="display: none">MỤC LỤC VĂN BẢN</div>
            <div id="ctl00_Content_ThongTinVB_pnlDocContent"><div id="divContentDoc" class="cldivContentDocVn"><div class="content1"><div><div>
              <table border="0"><tr><td width="35%"><p align="center"><b>ỦY BAN NHÂN DÂN<br>TỈNH KON TUM<br>-------</b></p></td>
                <td><p align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>---------------</b></p></td></tr>
                <tr><td><p align="center">Số: 12/2024/QĐ-UBND</p></td><td><p align="right"><i>Kon Tum, ngày 28 tháng 02 năm 2024</i></p></td></tr></table>
              <p align="center"><b>QUYẾT ĐỊNH</b></p>
              <p align="center"><b>Về việc ban hành Kế hoạch cải cách hành chính năm 2024</b></p>
              <p align="center"><b>ỦY BAN NHÂN DÂN TỈNH KON TUM</b></p>
              <p><i>Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;</i></p>
              <p align="center"><b>QUYẾT ĐỊNH:</b></p>
              <p><b>Điều 1.</b> Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2024.</p>
              <p><b>Điều 2.</b> Quyết định này có hiệu lực từ ngày 10 tháng 3 năm 2024 và thay thế Quyết định số 07/2016/QĐ-UBND.</p>
            </div></div></div>
            <div class="NoiDungChiaSe">Chia sẻ văn bản</div></div></div>
          <div id="tab2" class="contentDoc"><div class="cldivContentDocEn"><div class="content1">ENGLISH TRANSLATION</div></div></div>
          <div id="tab4" class="contentDoc"><div id="loadluocdo">
            <div class="ld-box"><div class="ld-title">Văn bản căn cứ</div>
              <ul><li><a href="/van-ban/1">Nghị định 30/2020/NĐ-CP Về công tác văn thư</a></li><li><a href="/van-ban/2">Luật 77/2015/QH13 Tổ chức chính quyền địa phương</a></li></ul></div>
            <div class="ld-box"><div class="ld-title">Văn bản bị thay thế</div><ul><li><a href="/van-ban/3">Quyết định 07/2016/QĐ-UBND</a></li></ul></div>
            <div class="ld-box"><div class="ld-title">Văn bản hướng dẫn</div><ul><li><a href="/van-ban/4">Hướng dẫn 05/HD-SNV của Sở Nội vụ</a></li></ul></div>
            <div class="ld-box"><div class="ld-title">Văn bản bị sửa đổi, bổ sung</div><ul><li><a href="/van-ban/5">Quyết định 44/2019/QĐ-UBND</a></li></ul></div>
            <div class="ld-box"><div class="ld-title">Văn bản liên quan cùng nội dung</div><ul><li><a href="/van-ban/6">Kế hoạch 497/KH-UBND</a></li><li><a href="#">Xem thêm</a></li></ul></div>
          </div></div>
        </div>
        </td></tr></table><div class="footer">Thư viện Pháp luật - bản quyền</div></form></body></html>
        """;

    private static ReadResult Read(string name, string html) => new HtmlReader().Read(name, Encoding.UTF8.GetBytes(html));

    [Fact]
    public void Tvpl_page_reads_the_document_and_not_the_site()
    {
        var r = Read("tvpl.html", TvplPage);
        Assert.True(r.Success);
        string text = r.Source.Text;
        Assert.StartsWith("||\nỦY BAN NHÂN DÂN\nTỈNH KON TUM\n-------\n\n|\n", text);
        foreach (string chrome in new[] { "Đăng nhập", "Tóm tắt", "TÓM TẮT", "Số hiệu", "MỤC LỤC", "ENGLISH", "Chia sẻ", "Thư viện Pháp luật", "Văn bản căn cứ", "tvpl" })
            Assert.DoesNotContain(chrome, text);

        var h = new DocumentAnalyzer().Analyze(r.Source).Structure.Header;
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH KON TUM", h.Issuer!.Issuer);
        Assert.Equal("12/2024/QĐ-UBND", h.Number!.Display);
        Assert.Equal("2024-02-28", h.PlaceDate!.Date.Iso);
        Assert.Equal("QĐ", h.Type!.Code);
    }

    [Fact]
    public void Tvpl_panel_fills_the_metadata()
    {
        var m = Read("tvpl.html", TvplPage).Metadata!;
        Assert.Equal("thuvienphapluat.vn", m.Source);
        Assert.Equal("12/2024/QĐ-UBND", m.NumberSymbol);
        Assert.Equal("Quyết định", m.DocumentType);
        Assert.Equal("Tỉnh Kon Tum", m.Issuer);
        Assert.Equal("Nguyễn Văn Hòa", m.Signer);
        Assert.Equal(new DateOnly(2024, 2, 28), m.IssueDate);
        Assert.Null(m.EffectiveDate); // "Đã biết": shown to members only
        Assert.Equal("Còn hiệu lực", m.Status);
        Assert.Equal("Quyết định 12/2024/QĐ-UBND về cải cách hành chính tỉnh Kon Tum", m.Title);
    }

    [Fact]
    public void Tvpl_luoc_do_gives_relations_with_their_direction()
    {
        var m = Read("tvpl.html", TvplPage).Metadata!;
        Assert.Equal(
            [
                (PortalRelation.Basis, "30/2020/NĐ-CP"), (PortalRelation.Basis, "77/2015/QH13"),
                (PortalRelation.Replaces, "07/2016/QĐ-UBND"), (PortalRelation.GuidedBy, "05/HD-SNV"),
                (PortalRelation.Amends, "44/2019/QĐ-UBND"), (PortalRelation.Related, "497/KH-UBND"),
            ],
            m.Relations.Select(x => (x.Relation, x.NumberSymbol!)));
        Assert.Equal("Văn bản bị thay thế", m.Relations[2].RelationText);
        Assert.Equal("Về công tác văn thư", m.Relations[0].Title);
    }

    private const string VbplFullText = """
        <html><body><form id="aspnetForm"><div id="wrapper"><div id="header"><ul class="topMenu"><li><a href="/">CSDL Quốc Gia</a></li></ul></div>
        <div id="content"><div class="left-200"><ul class="category"><li><a>Hiến pháp</a></li><li><a>Bộ luật</a></li></ul></div>
        <div class="right-790"><div class="box-container"><div class="box-tab-vb">
          <div class="box-map"><ul><li><a href="/">CSDL quốc gia về VBPL</a><span> » </span></li><li><a href="">Luật 77/2015/QH13</a><span></span></li></ul></div>
          <div class="header"><ul><li><a class="selected"><span><b class="fulltext">Toàn văn</b></span></a></li><li><a><span><b class="properties">Thuộc tính</b></span></a></li></ul></div>
          <div class="content"><div class="fulltext">
            <div class="vbInfo"><ul><li class="red"><span>Hiệu lực: </span>Hết hiệu lực một phần</li><li class="green"><span>Ngày có hiệu lực: </span>01/01/2016</li></ul></div>
            <div>
              <table width="30%" align="left"><tr><td><div align="center"><b>QUỐC HỘI</b></div><div style="border-bottom: 1px solid #000000;width:40px;"></div>
                <div style="padding-top:5px;text-align:center;">Số:
                  77/2015/QH13</div></td></tr></table>
              <table width="50%" align="right"><tr><td><div><b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></div><div><b>Độc lập - Tự do - Hạnh phúc</b></div>
                <div><i>Hà Nội,
                  ngày
                  19 tháng
                  6 năm
                  2015</i></div></td></tr></table>
              <div style="clear:both;"></div>
              <div class="toanvancontent" id="toanvancontent"><p align="center"><strong>LUẬT</strong></p><p align="center"><strong>TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG</strong></p>
                <p><em>Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;</em></p><p><strong>Điều 1. Phạm vi điều chỉnh</strong></p><p>Luật này quy định về đơn vị hành chính.</p></div>
            </div></div></div>
        </div></div></div></div><div id="footer">Cơ sở dữ liệu quốc gia</div></div></form></body></html>
        """;

    [Fact]
    public void Vbpl_full_text_page_reads_header_tables_and_text()
    {
        var r = Read("vbpl.html", VbplFullText);
        Assert.True(r.Success);
        string text = r.Source.Text;
        Assert.StartsWith("||\nQUỐC HỘI\n\nSố: 77/2015/QH13\n\n|\n\n||\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 19 tháng 6 năm 2015\n\n|\n\nLUẬT\n\n", text);
        foreach (string chrome in new[] { "CSDL", "Toàn văn", "Thuộc tính", "Hiệu lực:", "Bộ luật", "Cơ sở dữ liệu" })
            Assert.DoesNotContain(chrome, text);
        var h = new DocumentAnalyzer().Analyze(r.Source).Structure.Header;
        Assert.Equal("77/2015/QH13", h.Number!.Display);
        Assert.Equal("2015-06-19", h.PlaceDate!.Date.Iso);
        Assert.Equal("QUỐC HỘI", h.Issuer!.Issuer);

        var m = r.Metadata!;
        Assert.Equal("vbpl.vn", m.Source);
        Assert.Equal("Hết hiệu lực một phần", m.Status);
        Assert.Equal(new DateOnly(2016, 1, 1), m.EffectiveDate);
        Assert.Equal("Luật", m.DocumentType);
        Assert.Equal("77/2015/QH13", m.NumberSymbol);
    }

    [Fact]
    public void Vbpl_properties_page_fills_every_field()
    {
        const string page = """
            <html><body><div class="box-tab-vb"><div class="box-map"><ul><li><a>Văn bản pháp luật</a></li><li><a href="">Bộ luật 101/2015/QH13</a></li></ul></div>
            <div class="content"><div class="fulltext">
              <div class="vbInfo"><ul><li class="red"><span>Hiệu lực: </span>Còn hiệu lực</li><li class="green"><span>Ngày có hiệu lực: </span>01/01/2018</li></ul></div>
              <div class="vbProperties"><table><tbody>
                <tr><td colspan="4" class="title">Tố tụng hình sự</td></tr>
                <tr><td class="label">Số ký hiệu</td><td>101/2015/QH13</td><td class="label">Ngày ban hành</td><td>27/11/2015</td></tr>
                <tr><td class="label">Loại văn bản</td><td><a href="#">Bộ luật</a></td><td class="label">Ngày có hiệu lực</td><td>01/01/2018</td></tr>
                <tr><td class="label">Nguồn thu thập</td><td>Công báo số 1271</td><td class="label">Ngày đăng công báo</td><td>31/12/2015</td></tr>
                <tr><td rowspan="1" class="label">Cơ quan ban hành/ Chức danh / Người ký</td><td><a href="#">Quốc hội</a></td><td>Chủ tịch Quốc hội</td><td>Nguyễn Sinh Hùng</td></tr>
                <tr><td colspan="4" class="title">Tình trạng hiệu lực: Còn hiệu lực</td></tr>
              </tbody></table></div></div></div></div></body></html>
            """;
        var m = Read("tt.html", page).Metadata!;
        Assert.Equal(("vbpl.vn", "101/2015/QH13", "Bộ luật", "Quốc hội", "Nguyễn Sinh Hùng", "Tố tụng hình sự", "Còn hiệu lực"),
            (m.Source, m.NumberSymbol, m.DocumentType, m.Issuer, m.Signer, m.Title, m.Status));
        Assert.Equal(new DateOnly(2015, 11, 27), m.IssueDate);
        Assert.Equal(new DateOnly(2018, 1, 1), m.EffectiveDate);
    }

    [Fact]
    public void Vbpl_luoc_do_boxes_give_relations()
    {
        static string Box(string title, params string[] entries) =>
            $"<div class=\"luocdo actived\"><div class=\"title\"><div><a href=\"#\" class=\"openClose open\">&nbsp;</a> <a href=\"javascript:;\">{title}</a> <span>({entries.Length})</span></div></div>" +
            "<div class=\"content\"><ul>" + string.Concat(entries.Select(e => $"<li><a class=\"jTips\" href=\"#\" title=\"{e}\">{e}</a><p><span><a href=\"#\">[Thuộc tính]</a></span></p></li>")) + "</ul></div></div>";
        string page = "<html><body><div class=\"box-tab-vb\"><div class=\"box-map\"><ul><li><a href=\"\">Luật 77/2015/QH13</a></li></ul></div><div class=\"content\"><div class=\"vbLuocdo\"><div class=\"vbLuocDo\">" +
            "<div class=\"vbTools\"><a>Mở tất cả các khối</a></div><table><tr><td>" +
            Box("Văn bản được HD, QĐ chi tiết", "Luật 11/2003/QH11 Tổ chức Hội đồng nhân dân và Ủy ban nhân dân") +
            "</td><td>" + Box("Văn bản hiện thời", "Luật 77/2015/QH13 Tổ chức chính quyền địa phương") +
            "</td><td>" + Box("Văn bản HD, QĐ chi tiết", "Nghị định 08/2016/NĐ-CP Quy định số lượng Phó Chủ tịch", "Nghị quyết 1134/2016/UBTVQH13 Quy định chi tiết") +
            "</td></tr><tr><td>" + Box("Văn bản hết hiệu lực", "Luật 11/2003/QH11 Tổ chức HĐND và UBND") +
            "</td><td>" + Box("Văn bản căn cứ", "Hiến pháp Không số Hiến pháp năm 2013") +
            "</td><td>" + Box("Văn bản quy định hết hiệu lực 1 phần", "Luật 47/2019/QH14 Sửa đổi, bổ sung một số điều") +
            "</td></tr><tr><td>" + Box("Văn bản bị đình chỉ") + Box("Văn bản được sửa đổi", "Luật 80/2015/QH13 Ban hành văn bản") +
            "</td><td>" + Box("Văn bản dẫn chiếu", "Luật 63/2014/QH13 Tổ chức Viện kiểm sát") + Box("Văn bản liên quan khác", "Nghị quyết 1211/2016/UBTVQH13 Tiêu chuẩn đơn vị hành chính") +
            "</td><td>" + Box("Văn bản sửa đổi", "Luật 21/2017/QH14 Quy hoạch") + Box("Văn bản đình chỉ", "Quyết định 18-QĐ/TW Đình chỉ") +
            "</td></tr></table></div></div></div></div></body></html>";
        var m = Read("ld.html", page).Metadata!;
        Assert.Equal(
            [
                (PortalRelation.Guides, "11/2003/QH11"), (PortalRelation.GuidedBy, "08/2016/NĐ-CP"), (PortalRelation.GuidedBy, "1134/2016/UBTVQH13"),
                (PortalRelation.Repeals, "11/2003/QH11"), (PortalRelation.Basis, null), (PortalRelation.RepealedBy, "47/2019/QH14"),
                (PortalRelation.Amends, "80/2015/QH13"), (PortalRelation.References, "63/2014/QH13"), (PortalRelation.Related, "1211/2016/UBTVQH13"),
                (PortalRelation.AmendedBy, "21/2017/QH14"), (PortalRelation.SuspendedBy, "18-QĐ/TW"),
            ],
            m.Relations.Select(x => (x.Relation, x.NumberSymbol)));
        Assert.Equal("Hiến pháp năm 2013", m.Relations[4].Title);
        Assert.Equal("Văn bản HD, QĐ chi tiết", m.Relations[1].RelationText);
        Assert.Equal("Quy định số lượng Phó Chủ tịch", m.Relations[1].Title);
        // The "current document" box names the page's own document.
        Assert.Equal(("Luật", "77/2015/QH13", "Tổ chức chính quyền địa phương"), (m.DocumentType, m.NumberSymbol, m.Title));
    }

    [Fact]
    public void Vbpl_related_and_consolidation_pages_give_relations_with_dates()
    {
        const string related = """
            <html><body><div class="box-tab-vb"><div class="content"><div class="fulltext">
              <div class="vbInfo"><ul><li class="green">Hiến pháp Không số</li><li class="red"><span>Hiệu lực: </span>Còn hiệu lực</li></ul></div>
              <div class="vbLienQuan"><div class="content"><table><tbody><tr><td class="label">Văn bản dẫn chiếu</td><td><ul class="listVB">
                <li><div class="item"><p class="title"><a href="#">Hiến pháp Không số Hiến pháp năm 1992</a></p><p class="qLink"><span>[ <a>Lược đồ</a> ]</span></p>
                  <ul class="info"><li><span>Ngày ban hành:</span> 15/04/1992</li><li><span>Ngày có hiệu lực:</span> 15/04/1992</li></ul></div></li>
                <li><div class="item"><p class="title"><a href="#">Nghị quyết 51/2001/QH10 Sửa đổi Hiến pháp</a></p>
                  <ul class="info"><li><span>Ngày ban hành:</span> 25/12/2001</li></ul></div></li>
              </ul></td></tr></tbody></table></div></div></div></div></div></body></html>
            """;
        var m = Read("rel.html", related).Metadata!;
        Assert.Equal("Hiến pháp", m.DocumentType);
        Assert.Equal(
            [(PortalRelation.References, null, "Hiến pháp năm 1992", new DateOnly(1992, 4, 15)), (PortalRelation.References, "51/2001/QH10", "Sửa đổi Hiến pháp", new DateOnly(2001, 12, 25))],
            m.Relations.Select(x => (x.Relation, x.NumberSymbol, x.Title, x.IssueDate)));

        const string consolidated = """
            <html><body><div class="box-tab-vb"><div class="content"><div class="fulltext">
              <div class="vbInfo"><ul><li class="green"><span></span>Luật 31/VBHN-VPQH</li><li class="green"><span>Ngày ký xác thực: </span>07/12/2020</li></ul></div>
              <div id="main"><div class="w" id="VBGoc"><ul><li><a class="jt" href="#">Luật 15/2012/QH13 Ngày ban hành: <span>20/06/2012</span></a></li></ul></div>
                <div class="w" id="36878_bs"><ul><li><a class="jt" href="#">Luật 54/2014/QH13 Ngày ban hành: <span>23/06/2014</span></a></li></ul></div>
                <div class="w" id="147301_hn"><ul><li><a class="jTips" href="#">Luật 31/VBHN-VPQH Ngày xác thực: <span>07/12/2020</span></a></li></ul></div></div>
            </div></div></div></body></html>
            """;
        var c = Read("hn.html", consolidated).Metadata!;
        Assert.Equal("31/VBHN-VPQH", c.NumberSymbol);
        Assert.Equal(
            [(PortalRelation.Consolidates, "15/2012/QH13", new DateOnly(2012, 6, 20)), (PortalRelation.Consolidates, "54/2014/QH13", new DateOnly(2014, 6, 23))],
            c.Relations.Select(x => (x.Relation, x.NumberSymbol, x.IssueDate)));
    }

    [Theory]
    [InlineData("Văn bản căn cứ", PortalRelation.Basis)]
    [InlineData("Văn bản được hướng dẫn", PortalRelation.Guides)]
    [InlineData("Văn bản hướng dẫn", PortalRelation.GuidedBy)]
    [InlineData("Văn bản HD, QĐ chi tiết (88)", PortalRelation.GuidedBy)]
    [InlineData("Văn bản được HD, QĐ chi tiết (0)", PortalRelation.Guides)]
    [InlineData("Văn bản bị sửa đổi, bổ sung", PortalRelation.Amends)]
    [InlineData("Văn bản sửa đổi, bổ sung", PortalRelation.AmendedBy)]
    [InlineData("Văn bản được bổ sung", PortalRelation.Amends)]
    [InlineData("Văn bản bị thay thế", PortalRelation.Replaces)]
    [InlineData("Văn bản thay thế", PortalRelation.ReplacedBy)]
    [InlineData("Văn bản bị hủy bỏ", PortalRelation.Repeals)]
    [InlineData("Văn bản bãi bỏ", PortalRelation.RepealedBy)]
    [InlineData("Văn bản hết hiệu lực", PortalRelation.Repeals)]
    [InlineData("Văn bản bị hết hiệu lực 1 phần", PortalRelation.Repeals)]
    [InlineData("Văn bản quy định hết hiệu lực", PortalRelation.RepealedBy)]
    [InlineData("Văn bản bị đình chỉ 1 phần", PortalRelation.Suspends)]
    [InlineData("Văn bản đình chỉ", PortalRelation.SuspendedBy)]
    [InlineData("Văn bản được hợp nhất", PortalRelation.Consolidates)]
    [InlineData("Văn bản hợp nhất", PortalRelation.ConsolidatedBy)]
    [InlineData("Văn bản dẫn chiếu", PortalRelation.References)]
    [InlineData("Văn bản được dẫn chiếu", PortalRelation.References)]
    [InlineData("Văn bản liên quan khác", PortalRelation.Related)]
    [InlineData("VB liên quan", PortalRelation.Related)]
    public void Relation_labels_map_with_direction(string label, PortalRelation expected) =>
        Assert.Equal(expected, PortalRelations.FromLabel(label));

    [Theory]
    [InlineData("Văn bản hiện thời")]
    [InlineData("Văn bản gốc")]
    [InlineData("Tải về")]
    public void Other_labels_are_not_relations(string label) => Assert.Null(PortalRelations.FromLabel(label));
}
