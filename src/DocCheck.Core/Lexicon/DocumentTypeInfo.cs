namespace DocCheck.Lexicon;

/// <summary>A document type: its code in symbols ("KH"), its name ("Kế hoạch") and its kind.</summary>
public sealed record DocumentTypeInfo(string Code, string Name, string Kind)
{
    /// <summary>The name in capitals as it stands in a header ("KẾ HOẠCH").</summary>
    public string UpperName { get; } = Name.ToUpperInvariant();
}
