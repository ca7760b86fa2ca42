using System.Text;

namespace DocCheck.Tests.Normalization;

/// <summary>
/// A generated source text (a list of tokens, so a failing case shrinks by dropping tokens) and the
/// random numbers that pick spans of its normalized form.
/// </summary>
public sealed record VietnameseTextCase(string[] Tokens, int[] Picks)
{
    public string Source => string.Concat(Tokens);

    /// <summary>The source with invisible and control characters escaped, for failure messages.</summary>
    public override string ToString() => $"\"{Escape(Source)}\" picks=[{string.Join(",", Picks)}]";

    public static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c < ' ' || c is '\u00A0' or '\u00AD' or '\u202F' or '\uFEFF' || (c >= '\u0300' && c <= '\u036F') || (c >= '\u2000' && c <= '\u200F'))
                sb.Append($"\\u{(int)c:X4}");
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
