using DocCheck.Lexicon;
using DocCheck.Text;

namespace DocCheck.Extraction.Citations;

/// <summary>Maps type words ("Nghị định", "NĐ") and type codes ("NĐ") to <see cref="InstrumentType"/>.</summary>
public static class InstrumentTypes
{
    private static readonly Dictionary<string, InstrumentType> ByFoldedWord = new(StringComparer.Ordinal)
    {
        ["bo luat"] = InstrumentType.Code, ["luat"] = InstrumentType.Law, ["phap lenh"] = InstrumentType.Ordinance,
        ["hien phap"] = InstrumentType.Constitution, ["nghi dinh"] = InstrumentType.Decree, ["nd"] = InstrumentType.Decree,
        ["nghi quyet lien tich"] = InstrumentType.JointResolution, ["nqlt"] = InstrumentType.JointResolution,
        ["nghi quyet"] = InstrumentType.Resolution, ["nq"] = InstrumentType.Resolution,
        ["quyet dinh"] = InstrumentType.Decision, ["qd"] = InstrumentType.Decision,
        ["chi thi"] = InstrumentType.Directive, ["ct"] = InstrumentType.Directive,
        ["thong tu lien tich"] = InstrumentType.JointCircular, ["ttlt"] = InstrumentType.JointCircular,
        ["thong tu lien bo"] = InstrumentType.JointCircular, ["ttlb"] = InstrumentType.JointCircular,
        ["thong tu lien nganh"] = InstrumentType.JointCircular, ["ttln"] = InstrumentType.JointCircular,
        ["thong tu"] = InstrumentType.Circular, ["tt"] = InstrumentType.Circular,
        ["ke hoach"] = InstrumentType.Plan, ["kh"] = InstrumentType.Plan,
        ["chuong trinh"] = InstrumentType.Programme, ["ctr"] = InstrumentType.Programme,
        ["ket luan"] = InstrumentType.Conclusion, ["kl"] = InstrumentType.Conclusion,
        ["huong dan"] = InstrumentType.Guidance, ["hd"] = InstrumentType.Guidance,
        ["cong van"] = InstrumentType.OfficialLetter, ["cv"] = InstrumentType.OfficialLetter, ["van ban"] = InstrumentType.OfficialLetter,
        ["cong dien"] = InstrumentType.OfficialDispatch, ["cd"] = InstrumentType.OfficialDispatch,
        ["thong bao"] = InstrumentType.Notice, ["tb"] = InstrumentType.Notice,
        ["bao cao"] = InstrumentType.Report, ["bc"] = InstrumentType.Report,
        ["to trinh"] = InstrumentType.Submission, ["ttr"] = InstrumentType.Submission,
        ["quy dinh"] = InstrumentType.Regulation, ["qyd"] = InstrumentType.Regulation,
        ["quy che"] = InstrumentType.Rules, ["qc"] = InstrumentType.Rules,
        ["de an"] = InstrumentType.Scheme, ["phuong an"] = InstrumentType.Project, ["pa"] = InstrumentType.Project,
        ["van ban hop nhat"] = InstrumentType.ConsolidatedText, ["vbhn"] = InstrumentType.ConsolidatedText,
        ["l"] = InstrumentType.Law, ["pl"] = InstrumentType.Ordinance,
    };

    /// <summary>The type a type word names, or Unknown.</summary>
    public static InstrumentType FromWord(string word)
    {
        string key = VietnameseLetters.Fold(string.Join(' ', word.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToLowerInvariant();
        return ByFoldedWord.TryGetValue(key, out var t) ? t : InstrumentType.Unknown;
    }

    /// <summary>The type a canonical type code stands for ("NĐ" → Decree), or Unknown.</summary>
    public static InstrumentType FromCode(string? code)
    {
        if (code is null) return InstrumentType.Unknown;
        if (code == "ĐA") return InstrumentType.Scheme;
        return ByFoldedWord.TryGetValue(VietnameseLetters.Fold(code).ToLowerInvariant(), out var t) ? t : InstrumentType.Unknown;
    }

    /// <summary>True when <paramref name="code"/> is a type code ("KH", "QĐ"), not an issuer code.</summary>
    public static bool IsTypeCode(string code) => VietnameseLexicon.TypesByCode.TryGetValue(code, out var t) && t.Code == code;
}
