using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace DocCheck.Corpus.Lucene;

/// <summary>
/// How text becomes search terms, from Lucene.Net.Analysis.Common parts: a word is a run of letters and digits, and
/// runs joined by / - . &amp; _ stay one unit ("61/2018/nđ-cp", "18-nq/tw", "1.000.000") as well as their parts
/// (WordDelimiterFilter keeping the original), lower case; then each word is indexed twice at the same position,
/// folded and as written (<see cref="WrittenAndFoldedFilter"/>). A query word typed with marks is looked up as
/// written, one typed without them as folded — so "cửa" never finds "của", and "cua" finds both — and a phrase may mix
/// the two. Text arrives normalized (NFC, one tone placement) from the analysis, queries through
/// <see cref="DocCheck.Normalization.QueryText"/>.
/// </summary>
public static partial class SearchAnalysis
{
    internal static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[/\-.&_][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant, 1000)]
    internal static partial Regex Word();

    private const WordDelimiterFlags Parts = WordDelimiterFlags.GENERATE_WORD_PARTS | WordDelimiterFlags.GENERATE_NUMBER_PARTS | WordDelimiterFlags.PRESERVE_ORIGINAL;

    /// <summary>Words as written, lower case (the query side, and the first half of the index side).</summary>
    private static TokenStreamComponents Written(TextReader reader, out TokenStream stream)
    {
        var tokenizer = new WordTokenizer(reader);
        stream = new LowerCaseFilter(Version, new WordDelimiterFilter(Version, new JoinerTrimFilter(tokenizer), Parts, null));
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The index analyzer: every word as written and folded, at one position.</summary>
    public static Analyzer Index { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var written = Written(reader, out var stream);
        return new TokenStreamComponents(written.Tokenizer, new WrittenAndFoldedFilter(stream));
    });

    /// <summary>The query analyzer: words as written, lower case.</summary>
    public static Analyzer Query { get; } = Analyzer.NewAnonymous((_, reader) => Written(reader, out TokenStream _));

    /// <summary>A term folded as the index folds it ("cửa" → "cua", "đất" → "dat").</summary>
    public static string Fold(string term)
    {
        var input = term.ToCharArray();
        var output = new char[input.Length * 4];
        int n = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, n);
    }

    /// <summary>True when <paramref name="term"/> carries a mark folding would take off.</summary>
    public static bool IsMarked(string term) => !string.Equals(Fold(term), term, StringComparison.Ordinal);
}
