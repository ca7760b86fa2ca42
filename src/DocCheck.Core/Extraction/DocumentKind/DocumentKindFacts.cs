using DocCheck.Extraction.Citations;
using DocCheck.Structure;

namespace DocCheck.Extraction.DocumentKind;

/// <summary>
/// What kind of document this is — a plan, a report, a legal normative text — decided once from its structure and
/// its own number, and what its header area holds. <see cref="IsReport"/> is decided when extracting (quantity roles
/// need it); the others on first read, safely from several threads.
/// </summary>
public sealed class DocumentKindFacts
{
    private readonly DocumentStructure _structure;
    private readonly string? _ownKey;
    private LazyFlag _normative, _plan;

    internal DocumentKindFacts(DocumentStructure structure, string? ownKey, HeaderOpening opening, bool isReport)
    {
        _structure = structure;
        _ownKey = ownKey;
        Opening = opening;
        IsReport = isReport;
    }

    /// <summary>What the header area holds (a number line, a full date, a law's number line).</summary>
    public HeaderOpening Opening { get; }

    /// <summary>
    /// True for a report: a part typed Báo cáo, or any part whose title speaks of results ("kết quả"). A report states
    /// results: "đạt 86,1%" there is what was achieved, not what is aimed for.
    /// </summary>
    public bool IsReport { get; }

    /// <summary>
    /// True for a legal normative text (a number with its year like 88/2024/NĐ-CP, or a Luật, Pháp lệnh, Nghị định,
    /// Thông tư, văn bản hợp nhất, or a law's number line in the header): its dates state conditions ("đất sử dụng
    /// trước ngày 01/7/2004"), not deadlines of a plan.
    /// </summary>
    public bool IsNormativeText => _normative.Get(this, static k =>
        (k._ownKey is { } key && CitationKeys.HasYear(key))
        || k._structure.Header.Type?.Code is "L" or "PL" or "NĐ" or "TT" or "VBHN" or "BL"
        || k.Opening.HasLawNumberLine);

    /// <summary>
    /// True for a plan: not a normative text nor a Báo cáo, and a Kế hoạch, Chương trình (not a meeting's programme),
    /// Đề án, Phương án or Dự án, one carried inside a decision, or a decision whose title issues one ("Về việc ban
    /// hành Kế hoạch …", "Phê duyệt Đề án …"). Only plans have a period that deadlines must fit in; a report on a
    /// plan ("Báo cáo kết quả triển khai Đề án 06 tháng 10/2025") states what was done and what comes next.
    /// </summary>
    public bool IsPlan => _plan.Get(this, static k =>
        !k.IsNormativeText
        && k._structure.Header.Type?.Code != "BC"
        && (k._structure.Parts.Any(p => p.Header.Type?.Code is "KH" or "CTr" or "ĐA" or "PA" or "DA" && !IsAgenda(p.Header))
            || (k._structure.Header.Type?.Code is null or "QĐ" or "NQ" && k._structure.Header.Title?.Text is { } t && DocumentKindPatterns.PlanTitle().IsMatch(t))));

    /// <summary>A Chương trình that is a meeting's programme ("CHƯƠNG TRÌNH / Hội nghị triển khai …"): its times are the meeting's hours.</summary>
    private static bool IsAgenda(DocumentHeader h) =>
        h.Type?.Code == "CTr" && (DocumentKindPatterns.Agenda().IsMatch(h.Title?.Text ?? "") || DocumentKindPatterns.Agenda().IsMatch(h.TypeWord?.Text ?? ""));
}
