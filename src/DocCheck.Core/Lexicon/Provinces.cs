using System.Text.RegularExpressions;
using DocCheck.Text;

namespace DocCheck.Lexicon;

/// <summary>The province (or centrally run city) an issuing body belongs to, from Resources/provinces.txt.</summary>
public static partial class Provinces
{
    private sealed record Entry(string Name, string[] Keys);

    // Longest folded name first: "thua thien hue" before "hue".
    private static readonly Entry[] Entries = VietnameseLexicon.ReadLines("provinces.txt").Select(line =>
    {
        var parts = line.Split('\t');
        string folded = Spaces().Replace(VietnameseFold.Fold(parts[0].Replace(" - ", " ", StringComparison.Ordinal)), " ");
        string[] keys = parts.Length > 1 && parts[1] == "city"
            ? ["thanh pho " + folded, "tp " + folded, "tp. " + folded]
            : ["tinh " + folded];
        return new Entry(parts[0], keys);
    }).OrderByDescending(e => e.Keys[0].Length).ToArray();

    /// <summary>All names, as written in the list.</summary>
    public static IReadOnlyList<string> Names { get; } = Entries.Select(e => e.Name).Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"[\s\-–]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Spaces();

    /// <summary>The province named in <paramref name="issuer"/> ("ỦY BAN NHÂN DÂN TỈNH KON TUM" → "Kon Tum"), or null.</summary>
    public static string? Of(string? issuer)
    {
        if (string.IsNullOrWhiteSpace(issuer)) return null;
        string folded = " " + Spaces().Replace(VietnameseFold.Fold(issuer), " ") + " ";
        foreach (var e in Entries)
            foreach (string key in e.Keys)
            {
                int at = folded.IndexOf(" " + key, StringComparison.Ordinal);
                // A whole name: "tinh ha nam" is not the start of "tinh ha nam dinh" (there is none, but "hue" in "thua thien hue").
                if (at >= 0 && !char.IsLetter(folded[at + key.Length + 1])) return e.Name;
            }
        return null;
    }
}
