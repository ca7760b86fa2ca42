using System.Text;
using DocCheck.Text;

namespace DocCheck.Corpus;

/// <summary>A passage of a document with the matched words marked (spans within <see cref="Text"/>) and the source line it starts on, when known.</summary>
public sealed record Snippet(string Text, IReadOnlyList<TextSpan> Marks, int? Line)
{
    /// <summary>The passage with the matched words in [ ], for a terminal.</summary>
    public string Bracketed()
    {
        var sb = new StringBuilder(Text.Length + Marks.Count * 2);
        int at = 0;
        foreach (var m in Marks)
        {
            sb.Append(Text, at, m.Start - at).Append('[').Append(Text, m.Start, m.Length).Append(']');
            at = m.End;
        }
        return sb.Append(Text, at, Text.Length - at).ToString();
    }
}
