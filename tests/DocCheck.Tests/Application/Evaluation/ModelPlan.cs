namespace DocCheck.Tests.Application.Evaluation;

/// <summary>
/// A small plan written for these tests (no real document's text): a full header, a preamble with dated citations, a
/// "Mục tiêu" section with shares, a score and a rank, task lists with a time line, a budget table that adds up, and a
/// signature — a place for every kind of planted defect, and nothing DocCheck reports before planting.
/// </summary>
internal static class ModelPlan
{
    public const string Text = """
        ỦY BAN NHÂN DÂN
        XÃ TÂN LẬP
        -------
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ---------------
        Số: 26/KH-UBND
        Tân Lập, ngày 15 tháng 01 năm 2024

        KẾ HOẠCH
        Cải cách hành chính năm 2024

        Căn cứ Quyết định số 1291/QĐ-UBND ngày 07/10/2023 của Ủy ban nhân dân huyện về ban hành Kế hoạch cải cách hành chính giai đoạn 2021-2025;
        Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân huyện về cải cách hành chính năm 2024;
        Ủy ban nhân dân xã ban hành Kế hoạch cải cách hành chính năm 2024 như sau:

        I. MỤC TIÊU
        1. Phấn đấu 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn.
        2. Phấn đấu đạt 95% người dân hài lòng với dịch vụ hành chính công của xã.
        3. Chỉ số cải cách hành chính của xã đạt 7/8,5 điểm, xếp hạng 5/20 xã, thị trấn của huyện.

        II. NHIỆM VỤ
        1. Cải cách thể chế
        a) Rà soát các văn bản do Ủy ban nhân dân xã ban hành, đề xuất sửa đổi những quy định không còn phù hợp.
        b) Tổ chức phổ biến các văn bản quy phạm pháp luật mới cho cán bộ, công chức của xã.
        c) Kiểm tra việc thực hiện Kế hoạch số 12/KH-UBND tại các thôn, bảo đảm hoàn thành đúng tiến độ.
        2. Cải cách thủ tục hành chính
        a) Công khai đầy đủ các thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả của xã.
        b) Tiếp nhận và giải quyết hồ sơ trực tuyến, bảo đảm đúng quy trình đã được phê duyệt.
        - Thời gian thực hiện: trong năm 2024.
        3. Cải cách tổ chức bộ máy
        a) Rà soát chức năng, nhiệm vụ của các bộ phận chuyên môn thuộc Ủy ban nhân dân xã.
        b) Bố trí công chức theo đúng vị trí việc làm được cấp có thẩm quyền phê duyệt.

        III. KINH PHÍ
        | STT | Nội dung | Kinh phí (đồng) |
        |---|---|---|
        | 1 | Tập huấn nghiệp vụ cải cách hành chính | 15.000.000 |
        | 2 | Kiểm tra công tác cải cách hành chính | 10.000.000 |
        | 3 | Tuyên truyền cải cách hành chính | 5.000.000 |
        | Tổng cộng | | 30.000.000 |

        IV. TỔ CHỨC THỰC HIỆN
        1. Công chức Văn phòng - Thống kê chủ trì, theo dõi và báo cáo kết quả thực hiện Kế hoạch này.
        2. Các bộ phận chuyên môn căn cứ nhiệm vụ được giao tổ chức thực hiện các nội dung của Kế hoạch.

        Nơi nhận:
        - UBND huyện;
        - Lưu: VT.
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Nguyễn Văn An

        """;
}
