using DocCheck.Corpus;

namespace DocCheck.Application.Queries;

/// <summary>What one indexed document cites (<see cref="Path"/> as stored), in order.</summary>
public sealed record RefsResult(string Path, IReadOnlyList<DocumentReference> References)
{
    /// <summary>Distinct instruments cited.</summary>
    public int Instruments => References.Select(x => x.Key).Distinct().Count();

    /// <summary>Distinct cited instruments that are themselves in the corpus.</summary>
    public int InCorpus => References.Where(x => x.InCorpus is not null).Select(x => x.Key).Distinct().Count();
}
