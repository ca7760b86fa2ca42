using DocCheck.Extraction.Dates;
using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>DC5002: "ngày 07/10/2019" becomes "ngay 07/10/2019" (the typo seed 001 has), anywhere in the body or its tables.</summary>
public sealed class NgayTypoPlanter : IPlanter
{
    private const string Word = "ngày";

    public DefectKind Kind => DefectKind.NgayTypo;

    public IEnumerable<PlantedDefect> Candidates(PlantingSite site, Random random)
    {
        var content = site.Content.Select(b => b.Span.Start).ToHashSet();
        string text = site.Normalized.Text;
        foreach (var d in site.Document.Dates)
        {
            if (d.Kind != DateKind.Day || d.Day is null) continue;
            var block = site.BlockAt(d.Span.Start);
            if (!content.Contains(block.Span.Start)) continue;
            // The word is inside the date's span ("ngày 07/10/2019") or just before it.
            int at = d.Span.Start;
            if (!text.AsSpan(at).StartsWith(Word, StringComparison.Ordinal))
            {
                int before = text.LastIndexOf(Word, Math.Max(0, at - 1), Math.Min(at, 8), StringComparison.Ordinal);
                if (before < 0 || text.AsSpan(before + Word.Length, at - before - Word.Length).Trim().Length != 0) continue;
                at = before;
            }
            if (at > 0 && char.IsLetter(text[at - 1])) continue;
            var span = site.ToSource(new TextSpan(at, Word.Length));
            string shown = PlantText.Quote(text[at..Math.Min(text.Length, d.Span.End)], 50);
            yield return new PlantedDefect(Kind, [new TextEdit(span, "ngay")], site.SourceOf(block), $"\"{shown}\" → \"ngay{shown[Word.Length..]}\"");
        }
    }
}
