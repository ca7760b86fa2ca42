using DocCheck.Normalization;
using DocCheck.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DocCheck.Tests.Normalization;

/// <summary>
/// Spans of the normalized text, cut at token boundaries, map back to source slices that normalize to
/// the same words: the map quotes the right source text.
/// </summary>
public class NormalizerSpanProperties
{
    private static readonly TextNormalizer Normalizer = new();

    [Property(MaxTest = 300, Replay = "(20260101,7919)", Arbitrary = [typeof(VietnameseTextArbitrary)])]
    public void Random_text_spans_map_back_to_source_that_normalizes_alike(VietnameseTextCase c)
    {
        var normalized = Normalizer.Normalize(c.Source);
        AssertSpans(normalized, c.Picks);
    }

    [Property(MaxTest = 300, Replay = "(20260101,7919)", Arbitrary = [typeof(VietnameseTextArbitrary)])]
    public void Random_text_without_markup_spans_normalize_alike_word_for_word(PlainVietnameseTextCase c)
    {
        var normalized = Normalizer.Normalize(c.Case.Source);
        AssertSpans(normalized, c.Case.Picks, strict: true);
    }

    [Fact]
    public void Seed_document_spans_map_back_to_source_that_normalizes_alike()
    {
        var seeds = SeedFiles.All;
        if (seeds.Count == 0) return; // shared/seeds is not on this machine
        foreach (string path in seeds)
        {
            var normalized = Normalizer.Normalize(new SourceText(path, File.ReadAllText(path)));
            // Spans of up to ~150 words keep each re-normalized slice small.
            var picks = Gen.ArrayOf(Gen.Choose(0, 1_000_000), 20);
            var property = Prop.ForAll(picks.ToArbitrary(), p => AssertSpans(normalized, p, window: 300));
            property.Check(Config.QuickThrowOnFailure.WithMaxTest(50).WithReplay(20260101, 7919).WithName(Path.GetFileName(path)));
        }
    }

    /// <summary>
    /// Checks the whole map for monotonicity, then every span the picks choose: two boundaries per span, the
    /// second at most <paramref name="window"/> boundaries after the first when a window is given. Unless
    /// <paramref name="strict"/>, markup whose meaning depends on its line is left out of the comparison.
    /// </summary>
    internal static void AssertSpans(NormalizedText normalized, int[] picks, int? window = null, bool strict = false)
    {
        string text = normalized.Text;
        var map = normalized.Map;
        int sourceLength = normalized.Source.Text.Length;
        int[] bounds = Boundaries(text);

        int prevStart = 0, prevEnd = 0;
        foreach (int p in bounds)
        {
            int s = map.MapStart(p), e = map.MapEnd(p);
            Assert.InRange(s, 0, sourceLength);
            Assert.InRange(e, 0, sourceLength);
            Assert.True(s >= prevStart && e >= prevEnd, $"map not monotonic at {p}: start {prevStart}->{s}, end {prevEnd}->{e}");
            prevStart = s; prevEnd = e;
        }

        for (int k = 0; k + 1 < picks.Length; k += 2)
        {
            int first = picks[k] % bounds.Length;
            int second = window is { } w ? Math.Min(bounds.Length - 1, first + picks[k + 1] % w) : picks[k + 1] % bounds.Length;
            int a = bounds[first], b = bounds[second];
            var span = TextSpan.FromBounds(Math.Min(a, b), Math.Max(a, b));
            if (span.Length > 0)
                Assert.True(map.MapStart(span.Start) <= map.MapEnd(span.End), $"span {span} maps to start after end");
            var source = normalized.ToSource(span);
            Assert.True(source.Start >= 0 && source.End <= sourceLength, $"span {span} maps outside the source: {source}");

            string expected = Fold(normalized.Slice(span));
            string actual = Fold(Normalizer.Normalize(normalized.Source.Slice(source)).Text);
            if (!strict) { expected = WithoutContextMarkup(expected); actual = WithoutContextMarkup(actual); }
            Assert.True(expected == actual,
                $"span {span} \"{VietnameseTextCase.Escape(normalized.Slice(span))}\" maps to {source} " +
                $"\"{VietnameseTextCase.Escape(normalized.Source.Slice(source))}\", which normalizes to \"{actual}\", not \"{expected}\"");
        }
    }

    /// <summary>Start and end of the text and every position next to a space or '\n'.</summary>
    internal static int[] Boundaries(string text)
    {
        var list = new List<int>();
        for (int p = 0; p <= text.Length; p++)
        {
            if (p == 0 || p == text.Length || text[p - 1] is ' ' or '\n' || text[p] is ' ' or '\n') list.Add(p);
        }
        return [.. list];
    }

    /// <summary>
    /// Table pipes, emphasis stars, heading hashes and rules are dropped, kept or rewritten depending on their line
    /// ("|" alone on a line, a row starting with "|", "* " (dropped, or the bullet "•") or "# " at a line start, "-------" or "+ - -" as a
    /// whole line); a bare slice of the source loses that context. So both sides of (c) read "|" as a space
    /// and leave out tokens made only of such marks; every other token is compared.
    /// </summary>
    internal static string WithoutContextMarkup(string s) =>
        string.Join(' ', s.Replace('|', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(token => token.Any(c => !ContextMarks.Contains(c))));

    private const string ContextMarks = "*•#+-=_~:–—";

    /// <summary>Every run of whitespace (line breaks included) becomes one space; the ends are trimmed.</summary>
    internal static string Fold(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
