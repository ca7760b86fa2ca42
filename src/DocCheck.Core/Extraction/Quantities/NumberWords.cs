using DocCheck.Text;

namespace DocCheck.Extraction.Quantities;

/// <summary>
/// Vietnamese number words to values: "Một tỷ, bảy trăm năm mươi hai triệu, năm trăm tám mươi ngàn đồng" →
/// 1,752,580,000 (mốt, lăm, tư, linh/lẻ, mươi/mười, nghìn/ngàn, triệu, tỷ/tỉ).
/// </summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Digits = new(StringComparer.Ordinal)
    {
        ["khong"] = 0, ["mot"] = 1, ["hai"] = 2, ["ba"] = 3, ["bon"] = 4, ["tu"] = 4, ["nam"] = 5, ["lam"] = 5,
        ["sau"] = 6, ["bay"] = 7, ["tam"] = 8, ["chin"] = 9,
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["nghin"] = 1_000m, ["ngan"] = 1_000m, ["trieu"] = 1_000_000m, ["ty"] = 1_000_000_000m, ["ti"] = 1_000_000_000m,
    };

    /// <summary>Words that may stand in a number phrase.</summary>
    public static bool IsNumberWord(string word)
    {
        string f = Key(word);
        return Digits.ContainsKey(f) || Scales.ContainsKey(f) || f is "muoi" or "tram" or "linh" or "le" or "mot";
    }

    /// <summary>Parses a phrase of number words (punctuation and a trailing unit such as "đồng" are ignored).</summary>
    public static bool TryParse(string phrase, out decimal value)
    {
        value = 0;
        var words = phrase.Split([' ', ',', '(', ')', ';', '.', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => (Raw: w, Key: Key(w))).Where(w => w.Key is not ("dong" or "vnd" or "chan")).ToList();
        if (words.Count == 0) return false;

        decimal total = 0;          // completed parts above the current scale
        decimal section = 0;        // value below 1000 being read
        int? pending = null;        // a digit not yet placed (units, or a multiplier for trăm/mươi)
        bool any = false;
        decimal lastScale = decimal.MaxValue;
        decimal high = 0;           // value accumulated since the last larger scale ("hai mươi lăm nghìn tỷ")
        for (int i = 0; i < words.Count; i++)
        {
            string k = words[i].Key;
            if (Digits.TryGetValue(k, out int d))
            {
                if (pending is not null) { section += pending.Value; }
                pending = d;
                any = true;
            }
            else if (k == "muoi")
            {
                // "mười" (10, with a grave accent) and "mươi" (tens) fold to the same key.
                bool ten = words[i].Raw.Contains('ờ') || words[i].Raw.Contains('Ờ');
                if (!ten)
                {
                    section += (pending ?? 1) * 10;
                }
                else
                {
                    if (pending is not null) section += pending.Value;
                    section += 10;
                }
                pending = null;
                any = true;
            }
            else if (k == "tram")
            {
                section += (pending ?? 1) * 100;
                pending = null;
                any = true;
            }
            else if (k is "linh" or "le")
            {
                if (pending is not null) { section += pending.Value; pending = null; }
            }
            else if (Scales.TryGetValue(k, out decimal scale))
            {
                decimal part = section + (pending ?? 0);
                if (part == 0 && total == 0) part = 1; // "triệu đồng" alone reads as one million
                pending = null;
                section = 0;
                if (scale > lastScale && high > 0)
                {
                    // "hai mươi lăm nghìn tỷ": the smaller scale's value is multiplied again.
                    total -= high;
                    high = (high + part) * scale;
                    total += high;
                }
                else
                {
                    high = part * scale;
                    total += high;
                }
                lastScale = scale;
                any = true;
            }
            else return false;
        }
        value = total + section + (pending ?? 0);
        return any;
    }

    private static string Key(string w) => VietnameseLetters.Fold(w).ToLowerInvariant();
}
