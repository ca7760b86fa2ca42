using DocCheck.Text;

namespace DocCheck.Normalization;

/// <summary>
/// Removes Markdown emphasis left by portal conversions ("**4/19**", "(*định kỳ*)", "*** Công chức…:**")
/// and Markdown heading marks, and writes a Markdown list marker ("* item") as the bullet "•", so that the
/// reflow still sees a list item. A free-standing "*" between spaces is kept. Table pipes are handled by
/// <see cref="ReflowStep"/>, which knows lines.
/// </summary>
public sealed class MarkupStep : INormalizationStep
{
    public string Name => "markup";

    public StepResult Apply(string input)
    {
        if (input.IndexOf('*') < 0 && input.IndexOf('#') < 0) return new StepResult(input, OffsetMap.Identity(input.Length));
        var b = new OffsetMapBuilder(input.Length, input.Length);
        int i = 0;
        int n = input.Length;
        bool lineStart = true;
        while (i < n)
        {
            char c = input[i];
            if (c == '*')
            {
                int j = i;
                while (j < n && input[j] == '*') j++;
                bool spaceBefore = i == 0 || char.IsWhiteSpace(input[i - 1]);
                bool spaceAfter = j == n || char.IsWhiteSpace(input[j]);
                // A free-standing "*" and the footnote marker "(*)" are text, not emphasis.
                bool footnote = i > 0 && input[i - 1] == '(' && j < n && input[j] == ')';
                bool keep = (spaceBefore && spaceAfter && !lineStart) || footnote;
                if (keep) b.AppendCopy(input, i, j - i);
                else if (lineStart && j - i == 1 && j < n && input[j] == ' ' && ItemTextFollows(input, j) && !ClosedLater(input, j))
                {
                    // "* item": the list marker becomes the bullet the reflow and the outline know; it maps to the "*".
                    b.Append('•', i, j);
                }
                else if (lineStart && j < n && input[j] == ' ')
                {
                    j++; // "* item" / "*** Heading": drop the marker and the space after it
                }
                i = j;
                lineStart = false;
                continue;
            }
            if (c == '#' && lineStart)
            {
                int j = i;
                while (j < n && input[j] == '#') j++;
                if (j - i <= 6 && j < n && input[j] == ' ')
                {
                    i = j + 1;
                    lineStart = false;
                    continue;
                }
            }
            b.Append(c, i, i + 1);
            if (c == '\n' || c == '\r') lineStart = true;
            else if (c != ' ' && c != '\t') lineStart = false;
            i++;
        }
        var (text, map) = b.Build();
        return new StepResult(text, map);
    }

    // How far after a line-start "* " a closing star is looked for: emphasis spans a phrase, not a page.
    private const int EmphasisWindow = 500;

    // A list item has text after its marker on the same line; "* " alone or "* *" (a cell mark, an empty
    // emphasis) is not one.
    private static bool ItemTextFollows(string input, int from)
    {
        for (int k = from; k < input.Length && input[k] is not ('\n' or '\r'); k++)
            if (input[k] != '*' && !char.IsWhiteSpace(input[k])) return true;
        return false;
    }

    // Portal pages write an italic line with a space after its opening star: "* (Ban hành kèm theo …)*",
    // "* Đơn vị tính:……*". The star then opens emphasis: a closing star that nothing after it opened follows
    // in its paragraph ("* **Lễ viếng:**" is balanced, so a list item).
    private static bool ClosedLater(string input, int from)
    {
        int opening = 0, closing = 0;
        int end = Math.Min(input.Length, from + EmphasisWindow);
        for (int k = from; k < end; k++)
        {
            char c = input[k];
            if (c == '\n' && BlankLineAt(input, k + 1)) break;
            if (c != '*') continue;
            int r = k;
            while (r < input.Length && input[r] == '*') r++;
            bool spaceBefore = char.IsWhiteSpace(input[k - 1]);
            bool spaceAfter = r == input.Length || char.IsWhiteSpace(input[r]);
            bool punctBefore = char.IsPunctuation(input[k - 1]);
            bool punctAfter = r < input.Length && char.IsPunctuation(input[r]);
            bool opens = !spaceAfter && (spaceBefore || punctBefore);
            bool closes = !spaceBefore && (spaceAfter || punctAfter);
            if (opens && !closes) opening += r - k;
            else if (closes && !opens) closing += r - k;
            if (closing > opening) return true;
            k = r - 1;
        }
        return false;
    }

    private static bool BlankLineAt(string input, int k)
    {
        while (k < input.Length && input[k] is ' ' or '\t' or '\r') k++;
        return k == input.Length || input[k] == '\n';
    }
}
