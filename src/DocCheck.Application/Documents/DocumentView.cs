using DocCheck.Corpus;
using DocCheck.Pipeline;
using DocCheck.Reporting.Lint;

namespace DocCheck.Application.Documents;

/// <summary>
/// Everything a document page shows of one stored document: its row, its stored text analyzed and checked again
/// (so citations and findings have their place in that text), the source line of each paragraph, what it cites
/// (with the corpus documents that are those instruments), what cites it, the registry entry of its own number, and
/// the documents most like it. <see cref="Ids"/> maps every stored path named here to its document id.
/// </summary>
public sealed record DocumentView(
    string Id,
    CorpusDocument Document,
    AnalyzedDocument Analysis,
    LintedFile Checked,
    IReadOnlyList<int> BlockLines,
    IReadOnlyList<DocumentReference> References,
    IReadOnlyList<CitingHit> CitedBy,
    RegistryEntry? Registry,
    IReadOnlyList<SimilarHit> Similar,
    IReadOnlyDictionary<string, string> Ids)
{
    /// <summary>Whether the corpus-wide rules (DC2008, DC2009) ran: false while the corpus facts are still being gathered.</summary>
    public bool CheckedAgainstCorpus { get; init; } = true;

    /// <summary>The source line of the paragraph holding <paramref name="offset"/> of the text, else its line in the stored text.</summary>
    public int LineAt(int offset) =>
        Corpus.BlockLines.LineAt(Analysis.Source.Text, BlockLines, offset) ?? Analysis.Source.GetPosition(offset).Line;
}

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
