using System.Globalization;
using System.Text.RegularExpressions;
using DocCheck.Extraction.Dates;
using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Extraction.Citations;

/// <summary>
/// An instrument named by its type and symbol with the number left blank: "Tờ trình số /TTr-SNV ngày tháng 3 năm
/// 2025" in a draft, "Căn cứ Quyết định số …/2025/QĐ-UBND ngày __ __/_/2025" in a form. It names a real instrument
/// whose number nobody wrote, so it identifies nothing: never a <see cref="Citation"/> (it has no key, and two blank
/// Tờ trình of one Sở are not one instrument), but a place a reviewer must fill.
/// </summary>
/// <param name="Span">From the type word to the end of the date (or of the symbol).</param>
/// <param name="TypeWord">"Tờ trình", "Quyết định" … as written, spaces made single.</param>
/// <param name="NumberSpan">The blank and the symbol as written ("/TTr-SNV", "…/2025/QĐ-UBND").</param>
/// <param name="Symbol">The symbol without its year, spaces around hyphens removed ("TTr-SNV", "QĐ-UBND").</param>
/// <param name="Year">The year written in the symbol ("…/2025/QĐ-UBND"), if any.</param>
/// <param name="DateSpan">"ngày …" when written right after the symbol.</param>
/// <param name="Date">That date when complete and valid.</param>
public sealed record BlankCitation(TextSpan Span, string TypeWord, TextSpan NumberSpan, string Symbol, int? Year, TextSpan? DateSpan, DateOnly? Date)
{
    /// <summary>The date is written in full but no calendar has it: not blank.</summary>
    public bool DateMalformed { get; init; }
    public bool DateBlank => DateSpan is not null && Date is null && !DateMalformed;
    /// <summary>It lies in this document's own attachment line ("(Kèm theo Báo cáo số /BC-UBND …)" of Báo cáo
    /// /BC-UBND, or any attachment line of a part with no number of its own): the document's own number, not a
    /// citation of another instrument (as <see cref="Citation.IsSelf"/>).</summary>
    public bool IsOwnAttachment { get; init; }
}

/// <summary>Finds every <see cref="BlankCitation"/>; stateless, linear-time, gated on "số" followed by a blank and "/".</summary>
public static partial class BlankCitationFinder
{
    // The blank is nothing, spaces, dots, ellipses, underscores or asterisks (Markdown bold around a blank) — never a
    // digit; the symbol starts with a capital ("/TTr-SNV"), so "số / năm" is not one. A year may come first
    // ("…/2025/QĐ-UBND").
    private const string BlankPattern = @"\b(?<tw>quyết\s+định|nghị\s+quyết|nghị\s+định|thông\s+tư|kế\s+hoạch|chỉ\s+thị|tờ\s+trình|công\s+văn|công\s+điện|văn\s+bản|thông\s+báo|báo\s+cáo|hướng\s+dẫn|chương\s+trình|đề\s+án|kết\s+luận|giấy\s+mời)\s+số\s*:?(?<blank>[ \t\r\n.…_*]{0,16})/[ \t]*(?:(?<year>(?:19|20)\d\d)[ \t]*/[ \t]*)?(?<sym>\p{Lu}[\p{L}\d]*(?:[ \t]*-[ \t]*[\p{L}\d&][\p{L}\d&]*){0,4})(?![\p{L}\d])(?:[\s,]+(?<dw>ngày)(?<date>[^();\n]{0,40}?))?(?=\s+(?:của|về|do|đã|được|và)\b|\s*[)(;,.:]|\s*$)";

    [GeneratedRegex(BlankPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    internal static partial Regex Pattern();

    /// <summary><see cref="Pattern"/> anchored where the search starts (<c>\G</c>), tried only at <see cref="Starts"/>.</summary>
    [GeneratedRegex(@"\G(?:" + BlankPattern + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    internal static partial Regex PatternAt();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Spaces();

    /// <summary>
    /// Whether some "/" has "số" before it with only blanks, spaces or a colon between: what every match of
    /// <see cref="Pattern"/> holds. Most documents have none (their numbers have digits there), and the pattern itself,
    /// which starts with a dozen type words, was tried at every letter that starts one.
    /// </summary>
    private static bool SoThenBlankSlash(string s)
    {
        for (int slash = s.IndexOf('/'); slash >= 0; slash = s.IndexOf('/', slash + 1))
        {
            int k = slash - 1, floor = Math.Max(0, slash - 64);
            while (k >= floor && (s[k] is '.' or '…' or '_' or '*' or ':' || char.IsWhiteSpace(s[k]))) k--;
            if (k < floor && floor > 0) return true; // a long run of blanks: let the pattern decide
            if (k >= 1 && s[k] is 'ố' or 'Ố' && s[k - 1] is 's' or 'S') return true;
        }
        return false;
    }

    /// <summary>
    /// Where a match can start, ascending: for each "/" with "số" before it and only blanks, white space or a colon
    /// between, the start of the second word before that "số" (every type word is two words, then white space, then
    /// "số"). Each match of <see cref="Pattern"/> starts at one: its type word starts at a word boundary and its words
    /// are letters, so walking back over white space and letters from its "số" lands on its start. The walks of two
    /// slashes never overlap (none crosses a "/"), so finding them all is linear.
    /// </summary>
    internal static List<int> Starts(string s)
    {
        var starts = new List<int>();
        for (int slash = s.IndexOf('/'); slash >= 0; slash = s.IndexOf('/', slash + 1))
        {
            int k = slash - 1;
            while (k >= 0 && (s[k] is '.' or '…' or '_' or '*' or ':' || char.IsWhiteSpace(s[k]))) k--;
            // "số" in any case ('ſ' is an s to a case-insensitive pattern).
            if (k < 1 || s[k] is not ('ố' or 'Ố') || s[k - 1] is not ('s' or 'S' or 'ſ')) continue;
            k -= 2;
            int p = k + 1;
            for (int word = 0; word < 2; word++)
            {
                int w = k;
                while (w >= 0 && char.IsWhiteSpace(s[w])) w--;
                if (w == k) break; // no white space: no type word before
                int e = w;
                while (w >= 0 && char.IsLetter(s[w])) w--;
                if (w == e) break;
                k = w;
                p = w + 1;
                if (word == 1 && (starts.Count == 0 || starts[^1] < p)) starts.Add(p);
            }
        }
        return starts;
    }

    /// <summary>The blank citations of <paramref name="doc"/>, in document order.</summary>
    public static IReadOnlyList<BlankCitation> Find(NormalizedText doc)
    {
        string s = doc.Text;
        if (!SoThenBlankSlash(s)) return [];
        var found = new List<BlankCitation>();
        var starts = Starts(s);
        foreach (Match m in PatternAt().EachAt(s, starts))
        {
            // The type word starts the match only as a whole word; "Số" needs a blank before the slash, which the
            // pattern's class already forces (no digit). The symbol must hold a capital code, not a lone letter.
            var sym = m.Groups["sym"];
            if (sym.Length < 2) continue;
            int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            var blank = m.Groups["blank"];
            int numberStart = blank.Index;
            while (numberStart < sym.Index && char.IsWhiteSpace(s[numberStart])) numberStart++;
            var numberSpan = TextSpan.FromBounds(numberStart, sym.Index + sym.Length);
            TextSpan? dateSpan = null;
            DateOnly? date = null;
            bool malformed = false;
            if (m.Groups["dw"].Success) (dateSpan, date, malformed) = WrittenDate.Read(s, m.Groups["dw"], m.Groups["date"]);
            var tw = m.Groups["tw"];
            found.Add(new BlankCitation(TextSpan.FromBounds(tw.Index, dateSpan?.End ?? numberSpan.End), Spaces().Replace(tw.Value, " "),
                numberSpan, Spaces().Replace(sym.Value, ""), year, dateSpan, date) { DateMalformed = malformed });
        }
        return found;
    }
}
