using System.Text;

namespace DocCheck.Tests.Hostile;

/// <summary>
/// Pathological inputs for the regex worst-case tests: each family builds a text from a size <c>n</c>
/// (a repeat count, or characters for the one-line families) so the same shape can be run at N and 2N.
/// </summary>
public static class HostileInputs
{
    /// <summary>A family: a name, a builder, and the N that makes one full-pipeline run take a few tenths of a second.</summary>
    public sealed record Family(string Name, Func<int, string> Build, int N)
    {
        public override string ToString() => Name;
    }

    private static string Repeat(string unit, int n)
    {
        var sb = new StringBuilder(unit.Length * n);
        for (int i = 0; i < n; i++) sb.Append(unit);
        return sb.ToString();
    }

    private static string Roman(int value)
    {
        ReadOnlySpan<int> vals = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] syms = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (int i = 0; i < vals.Length; i++)
            while (value >= vals[i]) { sb.Append(syms[i]); value -= vals[i]; }
        return sb.ToString();
    }

    /// <summary>"I. II. III. …" labels, ten to a line (so both the line-start and mid-line paths see them).</summary>
    public static string RomanLabels(int n)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            sb.Append(Roman(i % 3999 + 1)).Append(". ");
            if (i % 10 == 9) sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>"a) b) c) … z) a) …" all on one line.</summary>
    public static string LetterItemsOneLine(int n)
    {
        const string letters = "abcdeghiklmnopqrstuvxyđ";
        var sb = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) sb.Append(letters[i % letters.Length]).Append(") ");
        return sb.ToString();
    }

    /// <summary>Vietnamese words on a single line with no sentence end, about <paramref name="chars"/> characters.</summary>
    public static string VietnameseOneLine(int chars)
    {
        string[] words = ["Ủy", "ban", "nhân", "dân", "tỉnh", "ban", "hành", "kế", "hoạch", "thực", "hiện", "nhiệm", "vụ",
            "năm", "tháng", "ngày", "chỉ", "tiêu", "đạt", "tỷ", "lệ", "phấn", "đấu", "của", "các", "sở", "ngành", "địa", "phương",
            "Nghị", "định", "Luật", "số", "điểm", "khoản", "Điều", "về", "việc", "đồng", "triệu", "trên", "dưới", "từ", "đến"];
        var sb = new StringBuilder(chars + 16);
        int i = 0;
        while (sb.Length < chars) { sb.Append(words[(i * 7 + i / words.Length) % words.Length]).Append(' '); i++; }
        return sb.ToString();
    }

    /// <summary>Many short lines of mixed shapes (labels, words, numbers, blanks).</summary>
    public static string ShortLines(int lines)
    {
        string[] shapes = ["a", "1.", "- x", "", "Số:", "b)", "ngày", "I.", "|", "Điều 1.", "năm 2025", "5%", "…", "(", "đ"];
        var sb = new StringBuilder(lines * 5);
        for (int i = 0; i < lines; i++) sb.Append(shapes[i % shapes.Length]).Append('\n');
        return sb.ToString();
    }

    /// <summary>Decomposed (NFD) Vietnamese with stacked and stray combining marks, repeated.</summary>
    public static string MixedCombiningMarks(int n)
    {
        // "ngày" / "Điều" / "tháng" decomposed, a letter carrying three marks, a bare mark after a space and after a digit.
        const string unit = "nga\u0300y Đi\u00EA\u0300u tha\u0301ng a\u0301\u0300\u0303 \u0323\u0309 1\u0301/2\u0300 o\u031B\u0301\u0323 ";
        return Repeat(unit, n);
    }

    public static IReadOnlyList<Family> All { get; } =
    [
        new("slash-digits 1/1/1/…", n => Repeat("1/", n), 300_000),
        new("ngày ngày ngày …", n => Repeat("ngày ", n), 150_000),
        new("ngày 1 tháng 1 năm (no year) …", n => Repeat("ngày 1 tháng 1 năm ", n), 20_000),
        new("100k-digit number", n => Repeat("1", n), 600_000),
        new("100k slashes", n => Repeat("/", n), 2_000_000),
        new("Số: Số: …", n => Repeat("Số: ", n), 200_000),
        new("Căn cứ Nghị định số (no number) …", n => "Căn cứ " + Repeat("Căn cứ Nghị định số ", n), 40_000),
        new("I. II. III. labels", RomanLabels, 100_000),
        new("a) b) c) on one line", LetterItemsOneLine, 300_000),
        new("………… line", n => Repeat("…", n), 600_000),
        new("%%%% line", n => Repeat("%", n), 1_500_000),
        new("|||| line", n => Repeat("|", n), 2_000_000),
        new("| | table marks", n => Repeat("| ", n), 1_500_000),
        new("Vietnamese words, one line", VietnameseOneLine, 1_000_000),
        new("short lines", ShortLines, 100_000),
        new("nested parentheses ((((", n => Repeat("(", n), 400_000),
        new("Điều 1. Điều 1. …", n => Repeat("Điều 1. ", n), 60_000),
        new("NFD combining marks", MixedCombiningMarks, 10_000),
        // Backtracking patterns (since issue 9) over repeated groups: thousands groups without a unit, number words
        // without "đồng", clock times.
        new("1.000.000.… thousands groups", n => "1" + Repeat(".000", n), 300_000),
        new("một một một … number words", n => Repeat("một ", n), 300_000),
        new("20 giờ 15 phút - … clock times", n => Repeat("20 giờ 15 phút - ", n), 60_000),
        // Thousands of alias definitions in one file (many plans concatenated): each definition looked up its target
        // and every later occurrence by scanning the whole citation list, and distinct aliases compared every later one.
        new("alias definitions, same alias", n => Repeat(AliasUnit("Chương trình 51"), n), 2_000),
        new("alias definitions, distinct aliases", n => string.Concat(Enumerable.Range(0, n).Select(i => AliasUnit($"Chương trình {i}"))), 2_000),
    ];

    private static string AliasUnit(string alias) =>
        $"Thực hiện Chương trình hành động số 51-CTr/TU ngày 05/3/2018 của Tỉnh ủy (sau đây gọi tắt là {alias}), UBND tỉnh ban hành Kế hoạch. Các sở thực hiện {alias} theo đúng tiến độ.\n";
}
