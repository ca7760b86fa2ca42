using System.Text.RegularExpressions;

namespace DocCheck.Structure;

/// <summary>
/// Patterns more than one stage of the structure parser applies to single blocks (where parts split, where the
/// header and the closing matter start); each stage keeps its own patterns in its folder. Compiled once, with timeouts.
/// </summary>
internal static partial class StructurePatterns
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const int TimeoutMs = 1000;

    /// <summary>The national motto.</summary>
    [GeneratedRegex(@"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc", Opts | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex Motto();

    /// <summary>An outline label at the start of a block.</summary>
    [GeneratedRegex(@"^(?:(?<roman>[IVXLC]{1,7})\.(?=\s|$)|(?<arabic>[1-9]\d{0,2}(?:\.\d{1,3}){0,5})\.(?=\s|$)|(?<arabic>[1-9]\d?(?:\.\d{1,3}){1,5})(?=\s+\p{Lu})|(?<paren>\d{1,3})\)|(?<letter>[a-zđ])\)|(?<dash>[-–—])(?=\s|\p{L})|(?<plus>\+)|(?<bullet>[•·●▪])|Điều\s+(?<article>\d{1,3}[a-zđ]?)(?:\s*[.:]|\s*$|\s+(?=[\p{Lu}\d(]))|Chương\s+(?<chapter>[IVXLC]+|\d{1,3})\b|Mục\s+(?<section>[IVXLC]+|\d{1,3})\.?(?=\s+\p{Lu}))", Opts, TimeoutMs)]
    public static partial Regex Label();

    /// <summary>Signature prefix: TM./KT./TL./TUQ./Q. and what follows.</summary>
    [GeneratedRegex(@"^(?<mode>TM|KT|TL|TUQ|Q)\.\s*(?<rest>.*)$", Opts, TimeoutMs)]
    public static partial Regex SignatureMode();
}
