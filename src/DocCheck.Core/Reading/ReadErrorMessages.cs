namespace DocCheck.Reading;

/// <summary>The wording of read errors.</summary>
public static class ReadErrorMessages
{
    /// <summary>The reason for <paramref name="kind"/> in "vi" (default) or "en".</summary>
    public static string Reason(ReadErrorKind kind, string lang = "vi")
    {
        bool en = lang == "en";
        return kind switch
        {
            ReadErrorKind.NotFound => en ? "file not found" : "không tìm thấy tệp",
            ReadErrorKind.AccessDenied => en ? "permission denied" : "không có quyền đọc tệp",
            ReadErrorKind.Empty => en ? "the file is empty" : "tệp rỗng",
            ReadErrorKind.Binary => en ? "not a text file (binary content)" : "không phải tệp văn bản (nội dung nhị phân)",
            ReadErrorKind.UnknownEncoding => en ? "cannot determine the text encoding (not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI)" : "không xác định được bảng mã (không phải UTF-8, UTF-16, Windows-1258, TCVN3 hay VNI)",
            ReadErrorKind.TooLarge => en ? "the file is too large" : "tệp quá lớn",
            ReadErrorKind.UnsupportedType => en ? "unsupported file type (expected .txt, .md, .html or .docx)" : "định dạng tệp không được hỗ trợ (cần .txt, .md, .html hoặc .docx)",
            ReadErrorKind.Corrupt => en ? "the file is damaged or not in the format its name says" : "tệp bị hỏng hoặc không đúng định dạng như tên tệp",
            ReadErrorKind.Encrypted => en ? "the file is encrypted or password-protected" : "tệp được mã hóa hoặc đặt mật khẩu",
            ReadErrorKind.AnalysisFailed => en ? "DocCheck could not analyze this file (please report it)" : "DocCheck không phân tích được tệp này (vui lòng báo lỗi)",
            _ => en ? "read error" : "lỗi khi đọc tệp",
        };
    }
}
