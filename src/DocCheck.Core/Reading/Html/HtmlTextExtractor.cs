using System.Text;
using AngleSharp.Dom;

namespace DocCheck.Reading.Html;

/// <summary>
/// Turns an element's subtree into text in the reader convention (see <see cref="ExtractedTextBuilder"/>): block
/// elements end paragraphs, &lt;br&gt; breaks a line inside one, the outermost tables become "||" rows and "|"
/// cells (a colspan cell is written once, the rows a rowspan cell covers get an empty cell), nested tables are
/// flattened into their cell. Scripts, styles, embedded frames, form controls, hidden elements and whatever
/// <c>skip</c> says are dropped. The walk is iterative, so deeply nested pages cannot overflow the stack.
/// </summary>
internal sealed class HtmlTextExtractor
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "svg",
        "math", "canvas", "audio", "video", "picture", "img", "map", "select", "option", "optgroup", "datalist", "button",
        "input", "textarea", "head", "title", "meta", "link", "base", "param", "source", "track", "dialog",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "section",
        "article", "main", "aside", "header", "footer", "nav", "address", "figure", "figcaption", "center", "pre",
        "fieldset", "legend", "form", "details", "summary", "caption", "body", "html", "hr", "menu", "dir", "listing",
        "xmp", "plaintext", "hgroup", "search", "tr", "td", "th", "table", "thead", "tbody", "tfoot",
    };

    private readonly Func<IElement, bool> _skip;
    private readonly ExtractedTextBuilder _out = new();
    private readonly StringBuilder _para = new();
    private bool _pendingSpace;
    private int _preDepth;

    private HtmlTextExtractor(Func<IElement, bool> skip) => _skip = skip;

    /// <summary>The text of <paramref name="root"/>; <paramref name="skip"/> drops elements (with their subtrees).</summary>
    public static string Extract(IElement root, Func<IElement, bool>? skip = null)
    {
        var x = new HtmlTextExtractor(skip ?? (_ => false));
        x.Run(root);
        return x._out.ToString();
    }

    // Work items: enter a node, leave an element, or a table action.
    private enum Op { Enter, Leave, RowStart, CellStart, CellEnd, EmptyCell, TableEnd }

    private readonly record struct Work(Op Op, INode? Node);

    private void Run(IElement root)
    {
        var stack = new Stack<Work>();
        stack.Push(new Work(Op.Enter, root));
        int tableDepth = 0; // outermost tables only get row and cell marks
        var tableStack = new Stack<IElement>();
        while (stack.Count > 0)
        {
            var w = stack.Pop();
            switch (w.Op)
            {
                case Op.RowStart: Flush(); _out.RowStart(); continue;
                case Op.CellStart: Flush(); _out.CellStart(); continue;
                case Op.CellEnd: Flush(); _out.CellEnd(); continue;
                case Op.EmptyCell: Flush(); _out.EmptyCell(); continue;
                case Op.TableEnd: Flush(); _out.TableEnd(); tableDepth--; continue;
                case Op.Leave:
                    var left = (IElement)w.Node!;
                    if (left.LocalName is "pre" or "listing" or "xmp" or "plaintext") _preDepth--;
                    if (IsBlock(left)) Flush();
                    continue;
            }

            var node = w.Node!;
            if (node is IText text)
            {
                AppendText(text.Data);
                continue;
            }
            if (node is not IElement el) continue;
            string name = el.LocalName;
            if (Dropped.Contains(name) || IsHidden(el) || (el != root && _skip(el))) continue;
            if (name == "br") { _para.Append('\n'); _pendingSpace = false; continue; }
            if (name == "hr") { Flush(); continue; }

            if (name == "table" && tableDepth == 0 && !_out.InCell)
            {
                Flush();
                tableDepth++;
                PushTable(el, stack);
                continue;
            }

            if (IsBlock(el)) Flush();
            if (name is "pre" or "listing" or "xmp" or "plaintext") _preDepth++;
            stack.Push(new Work(Op.Leave, el));
            for (var c = el.LastChild; c is not null; c = c.PreviousSibling) stack.Push(new Work(Op.Enter, c));
        }
        Flush();
    }

    /// <summary>Pushes the work for one outermost table: its caption, then rows of cells with rowspans filled in.</summary>
    private void PushTable(IElement table, Stack<Work> stack)
    {
        var items = new List<Work>();
        foreach (var child in table.Children)
        {
            if (child.LocalName == "caption" && !IsHidden(child)) items.Add(new Work(Op.Enter, child));
        }
        // Columns covered by a rowspan cell of a row above: column -> (rows still covered, columns it spans).
        var covered = new SortedDictionary<int, (int Rows, int Span)>();
        foreach (var row in Rows(table))
        {
            // Rows without cells (spacer rows of layout tables) write nothing.
            if (!row.Children.Any(c => c.LocalName is "td" or "th")) continue;
            items.Add(new Work(Op.RowStart, null));
            var fresh = new List<(int Col, int Rows, int Span)>();
            int col = 0;
            foreach (var cell in row.Children)
            {
                if (cell.LocalName is not ("td" or "th")) continue;
                while (covered.TryGetValue(col, out var c))
                {
                    items.Add(new Work(Op.EmptyCell, null));
                    col += c.Span;
                }
                int colspan = Span(cell, "colspan", 1000);
                int rowspan = Span(cell, "rowspan", 65534);
                if (IsHidden(cell) || _skip(cell))
                {
                    items.Add(new Work(Op.EmptyCell, null));
                }
                else
                {
                    items.Add(new Work(Op.CellStart, null));
                    items.Add(new Work(Op.Enter, cell));
                    items.Add(new Work(Op.CellEnd, null));
                }
                if (rowspan > 1) fresh.Add((col, rowspan - 1, colspan));
                col += colspan;
            }
            // Covered columns right of the last cell still get their empty cells, so columns stay aligned.
            foreach (var (k, _) in covered)
                if (k >= col) items.Add(new Work(Op.EmptyCell, null));
            foreach (int k in covered.Keys.ToList())
            {
                var (rows, span) = covered[k];
                if (rows <= 1) covered.Remove(k); else covered[k] = (rows - 1, span);
            }
            foreach (var (c, rows, span) in fresh) covered[c] = (rows, span);
        }
        items.Add(new Work(Op.TableEnd, null));
        for (int i = items.Count - 1; i >= 0; i--) stack.Push(items[i]);
    }

    private static IEnumerable<IElement> Rows(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr") yield return child;
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
                foreach (var r in child.Children) if (r.LocalName == "tr") yield return r;
        }
    }

    private static int Span(IElement cell, string attr, int max)
    {
        string? v = cell.GetAttribute(attr);
        if (v is null) return 1;
        int n = 0, i = 0;
        v = v.Trim();
        while (i < v.Length && char.IsAsciiDigit(v[i]) && n <= max) n = n * 10 + (v[i++] - '0');
        return Math.Clamp(n, 1, max);
    }

    private void AppendText(string data)
    {
        foreach (char c in data)
        {
            if (_preDepth > 0 && c == '\n') { _para.Append('\n'); _pendingSpace = false; continue; }
            if (char.IsWhiteSpace(c) || c == '\u00AD')
            {
                if (c != '\u00AD') _pendingSpace = _para.Length > 0 && _para[^1] != '\n';
                continue;
            }
            if (_pendingSpace) _para.Append(' ');
            _pendingSpace = false;
            _para.Append(c);
        }
    }

    private void Flush()
    {
        if (_para.Length > 0) _out.Paragraph(_para.ToString());
        _para.Clear();
        _pendingSpace = false;
    }

    /// <summary>Characters other than whitespace in the text that would be read under <paramref name="el"/>.</summary>
    internal static int VisibleLength(IElement el)
    {
        int n = 0;
        var stack = new Stack<INode>();
        stack.Push(el);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText t)
            {
                foreach (char c in t.Data) if (!char.IsWhiteSpace(c)) n++;
                continue;
            }
            if (node is IElement e && (Dropped.Contains(e.LocalName) || IsHidden(e))) continue;
            for (var c = node.FirstChild; c is not null; c = c.NextSibling) stack.Push(c);
        }
        return n;
    }

    private static bool IsBlock(IElement el) => Blocks.Contains(el.LocalName);

    /// <summary>Not rendered: the hidden attribute, aria-hidden, or an inline display:none / visibility:hidden.</summary>
    internal static bool IsHidden(IElement el)
    {
        if (el.HasAttribute("hidden")) return true;
        string? style = el.GetAttribute("style");
        if (style is null || style.Length > 2000) return false;
        string s = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return s.Contains("display:none", StringComparison.Ordinal) || s.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
