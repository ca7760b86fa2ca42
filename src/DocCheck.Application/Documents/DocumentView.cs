using DocCheck.Corpus;
using DocCheck.Pipeline;

namespace DocCheck.Application.Documents;

/// <summary>
/// Everything a document page shows of one stored document: its row, its stored text analyzed again (so citations
/// have their place in that text) with the findings stored at indexing placed in it, the source line of each paragraph, what it cites
/// (with the corpus documents that are those instruments), what cites it, the registry entry of its own number, and
/// the documents most like it. <see cref="Ids"/> maps every stored path named here to its document id.
/// </summary>
public sealed record DocumentView(
    string Id,
    CorpusDocument Document,
    AnalyzedDocument Analysis,
    IReadOnlyList<PlacedFinding> Findings,
    IReadOnlyList<int> BlockLines,
    IReadOnlyList<DocumentReference> References,
    IReadOnlyList<CitingHit> CitedBy,
    RegistryEntry? Registry,
    IReadOnlyList<SimilarHit> Similar,
    IReadOnlyDictionary<string, string> Ids)
{
    /// <summary>The source line of the paragraph holding <paramref name="offset"/> of the text, else its line in the stored text.</summary>
    public int LineAt(int offset) =>
        Corpus.BlockLines.LineAt(Analysis.Source.Text, BlockLines, offset) ?? Analysis.Source.GetPosition(offset).Line;
}

/// <summary>
/// A stored finding (what `doccheck index` found in the file, the same as `doccheck lint` of it) with its place in the
/// stored text: the span of its text in the paragraph of its source line, or an empty span at that paragraph when the
/// text is not found there.
/// </summary>
public sealed record PlacedFinding(CorpusFinding Finding, DocCheck.Text.TextSpan Span);

/// <summary>
/// An instrument as the corpus knows it: the query understood, every citing document (grouped by relation on a page),
/// the date most citations give, the corpus document that is the instrument (its id), and the registry entry.
/// </summary>
public sealed record InstrumentView(
    InstrumentQuery Query,
    IReadOnlyList<CitingHit> Hits,
    DateOnly? MajorityDate,
    string? OwnId,
    CorpusDocument? Own,
    RegistryEntry? Registry,
    IReadOnlyDictionary<string, string> Ids)
{
    /// <summary>The key shown as the instrument's name: the exact key asked, else the one most citations use.</summary>
    public string Key => Query.Key ?? Hits.GroupBy(h => h.Key).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? Query.Text;

    /// <summary>Whether a citation gives a date other than the instrument's own (or, without it, the majority's).</summary>
    public bool Disagrees(CitingHit hit) => hit.CitedDate is { } d && (Own?.IssueDate ?? MajorityDate) is { } expected && d != expected;

    /// <summary>Documents citing it.</summary>
    public int Documents => Hits.Select(h => h.Path).Distinct().Count();
}

/// <summary>The corpus's state for an archivist: documents, when the last one was indexed, the files that could not be read and why.</summary>
public sealed record CorpusStatus(string Location, long Documents, DateTime? LastIndexed, long Batch, IReadOnlyList<UnreadableFile> Unreadable, int Registry);
