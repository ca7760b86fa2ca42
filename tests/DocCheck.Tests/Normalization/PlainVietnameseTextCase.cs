namespace DocCheck.Tests.Normalization;

/// <summary>A <see cref="VietnameseTextCase"/> whose text contains no markup characters.</summary>
public sealed record PlainVietnameseTextCase(VietnameseTextCase Case)
{
    public override string ToString() => Case.ToString();
}
