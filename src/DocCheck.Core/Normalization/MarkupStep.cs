using DocCheck.Text;

namespace DocCheck.Normalization;

/// <summary>
/// Removes Markdown emphasis left by portal conversions ("**4/19**", "(*định kỳ*)", "*** Công chức…:**")
/// and Markdown heading marks. A free-standing "*" between spaces is kept. Table pipes are handled by
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
}
