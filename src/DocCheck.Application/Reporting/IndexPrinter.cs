using DocCheck.Corpus;

namespace DocCheck.Application.Reporting;

/// <summary>The lines an index run and a registry import show people.</summary>
public static class IndexPrinter
{
    /// <summary>"12 tệp đã lập chỉ mục, 3 không đổi, 1 không đọc được, 0 đã bỏ; 15 văn bản trong …", and a note when the run was stopped.</summary>
    public static string Summary(IndexSummary s, string lang) => lang == "en"
        ? $"{s.Indexed} files indexed, {s.Unchanged} unchanged, {s.Failed} unreadable, {s.Pruned} dropped; {s.Documents} documents in {s.Location}"
            + (s.Cancelled ? " (stopped part way: the work done is kept; run again to go on)" : "")
        : $"{s.Indexed} tệp đã lập chỉ mục, {s.Unchanged} không đổi, {s.Failed} không đọc được, {s.Pruned} đã bỏ; {s.Documents} văn bản trong {s.Location}"
            + (s.Cancelled ? " (bị dừng giữa chừng: phần đã làm được giữ lại, chạy lại để tiếp tục)" : "");

    /// <summary>A progress line for a log: "120/2319 tệp — 118 đã lập chỉ mục, 0 không đổi, 2 lỗi".</summary>
    public static string Progress(IndexProgress p, string lang) => lang == "en"
        ? $"{p.Done}/{p.Total} files — {p.Indexed} indexed, {p.Unchanged} unchanged, {p.Failed} failed"
        : $"{p.Done}/{p.Total} tệp — {p.Indexed} đã lập chỉ mục, {p.Unchanged} không đổi, {p.Failed} lỗi";

    /// <summary>"40 văn bản đã nhập, 2 dòng bị bỏ qua".</summary>
    public static string RegistrySummary(RegistryImportResult r, string lang) => lang == "en"
        ? $"{r.Imported} instruments imported, {r.Problems.Count} rows skipped"
        : $"{r.Imported} văn bản đã nhập, {r.Problems.Count} dòng bị bỏ qua";
}
