using FsCheck;
using FsCheck.Fluent;

namespace DocCheck.Tests.Normalization;

/// <summary>FsCheck generator of Vietnamese-heavy, messy document text.</summary>
public static class VietnameseTextArbitrary
{
    private static readonly string[] Letters =
    [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "á", "ạ", "ả", "ã", "à", "ế", "ệ", "ổ", "ờ", "ữ", "ỳ", "ị", "ụ",
        "Á", "Ệ", "Ổ", "Ư", "Ờ", "Ý",
        "b", "c", "h", "k", "l", "m", "n", "ng", "nh", "p", "q", "qu", "r", "s", "t", "th", "tr", "v", "x", "g", "gi",
        "B", "C", "H", "K", "N", "T", "V", "Q", "X",
    ];

    private static readonly string[] Decomposed =
    [
        "e\u0323\u0302", "a\u0301", "o\u031B\u0300", "u\u031B\u0303", "A\u0300", "E\u0302\u0301", "y\u0309", "o\u0302\u0323",
    ];

    private static readonly string[] Words =
    [
        "Việt", "Nam", "hoà", "thuỷ", "khoẻ", "HOÀ", "Hoà Bình", "quý", "hoàng", "thuyền", "khuya", "người", "tuỳ",
        "Số:", "ngày", "tháng", "năm", "Chính", "phủ", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Điều", "Nơi nhận:", "KẾ HOẠCH",
        "497/KH-UBND", "225/QĐ-TTg", "2020.", "0.5", "8,5", "1.752.580.000", "**4/19**", "(*định kỳ*)",
    ];

    private static readonly string[] Marks =
    [
        "đ", "Đ", "\u00D0", "\u00F0", "0", "1", "2", "5", "9", "2018", ".", ",", ";", ":", "/", "-", "(", ")", "“", "”",
        "*", "**", "***", "#", "##", "|", "–",
    ];

    private static readonly string[] Spaces =
    [
        " ", " ", " ", "  ", "\t", "\f", "\u00A0", "\u2003", "\u202F", "\u200B", "\u200D", "\uFEFF", "\u00AD",
    ];

    private static readonly string[] Breaks =
    [
        "\n", "\n", "\r\n", "\n\n", "\r", "\u2028", "\n \n", "\n\t\n",
        "\n|\n", "\n|\n|\n", "\n-------\n", "\n- ", "\n+ ", "\n1. ", "\n1.\n", "\nI. ", "\nII.\n", "\na) ", "\nb) ",
        "\nCăn cứ ", "\nTM.\n", "\nĐiều 2.\n", "\n# ", "\n*** ", "\n| a | b |\n", "\n|---|---|\n", "\n| c |  |\n",
    ];

    public static Gen<string> Token { get; } = Gen.Frequency(
        (30, Gen.Elements(Letters)),
        (5, Gen.Elements(Decomposed)),
        (10, Gen.Elements(Words)),
        (12, Gen.Elements(Marks)),
        (18, Gen.Elements(Spaces)),
        (10, Gen.Elements(Breaks)));

    /// <summary>Tokens without table pipes, stars, hashes, "+" or free-standing dashes, which can form markup.</summary>
    public static Gen<string> PlainToken { get; } = Token.Where(t => t.IndexOfAny(['|', '*', '#', '+']) < 0 && t is not ("-" or "–"));

    public static Gen<VietnameseTextCase> Case { get; } = CaseOf(Token);

    public static Gen<VietnameseTextCase> PlainCase { get; } = CaseOf(PlainToken);

    /// <summary>Registered through <c>[Property(Arbitrary = …)]</c>.</summary>
    public static Arbitrary<VietnameseTextCase> TextCase() => Arb.From(Case, Shrink);

    /// <summary>Text with no markup characters at all.</summary>
    public static Arbitrary<PlainVietnameseTextCase> PlainTextCase() =>
        Arb.From(PlainCase.Select(c => new PlainVietnameseTextCase(c)), p => Shrink(p.Case).Select(c => new PlainVietnameseTextCase(c)));

    private static Gen<VietnameseTextCase> CaseOf(Gen<string> token) =>
        from tokens in Gen.ArrayOf(token)
        from picks in Gen.ArrayOf(Gen.Choose(0, 1_000_000))
        select new VietnameseTextCase(tokens, picks);

    private static IEnumerable<VietnameseTextCase> Shrink(VietnameseTextCase c)
    {
        for (int i = 0; i < c.Tokens.Length; i++)
            yield return c with { Tokens = [.. c.Tokens[..i], .. c.Tokens[(i + 1)..]] };
        for (int i = 0; i < c.Picks.Length; i++)
            yield return c with { Picks = [.. c.Picks[..i], .. c.Picks[(i + 1)..]] };
    }
}
