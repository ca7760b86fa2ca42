using DocCheck.Text;

namespace DocCheck.Application.Evaluation.Planted;

/// <summary>
/// DC5003: a word of a body paragraph is left as a blank to fill in ("giao Sở …… chủ trì"), written "……", "…………" or
/// "........". Only the body of the document and of the documents it carries, outside what DocCheck takes for a form
/// to fill in (an annex, a part whose title says "mẫu", anything after a "Mẫu số" heading): blanks there are the form,
/// and DC5003 is documented to stay silent in them.
/// </summary>
public sealed class PlaceholderPlanter : IPlanter
{
    private const int MinParagraph = 40;
    private static readonly string[] Blanks = ["……", "…………", "........"];

    public DefectKind Kind => DefectKind.Placeholder;

    public IEnumerable<PlantedDefect> Candidates(PlantingSite site, Random random)
    {
        foreach (var block in site.Body)
        {
            if (block.Span.Length < MinParagraph || site.Document.Templates.Contains(block.Span.Start)) continue;
            string text = site.TextOf(block);
            // A word past the first few, outside any citation.
            var words = PlantPatterns.PlainWord().Matches(text).Where(m => m.Index > 15
                && !site.Document.Citations.Any(c => c.Span.Contains(block.Span.Start + m.Index))).ToList();
            if (words.Count == 0) continue;
            var w = words[random.Next(words.Count)];
            string blank = Blanks[random.Next(Blanks.Length)];
            var at = site.ToSource(new TextSpan(block.Span.Start + w.Index, w.Length));
            string context = text[Math.Max(0, w.Index - 25)..w.Index] + blank + text[(w.Index + w.Length)..Math.Min(text.Length, w.Index + w.Length + 25)];
            yield return new PlantedDefect(Kind, [new TextEdit(at, blank)], site.SourceOf(block), $"\"{w.Value}\" → \"{PlantText.Quote(context, 70)}\"");
        }
    }
}
