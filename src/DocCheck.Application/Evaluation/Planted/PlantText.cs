using System.Globalization;
using System.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>Writing planted values the way the document writes its own: same digit widths, separators and labels.</summary>
internal static class PlantText
{
    public const string Letters = "abcdđeghiklmnopqrstuvxy";
    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];

    /// <summary>
    /// Replaces the digit runs of <paramref name="text"/> in order with <paramref name="values"/> ("04/02/2016" with
    /// 4, 5, 2016 → "04/05/2016"; "ngày 7 tháng 10" keeps one digit where it had one). Null when the counts differ.
    /// </summary>
    public static string? ReplaceDigits(string text, params int[] values)
    {
        var runs = PlantPatterns.Digits().Matches(text);
        if (runs.Count != values.Length) return null;
        var sb = new StringBuilder();
        int at = 0;
        for (int i = 0; i < runs.Count; i++)
        {
            var r = runs[i];
            sb.Append(text, at, r.Index - at);
            string v = values[i].ToString(CultureInfo.InvariantCulture);
            sb.Append(v.Length < r.Length ? v.PadLeft(r.Length, '0') : v);
            at = r.Index + r.Length;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>"dd/MM/yyyy".</summary>
    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The Roman numeral for 1..20, or null.</summary>
    public static string? Roman(int n) => n >= 1 && n <= Romans.Length ? Romans[n - 1] : null;

    /// <summary>The position (1-based) of a Roman numeral 1..20, or null.</summary>
    public static int? FromRoman(string s) => Array.IndexOf(Romans, s) is int i and >= 0 ? i + 1 : null;

    /// <summary>The n-th letter of the Vietnamese alphabet as list labels use it (a b c d đ e g …), or null.</summary>
    public static string? Letter(int n) => n >= 1 && n <= Letters.Length ? Letters[n - 1].ToString() : null;

    /// <summary>An integer amount written with thousands dots ("1.752.580.000") or, when <paramref name="dots"/> is false, plain.</summary>
    public static string Amount(decimal value, bool dots) =>
        dots ? value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') : value.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>Spaces where a draft leaves a blank: none, one, or several.</summary>
    public static string Blank(Random random) => random.Next(3) switch { 0 => "", 1 => " ", _ => new string(' ', 3 + random.Next(4)) };

    /// <summary>A short quote of <paramref name="text"/> on one line.</summary>
    public static string Quote(string text, int max = 90)
    {
        string one = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return one.Length <= max ? one : one[..(max - 1)] + "…";
    }
}
