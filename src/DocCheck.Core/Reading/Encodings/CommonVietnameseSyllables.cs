using System.Collections.Frozen;
using System.Text;

namespace DocCheck.Reading.Encodings;

/// <summary>Frequent Vietnamese syllables, general and administrative, used to weight encoding guesses.</summary>
/// <remarks>
/// A hand-made list of a few hundred syllables: very frequent function words plus the vocabulary of official
/// documents (headers, bases for decisions, recipients). A wrong decoding can produce a well-formed but odd syllable;
/// it rarely produces many of these. Both tone placements in oa/oe/uy ("hòa"/"hoà") are listed.
/// </remarks>
internal static class CommonVietnameseSyllables
{
    private const string Words = """
        của và các có là được trong cho không người những với một đã để này theo năm ngày tháng số về
        đến khi từ tại trên ra ở công nhà nước tỉnh huyện xã phường quận thị trấn thành phố ủy uỷ ban nhân
        dân hội đồng chủ tịch phó thường trực văn phòng sở ngành bộ trưởng thứ cục vụ viện tổng giám đốc
        chánh chi trung ương quốc gia nghị quyết định chỉ thông tư điện báo cáo tờ trình kế hoạch hướng dẫn
        giấy mời biên bản hợp ký hiệu nơi nhận lưu như kính gửi căn cứ luật tổ chức chính quyền địa
        xét đề quy điều khoản mục chương phần lực thi hành kể cơ quan đơn vị cá liên chịu trách nhiệm
        việc thực triển khai quản lý kinh tế xây dựng tài sách kho bạc thuế đất đai môi trường giáo
        dục đào tạo y văn hóa hoá thể thao du lịch nông nghiệp lao động thương binh an quân sự ninh
        phòng pháp nội ngoại giao khoa học nghệ tin truyền vận tải dung yêu cầu nhiệm giải tiêu tình hình
        kết quả đánh giá chỉ đạo phối kiểm tra giám sát thanh xử vi phạm cán chức viên đảng bí thư
        mặt trận đoàn niên phụ nữ cựu chiến cộng hòa hoà nghĩa việt nam độc lập tự do hạnh phúc
        tôi bạn chúng ta họ anh chị em ông bà cô chú bác con cháu mình nào gì sao đâu bao nhiêu lúc
        đó đây kia ấy vẫn còn đang sẽ vừa mới rồi cũng đều rất lắm quá hơn nhất nhiều ít mọi mỗi từng
        cả tất hết nên phải cần muốn biết thấy làm đi lại nói hỏi trả lời viết đọc nghe xem dạy sống
        thương mua bán ăn uống vào lên xuống qua sang trước sau ngoài giữa dưới bên cạnh gần xa cao
        thấp lớn nhỏ dài ngắn cũ tốt đẹp đúng sai khó dễ nhanh chậm đầu cuối giờ phút tuần buổi sáng
        chiều tối đêm hôm nay mai hai ba bốn sáu bảy tám chín mười trăm nghìn ngàn triệu tỷ tỉ lần
        hoặc nhưng mà vì nếu thì bằng tới cùng hay vậy thế do bởi vấn quá hệ thống tiếp tục đảm bảo
        tăng cường nâng chất lượng hiệu quả hoạt sản xuất dịch doanh hộ gia đình đồng dân cư thôn đô
        hạ tầng giao thủy thuỷ lợi điện sạch học bệnh trạm chợ đường tiền phí thu chi vốn giá thị
        trường ngân hàng cấp giấy phép đăng hồ sơ thủ tục tiếp nhận trả kết hạn thời gian chậm nhất
        ngay sau khi đồng thời thay thế bãi bỏ sửa đổi bổ sung ban hành kèm trên đây dưới đây như sau
        tổ chức cá nhân các cơ quan đơn vị có liên quan chịu trách nhiệm thi hành quyết định này
        đề nghị xem xét giải quyết trình ký nhận được đã được kiến ý kiến trao đổi thống nhất
        chương trình kế hoạch năm học tháng quý nhiệm kỳ khóa khoá đại biểu họp phiên bầu cử
        người dân lao động học sinh sinh viên giáo viên cán bộ công chức viên chức chiến sĩ
        tốt nghiệp đào tạo bồi dưỡng tuyển dụng sử dụng bổ nhiệm miễn nhiệm khen thưởng kỷ luật
        trách nhiệm quyền lợi nghĩa vụ an toàn vệ sinh phòng chống dịch bệnh thiên tai bão lũ
        rừng biển đảo sông núi miền bắc trung nam tây đông khu vực vùng địa bàn toàn quốc
        """;

    private static readonly FrozenSet<string> Set = Build();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Number of distinct syllables in the list.</summary>
    public static int Count => Set.Count;

    /// <summary>The syllables, lowercase NFC (for tests).</summary>
    internal static IEnumerable<string> All => Set;

    /// <summary>True if the lowercase NFC syllable is in the list.</summary>
    public static bool Contains(ReadOnlySpan<char> lowerSyllable) => SpanLookup.Contains(lowerSyllable);

    private static FrozenSet<string> Build()
    {
        string[] words = Words.Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
