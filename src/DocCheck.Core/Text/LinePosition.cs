namespace DocCheck.Text;

/// <summary>A 1-based line and column in a source text (column counts UTF-16 code units).</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
