namespace DocCheck.Extraction.Citations;

/// <summary>What the citing document does with the instrument, from the verb before the citation.</summary>
public enum CitationRelation
{
    /// <summary>Mentioned ("theo …", or inside another instrument's title).</summary>
    References,
    /// <summary>"Căn cứ …": legal basis.</summary>
    Basis,
    /// <summary>"thực hiện", "triển khai".</summary>
    Implements,
    /// <summary>"sửa đổi, bổ sung".</summary>
    Amends,
    /// <summary>"thay thế".</summary>
    Replaces,
    /// <summary>"bãi bỏ".</summary>
    Repeals,
    /// <summary>"… hết hiệu lực".</summary>
    Expired,
}
