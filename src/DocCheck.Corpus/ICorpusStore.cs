namespace DocCheck.Corpus;

/// <summary>
/// The store of facts: documents with their citations, quantities and findings, and the registry of known instruments.
/// It is the truth a search index is rebuilt from: every committed batch has the next number of a change sequence, and
/// a search index catches up by reading what changed after the last batch it holds. Every implementation passes the same contract tests
/// (tests/DocCheck.Tests/Corpus/CorpusStoreContract.cs); reads return rows in the order each method names, so that
/// every store gives the same output. Problems a person can act on (locked, corrupt, read-only, newer schema) are
/// <see cref="CorpusException"/>s with a message naming the store and the reason.
/// </summary>
public interface ICorpusStore : IDisposable
{
    /// <summary>Where the store is, as the user named it (a file path, later a server address).</summary>
    string Location { get; }

    /// <summary>Number of documents.</summary>
    long DocumentCount();

    /// <summary>Stored path → which bytes and analysis made it, for every document.</summary>
    IReadOnlyDictionary<string, StoredVersion> Versions();

    /// <summary>Starts a write batch: what is put or removed in it appears together on commit, or not at all.</summary>
    ICorpusWriteBatch BeginBatch();

    /// <summary>The stored path of <paramref name="path"/> (as given, or made full), or null when it is not indexed.</summary>
    string? FindDocument(string path);

    /// <summary>Every citation of the instrument, by citing document path, line and column.</summary>
    IReadOnlyList<CitingHit> Cites(InstrumentQuery query);

    /// <summary>What a stored document cites, by line and column, each with the corpus document that is that instrument (if any).</summary>
    IReadOnlyList<DocumentReference> References(string storedPath);

    /// <summary>Distinct (document, instrument, relation) edges, ordered by source, target, relation (ordinal).</summary>
    IEnumerable<GraphEdge> Graph();

    /// <summary>The stored document <paramref name="storedPath"/> (a path as <see cref="FindDocument"/> returns it), or null.</summary>
    CorpusDocument? Document(string storedPath);

    /// <summary>The files an index run could not read and why (until a later run reads them), by path.</summary>
    IReadOnlyList<UnreadableFile> Unreadable();

    /// <summary>When the store last wrote a document (UTC), or null when it holds none.</summary>
    DateTime? LastIndexed();

    /// <summary>Every document, by path.</summary>
    IEnumerable<CorpusDocument> Documents();

    /// <summary>Every citation, by path, line, column.</summary>
    IEnumerable<InDocument<CorpusCitation>> Citations();

    /// <summary>Every quantity, by path, line, column.</summary>
    IEnumerable<InDocument<CorpusQuantity>> Quantities();

    /// <summary>The findings of one stored document, by line, column.</summary>
    IReadOnlyList<CorpusFinding> FindingsOf(string storedPath);

    /// <summary>Every finding, by path, line, column.</summary>
    IEnumerable<InDocument<CorpusFinding>> Findings();

    /// <summary>The registry, by key.</summary>
    IEnumerable<RegistryEntry> Registry();

    /// <summary>Documents that are themselves instruments (own key and header date), by path.</summary>
    IEnumerable<OwnNumber> OwnNumbers();

    /// <summary>Citations of numbered instruments other than the citing document itself, by path, line, column.</summary>
    IEnumerable<CitationInContext> InstrumentCitations();

    /// <summary>The store's id and the number of its last committed batch.</summary>
    StoreState State();

    /// <summary>What a search index holds of every document written by a batch after <paramref name="afterSeq"/>, in the order written (batch, then row): a catch-up reads only what changed.</summary>
    IEnumerable<SearchDocument> SearchDocuments(long afterSeq);

    /// <summary>The texts of the stored documents among <paramref name="paths"/> (for snippets), in no particular order.</summary>
    IReadOnlyList<StoredText> Texts(IReadOnlyCollection<string> paths);

    /// <summary>The paths of documents removed by a batch after <paramref name="afterSeq"/> (and not written again since), by path.</summary>
    IEnumerable<string> RemovedSince(long afterSeq);
}
