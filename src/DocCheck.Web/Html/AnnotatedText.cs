using System.Text;
using DocCheck.Rules;
using DocCheck.Text;

namespace DocCheck.Web.Html;

/// <summary>A place in a text to show: a link (a citation) or a mark (a finding, with its level, its note and an anchor).</summary>
internal sealed record Annotation(TextSpan Span, string? Href = null, RuleLevel? Level = null, string? Note = null, string? Anchor = null);

/// <summary>
/// A document's text as paragraphs, each with the source line it starts on (an anchor <c>L{line}</c>), cut at every
/// annotation boundary: pieces inside a citation are links, pieces inside findings are marks of the most serious level.
/// Every piece of text is escaped.
/// </summary>
internal static class AnnotatedText
{
    public static void Write(StringBuilder sb, string text, IReadOnlyList<Annotation> annotations, Func<int, int, int> lineOf)
    {
        var bounds = new SortedSet<int> { 0, text.Length };
        foreach (var a in annotations)
        {
            bounds.Add(Math.Clamp(a.Span.Start, 0, text.Length));
            bounds.Add(Math.Clamp(a.Span.End, 0, text.Length));
        }
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) { bounds.Add(i); bounds.Add(i + 1); }
        var sorted = annotations.Select((a, i) => (a, i)).OrderBy(x => x.a.Span.Start).ToList();
        var anchored = new HashSet<int>();
        var lineIds = new HashSet<int>();
        int paragraph = 0;
        bool open = false;
        void Open(int at)
        {
            int line = lineOf(paragraph, at);
            sb.Append("<p class=\"ln\"");
            if (lineIds.Add(line)) sb.Append(" id=\"L").Append(line).Append('"');
            sb.Append(" data-line=\"").Append(line).Append("\"><a class=\"no\" href=\"#L").Append(line).Append("\">").Append(line).Append("</a>");
            open = true;
        }
        int prev = -1;
        foreach (int b in bounds)
        {
            if (prev >= 0 && b > prev)
            {
                if (text[prev] == '\n')
                {
                    if (!open) Open(prev);
                    sb.Append("</p>\n");
                    open = false;
                    paragraph++;
                }
                else
                {
                    if (!open) Open(prev);
                    Piece(sb, text, prev, b, sorted, anchored);
                }
            }
            prev = b;
        }
        if (open) sb.Append("</p>\n");
        // Findings on an empty stretch (a missing line) still get their anchor.
        foreach (var (a, i) in sorted)
            if (a.Anchor is not null && !anchored.Contains(i)) sb.Append("<a id=\"").Append(H.A(a.Anchor)).Append("\"></a>");
    }

    private static void Piece(StringBuilder sb, string text, int from, int to, List<(Annotation a, int i)> sorted, HashSet<int> anchored)
    {
        string? href = null;
        RuleLevel? level = null;
        var notes = new List<string>();
        foreach (var (a, i) in sorted)
        {
            if (a.Span.Start > from) break;
            bool covers = a.Span.End >= to || (a.Span.Length == 0 && a.Span.Start == from);
            if (!covers) continue;
            if (a.Anchor is not null && anchored.Add(i)) sb.Append("<a id=\"").Append(H.A(a.Anchor)).Append("\"></a>");
            if (a.Href is not null) href ??= a.Href;
            if (a.Level is { } l)
            {
                level = level is { } m && m >= l ? m : l;
                if (a.Note is not null) notes.Add(a.Note);
            }
        }
        string piece = H.E(text[from..to]);
        if (href is not null) sb.Append("<a class=\"cite\" href=\"").Append(H.A(href)).Append("\">");
        if (level is { } lv)
            sb.Append("<mark class=\"").Append(DocCheck.Reporting.Lint.LintReport.LevelName(lv)).Append("\" title=\"").Append(H.A(string.Join("\n", notes))).Append("\">")
              .Append(piece).Append("</mark>");
        else sb.Append(piece);
        if (href is not null) sb.Append("</a>");
    }
}
