using System.Text.RegularExpressions;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Structure;

/// <summary>Reads the header's place and date ("Kon Tum, ngày 28 tháng 02 năm 2018") from one block.</summary>
internal static class PlaceDateParser
{
    /// <summary>How far into a block a place-date may reach.</summary>
    public const int Window = 400;

    /// <summary>The place-date that starts within 3 characters of <paramref name="offsetInBlock"/> in block <paramref name="b"/>, or null.</summary>
    public static PlaceDate? Parse(NormalizedText doc, Block b, int offsetInBlock)
    {
        string t = doc.TextOf(b);
        if (offsetInBlock >= t.Length) return null;
        // In the header the date stands alone in its block (or after the number), not in a sentence: it must start
        // within 3 characters of the offset. So the regex is tried anchored at those 4 positions only, in order (the
        // first that matches is the leftmost match), not at all 400 of the window: that unanchored scan, with its lazy
        // place name, was a tenth of all analysis time. The window still bounds the match, as before.
        int windowEnd = offsetInBlock + Math.Min(t.Length - offsetInBlock, Window);
        Match m = Match.Empty;
        for (int at = offsetInBlock; at <= offsetInBlock + 3 && at < windowEnd; at++)
        {
            m = HeaderPatterns.PlaceDateAt().Match(t, at, windowEnd - at);
            if (m.Success) break;
        }
        if (!m.Success) return null;
        static int? Num(Group g) => g.Success ? int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        TextSpan? Span(string group) => m.Groups[group] is { Success: true } g ? new TextSpan(b.Span.Start + g.Index, g.Length) : null;
        string? place = m.Groups["place"].Success ? m.Groups["place"].Value.Trim() : null;
        var date = new PartialDate(Num(m.Groups["d"]), Num(m.Groups["m"]), Num(m.Groups["y"]));
        return new PlaceDate(new TextField(m.Value, new TextSpan(b.Span.Start + m.Index, m.Length)), place, date,
            new PlaceDatePart(Span("dw"), Span("d")), new PlaceDatePart(Span("mw"), Span("m")), new PlaceDatePart(Span("yw"), Span("y")));
    }

    // "ngày" is looked for first, as most blocks have none and the full pattern tries a lazy place name at every letter.
    /// <summary>True when a place-date occurs anywhere in <paramref name="window"/>.</summary>
    public static bool Occurs(ReadOnlySpan<char> window) =>
        HeaderPatterns.DateWord().IsMatch(window) && HeaderPatterns.PlaceDate().IsMatch(window);
}
