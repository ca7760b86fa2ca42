using System.Text.RegularExpressions;

namespace DocCheck.Normalization;

/// <summary>Patterns over one trimmed line that tell where paragraphs and structural items start.</summary>
internal static partial class LinePatterns
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant;

    /// <summary>An outline label at the start of a line: I. / 1. / 1.1. / 1) / a) / - / + / Điều 1.</summary>
    [GeneratedRegex(@"^(?:[IVXLC]{1,7}\.(?:\s|$)|[1-9]\d{0,2}(?:\.\d{1,3}){0,5}\.(?:\s|$)|[1-9]\d?(?:\.\d{1,3}){1,5}\s+\p{Lu}|\d{1,3}\)(?:\s|$)|[a-zđ]\)(?:\s|$)|[-+•–—](?:\s|\p{L})|Điều\s+\d+[a-zđ]?\s*[.:]|Chương\s+(?:[IVXLC]+|\d+)\b|Mục\s+(?:[IVXLC]+|\d+)\.?\s+\p{Lu})", Opts, 1000)]
    public static partial Regex OutlineLabel();

    /// <summary>Keywords that always open a new paragraph.</summary>
    [GeneratedRegex(@"^(?:Căn\s+cứ\b|(?:Xét|Theo)\s+đề\s+nghị|Nơi\s+nhận|(?:TM|KT|TL|TUQ|Q)\.(?:\s|$|\p{Lu})|PHỤ\s+LỤC|Phụ\s+lục\s+(?:[IVXLC]+|\d+)\s*[.:]?$|QUYẾT\s+ĐỊNH\s*:|QUYẾT\s+NGHỊ\s*:|(?:Số|SỐ)\s*:|CỘNG\s+HÒA\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]\s*Tự\s+do)", Opts, 1000)]
    public static partial Regex Keyword();

    /// <summary>A label with nothing after it ("II.", "1.", "a)", "TM.", "Điều 2.").</summary>
    [GeneratedRegex(@"^(?:[IVXLC]{1,7}\.|\d{1,3}(?:\.\d{1,3}){0,5}\.?|\d{1,3}\)|[a-zđ]\)|(?:TM|KT|TL|TUQ|Q)\.|Điều\s+\d+[a-zđ]?\s*[.:]?)$", Opts, 1000)]
    public static partial Regex LabelOnly();

    /// <summary>The national motto's first line or its second ("CỘNG HÒA XÃ HỘI…", "Độc lập - Tự do…"), anywhere in a line.</summary>
    [GeneratedRegex(@"CỘNG\s+HÒA\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]\s*Tự\s+do", Opts | RegexOptions.IgnoreCase, 1000)]
    public static partial Regex Motto();

    /// <summary>A line that ends the national motto ("… - Hạnh phúc").</summary>
    [GeneratedRegex(@"Hạnh\s+phúc\s*$", Opts | RegexOptions.IgnoreCase, 1000)]
    public static partial Regex MottoEnd();

    /// <summary>A horizontal rule ("-------", "_____", grid-table borders "+----+").</summary>
    [GeneratedRegex(@"^(?:[-_=~–—]{3,}|[+|][-=+:| ]{3,})$", Opts, 1000)]
    public static partial Regex Rule();

    /// <summary>The separator row of a Markdown table ("|---|:---:|").</summary>
    [GeneratedRegex(@"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?$", Opts, 1000)]
    public static partial Regex MarkdownSeparator();
}
