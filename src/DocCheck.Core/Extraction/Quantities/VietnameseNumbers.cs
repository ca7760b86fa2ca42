using System.Globalization;

namespace DocCheck.Extraction.Quantities;

/// <summary>
/// Reads numbers as Vietnamese documents write them: decimal comma ("5,19"), thousands dots ("1.752.580.000"),
/// and the dot decimals that occur too ("8.5/9", "0/1.5"): a dot followed by groups of exactly three digits is a
/// thousands separator, any other dot is a decimal point.
/// </summary>
public static class VietnameseNumbers
{
    /// <summary>Parses digits with "." and "," as a Vietnamese number; false when the text is not one.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        text = text.Trim();
        if (text.IsEmpty || !char.IsDigit(text[0]) || !char.IsDigit(text[^1])) return false;
        int commas = text.Count(','), dots = text.Count('.');
        string normalized;
        if (commas == 0 && dots == 0) normalized = text.ToString();
        else if (commas == 0)
        {
            // "1.752.580.000" / "1.500" are thousands; "8.5", "0.25", "4.75" are decimals.
            normalized = IsThousandsGrouped(text, '.') ? text.ToString().Replace(".", "") : (dots == 1 ? text.ToString() : "");
        }
        else if (dots == 0)
        {
            // "5,19" decimal; "1,752,580" (several comma groups of three) is an English-style thousands grouping.
            normalized = commas > 1 && IsThousandsGrouped(text, ',') ? text.ToString().Replace(",", "") : (commas == 1 ? text.ToString().Replace(',', '.') : "");
        }
        else
        {
            // "1.752,5": thousands dots and a decimal comma.
            int comma = text.IndexOf(',');
            if (text.LastIndexOf(',') != comma || text[(comma + 1)..].Contains('.') || !IsThousandsGrouped(text[..comma], '.')) return false;
            normalized = text[..comma].ToString().Replace(".", "") + "." + text[(comma + 1)..].ToString();
        }
        if (normalized.Length == 0) return false;
        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsThousandsGrouped(ReadOnlySpan<char> text, char sep)
    {
        int first = text.IndexOf(sep);
        if (first < 1 || first > 3) return false;
        int run = 0;
        for (int i = first + 1; i < text.Length; i++)
        {
            if (text[i] == sep) { if (run != 3) return false; run = 0; }
            else if (char.IsDigit(text[i])) run++;
            else return false;
        }
        return run == 3;
    }

    /// <summary>Formats a value the Vietnamese way: thousands dots, decimal comma ("1.752.580.000", "8,5").</summary>
    public static string Format(decimal value)
    {
        var nfi = new NumberFormatInfo { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NumberGroupSizes = [3] };
        return value == decimal.Truncate(value) ? value.ToString("#,0", nfi) : value.ToString("#,0.###", nfi);
    }
}
