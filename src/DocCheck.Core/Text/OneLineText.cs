namespace DocCheck.Text;

/// <summary>Text for one line of output: line breaks and tabs become single spaces (quotes in messages, CSV cells, snippets).</summary>
public static class OneLineText
{
    public static string Of(string s) => string.Join(' ', s.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
