namespace DocCheck.Reading.Html;

/// <summary>
/// A linear scan that estimates how deeply a page nests its elements, before it is parsed: the HTML parser's work
/// grows with the square of the depth, so a page of 100,000 nested &lt;div&gt;s (1 MB) would take half a minute.
/// Tags the parser closes by itself (p, li, td…) and void elements do not count; raw-text elements are skipped.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Deepest nesting accepted; real pages stay under a few hundred.</summary>
    public const int MaxDepth = 5000;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen", "image",
        // closed implicitly by their next sibling
        "p", "li", "dt", "dd", "td", "th", "tr", "option", "optgroup", "rb", "rt", "rp", "rtc", "tbody", "thead", "tfoot",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <summary>The estimated deepest nesting of <paramref name="html"/>, stopping early past <paramref name="limit"/>.</summary>
    public static int EstimateDepth(string html, int limit = int.MaxValue)
    {
        int depth = 0, max = 0, i = 0, n = html.Length;
        while (i < n)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n) break;
            char c = html[lt + 1];
            if (c == '!')
            {
                int end = html.AsSpan(lt).StartsWith("<!--") ? html.IndexOf("-->", lt + 4, StringComparison.Ordinal) : html.IndexOf('>', lt);
                i = end < 0 ? n : end + 1;
                continue;
            }
            bool closing = c == '/';
            int s = closing ? lt + 2 : lt + 1;
            int e = s;
            while (e < n && (char.IsAsciiLetterOrDigit(html[e]) || html[e] is '-' or ':' or '_')) e++;
            if (e == s || !char.IsAsciiLetter(html[s])) { i = lt + 1; continue; }
            string name = html[s..e];
            int gt = html.IndexOf('>', e);
            if (gt < 0) break;
            i = gt + 1;
            if (closing)
            {
                if (!NotNesting.Contains(name) && depth > 0) depth--;
                continue;
            }
            if (RawText.Contains(name))
            {
                int close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? n : close;
                continue;
            }
            if (NotNesting.Contains(name) || html[gt - 1] == '/') continue;
            if (++depth > max)
            {
                max = depth;
                if (max > limit) return max;
            }
        }
        return max;
    }
}
