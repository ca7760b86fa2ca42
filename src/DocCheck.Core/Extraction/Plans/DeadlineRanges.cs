using DocCheck.Text;

namespace DocCheck.Extraction.Plans;

/// <summary>Whether a deadline's date is one end of a range, read from the words right around it.</summary>
internal static class DeadlineRanges
{
    private const int RangeWindow = 12;

    /// <summary>One end of "từ tháng 12/2020 đến tháng 3/2021" or "12/2020 - 3/2021": the end after "đến", "tới" or a dash,
    /// or the start before one. "Từ 01/7/2025" alone starts something still running and is no range's end.</summary>
    public static bool EndOfRange(string text, TextSpan span)
    {
        int from = Math.Max(0, span.Start - RangeWindow);
        string before = text[from..span.Start];
        string after = text.Substring(span.End, Math.Min(RangeWindow, text.Length - span.End));
        return DeadlinePatterns.RangeWordBefore().IsMatch(before) && (before.Contains("đến", StringComparison.OrdinalIgnoreCase) || before.Contains("tới", StringComparison.OrdinalIgnoreCase) || RangeDash(text, span.Start))
            || DeadlinePatterns.RangeWordAfter().IsMatch(after);
    }

    /// <summary>A dash right before the date that joins two times ("12/2020 - 3/2021"), not the bullet of an item ("- Tháng 3/2019: …").</summary>
    private static bool RangeDash(string text, int at)
    {
        int i = at - 1;
        while (i >= 0 && text[i] == ' ') i--;
        if (i < 0 || text[i] is not ('-' or '–')) return false;
        i--;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && text[i] != '\n';
    }
}
