namespace DocCheck.Extraction.Citations;

/// <summary>The numbering form of a cited instrument (DOMAIN.md, "Numbers and symbols of instruments").</summary>
public enum CitationKind
{
    /// <summary>number/year/TYPE-ISSUER: 61/2018/NĐ-CP.</summary>
    Normative,
    /// <summary>Joint normative: 14/2014/TTLT-BTC-BTP.</summary>
    Joint,
    /// <summary>number/year/QH+term: 47/2019/QH14.</summary>
    NationalAssembly,
    /// <summary>number/TYPE-UBTVQH+term: 1654/NQ-UBTVQH15.</summary>
    StandingCommittee,
    /// <summary>number/TYPE-ISSUER without year: 225/QĐ-TTg.</summary>
    Administrative,
    /// <summary>number/ISSUER-UNIT (công văn): 725/BNV-CCHC.</summary>
    OfficialLetter,
    /// <summary>number-TYPE/ISSUER: 18-NQ/TW.</summary>
    Party,
    /// <summary>A law or code named without a number: "Luật Tổ chức chính quyền địa phương".</summary>
    NamedLaw,
    /// <summary>A standard: "TCVN ISO 9001:2008".</summary>
    Standard,
}
