using DocCheck.Reading;

namespace DocCheck.Corpus;

/// <summary>
/// One write transaction. Documents put or removed in it appear together on <see cref="Commit"/>, or not at all: an
/// interrupted run leaves every committed batch and nothing half-written. Disposing without committing rolls back.
/// </summary>
public interface ICorpusWriteBatch : IDisposable
{
    /// <summary>Documents and registry entries written in this batch.</summary>
    int Count { get; }

    /// <summary>This batch's number in the store's change sequence (the store's <see cref="StoreState.Seq"/> once committed).</summary>
    long Sequence { get; }

    /// <summary>Replaces the document stored under its path with <paramref name="facts"/>.</summary>
    void Put(DocumentFacts facts);

    /// <summary>Adds or replaces a registry entry.</summary>
    void PutRegistry(RegistryEntry entry);

    /// <summary>Drops the document stored under <paramref name="path"/> and everything extracted from it; false when there is none.</summary>
    bool Remove(string path);

    /// <summary>Records that a file could not be read and why; putting the document later clears it.</summary>
    void PutUnreadable(ReadError error);

    /// <summary>Makes the batch durable.</summary>
    void Commit();
}
