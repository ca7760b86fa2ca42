namespace DocCheck.Corpus;

/// <summary>
/// The write side of a search index: it follows the store's change sequence. <see cref="CatchUp"/> applies every
/// batch the store committed after the last one the index holds; <see cref="Commit"/> makes that durable (with the
/// number of that batch); <see cref="Rebuild"/> starts again from the whole store.
/// </summary>
public interface ICorpusSearchIndex : ICorpusSearch
{
    /// <summary>Takes the index's one writer; a <see cref="SearchIndexBusyException"/> when another run holds it.</summary>
    void OpenForWriting();

    /// <summary>Applies what the store committed since the index's last batch; returns the number of documents updated or removed.</summary>
    int CatchUp();

    void Commit();

    /// <summary>Empties the index and fills it again from the store; returns the number of documents.</summary>
    int Rebuild();
}
