using System.Text.RegularExpressions;
using DocCheck.Normalization;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Extraction.DocumentKind;

/// <summary>
/// What the header area holds, whatever the header parser took from it: the text before the end of the title (or of
/// the type word), else the first 15 lines. The preamble's citations ("Căn cứ Quyết định số …") are not part of it.
/// Each fact is looked for on first read (only rules ask) and is safe to read from several threads.
/// </summary>
public sealed class HeaderOpening
{
    private const int LinesWithoutTitle = 15;

    private readonly string _text;
    private LazyFlag _numberLine, _fullDate, _constitution, _lawNumberLine;

    private HeaderOpening(string text, TextSpan span)
    {
        _text = text;
        Span = span;
    }

    /// <summary>The header area, from the start of the text.</summary>
    public TextSpan Span { get; }

    /// <summary>A "số" with a number and a slash anywhere in it ("Số: 12/KH-UBND", "Luật số: 43/2024/QH15").</summary>
    public bool HasNumberLine => _numberLine.Get(this, static o => o.Has(DocumentKindPatterns.AnyNumberLine()));

    /// <summary>A full date in it ("ngày 05 tháng 3 năm 2018", "ngày 05/3/2018").</summary>
    public bool HasFullDate => _fullDate.Get(this, static o => o.Has(DocumentKindPatterns.AnyDate()));

    /// <summary>It names the constitution ("HIẾN PHÁP"), which has no number.</summary>
    public bool IsConstitution => _constitution.Get(this, static o => o.Has(DocumentKindPatterns.Constitution()));

    /// <summary>A law's number line in it ("Luật số: 43/2024/QH15").</summary>
    public bool HasLawNumberLine => _lawNumberLine.Get(this, static o => o.Has(DocumentKindPatterns.LawNumberLine()));

    private bool Has(Regex pattern) => pattern.IsMatch(_text.AsSpan(Span.Start, Span.Length));

    /// <summary>The header area of <paramref name="doc"/> whose main header is <paramref name="header"/>.</summary>
    internal static HeaderOpening Of(NormalizedText doc, DocumentHeader header)
    {
        string text = doc.Text;
        int end = header.Title?.Span.End ?? header.TypeWord?.Span.End ?? -1;
        if (end < 0)
        {
            end = 0;
            for (int i = 0; i < LinesWithoutTitle && end < text.Length; i++)
            {
                int nl = text.IndexOf('\n', end);
                end = nl < 0 ? text.Length : nl + 1;
            }
        }
        return new HeaderOpening(text, new TextSpan(0, Math.Min(end, text.Length)));
    }
}
